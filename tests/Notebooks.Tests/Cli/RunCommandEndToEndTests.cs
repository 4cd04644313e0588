using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using Notebooks.Engine.Documents;
using Notebooks.Runner.Worker;

namespace Notebooks.Tests.Cli;

/// <summary>The `notebooks run` program as a user runs it, on the scenario fixtures in Fixtures/Runner.</summary>
public class RunCommandEndToEndTests
{
    static readonly string Fixtures = Path.Combine(SourceFolder(), "Fixtures", "Runner");

    sealed record Run(int ExitCode, string Output, string Folder, TimeSpan Elapsed);

    static async Task<Run> RunnerAsync(params string[] args)
    {
        var folder = Directory.CreateTempSubdirectory("nb-e2e-").FullName;
        foreach (var file in Directory.GetFiles(Fixtures)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(SelfLauncher).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new(process.ExitCode, await stdout + await stderr, folder, clock.Elapsed);
    }

    [Fact]
    public async Task When_a_folder_of_scenarios_runs_then_each_is_reported_as_it_should_be_and_the_worst_exit_code_wins()
    {
        // spins-forever.ipynb sets metadata execution.timeout = 5; the others keep the default cell timeout.
        var run = await RunnerAsync("run", ".", "--junit", "junit.xml", "--json", "results.json", "--html", "html");

        Assert.Equal(4, run.ExitCode); // bad input (the truncated notebook) outranks crash, timeout and failure
        Assert.Contains("fails-on-line-2.ipynb: cell 3, line 2: InvalidOperationException: boom", run.Output);
        Assert.Contains("throw new InvalidOperationException(\"boom\");", run.Output);
        Assert.Contains("truncated-json.ipynb: not valid JSON", run.Output);

        var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Folder, "results.json"))).RootElement.GetProperty("notebooks")
            .EnumerateArray().ToDictionary(n => Path.GetFileName(n.GetProperty("path").GetString()!), n => n);
        string Status(string name) => results[name].GetProperty("status").GetString()!;
        Assert.Equal("passed", Status("passes-with-parameters.ipynb"));
        Assert.Equal("passed", Status("honours-nbmake-tags.ipynb"));
        Assert.Equal("passed", Status("written-as-dib.dib"));
        Assert.Equal("failed", Status("fails-on-line-2.ipynb"));
        Assert.Equal("timedOut", Status("spins-forever.ipynb"));
        Assert.Equal("crashed", Status("exits-the-process.ipynb"));
        Assert.Equal("invalid", Status("truncated-json.ipynb"));
        Assert.True(results["spins-forever.ipynb"].GetProperty("durationSeconds").GetDouble() < 20, "a hung cell is stopped soon after its 5 s timeout");

        var failed = NotebookReader.Read(Path.Combine(run.Folder, "artifacts", "executed", "fails-on-line-2.ipynb")).Notebook!;
        Assert.Contains(failed.Cells[1].Outputs, o => o is StreamOutput { Text: "before the failure\n" });
        Assert.Contains(failed.Cells[2].Outputs, o => o is ErrorOutput { EName: "InvalidOperationException", EValue: "boom" });
        Assert.True(File.Exists(Path.Combine(run.Folder, "artifacts", "executed", "written-as-dib.dib")));

        Assert.Equal(7, XDocument.Load(Path.Combine(run.Folder, "junit.xml")).Descendants("testcase").Count());
        Assert.Contains("fails-on-line-2", File.ReadAllText(Path.Combine(run.Folder, "html", "index.html")));
        Assert.Equal(File.ReadAllText(Path.Combine(Fixtures, "fails-on-line-2.ipynb")), File.ReadAllText(Path.Combine(run.Folder, "fails-on-line-2.ipynb")));
    }

    [Fact]
    public async Task When_a_param_overrides_the_parameters_cell_then_the_notebook_uses_it()
    {
        var run = await RunnerAsync("run", "passes-with-parameters.ipynb", "--param", "answer=21");

        Assert.Equal(0, run.ExitCode);
        var executed = NotebookReader.Read(Path.Combine(run.Folder, "artifacts", "executed", "passes-with-parameters.ipynb")).Notebook!;
        Assert.Contains("answer = 21", string.Concat(executed.Cells.SelectMany(c => c.Outputs).OfType<StreamOutput>().Select(s => s.Text)));
        Assert.Contains(executed.Cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>(), d => d.Data.GetValueOrDefault("text/plain") == "42");
    }

    [Fact]
    public async Task When_a_param_has_the_wrong_type_then_nothing_runs_and_the_error_names_it()
    {
        var run = await RunnerAsync("run", "passes-with-parameters.ipynb", "--param", "answer=many");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("answer", run.Output);
        Assert.Contains("int", run.Output);
        Assert.False(Directory.Exists(Path.Combine(run.Folder, "artifacts")));
    }

    static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
