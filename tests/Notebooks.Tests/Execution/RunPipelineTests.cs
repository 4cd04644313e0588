using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Notebooks.Runner.Cli;
using Xunit;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Execution;

public class RunPipelineTests
{
    [Fact]
    public async Task When_one_notebook_passes_and_one_is_unreadable_then_the_good_one_is_written_and_the_exit_code_is_bad_input()
    {
        var root = Directory.CreateTempSubdirectory("nb-run-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "lessons"));
        File.WriteAllText(Path.Combine(root, "lessons", "good.ipynb"), "");
        File.WriteAllText(Path.Combine(root, "lessons", "broken.ipynb"), "");
        var written = new Dictionary<string, Notebook>();
        var hooks = new RunHooks
        {
            Read = path => path.EndsWith("broken.ipynb") ? ReadResult.Fail($"{path}: line 1: not JSON") : ReadResult.Ok(Of(Code("System.IO.Directory.GetCurrentDirectory()"))),
            Write = (notebook, path) => { written[path] = notebook; return WriteResult.Ok; },
        };
        var pipeline = new RunPipeline(hooks, Executor(), new SilentReporter());
        var settings = new RunSettings(["lessons"], "out", false, new ExecutionOptions(), [], false);

        var (code, results) = await pipeline.RunAsync(settings, root);

        Assert.Equal(ExitCode.BadInput, code);
        Assert.Equal(NotebookStatus.Invalid, results.Single(r => r.File.RelativePath.EndsWith("broken.ipynb")).Result.Status);
        var executed = Assert.Single(written);
        Assert.Equal(Path.Combine(root, "out", "lessons", "good.ipynb"), executed.Key);
        var cwd = executed.Value.Cells[0].Outputs.OfType<DisplayOutput>().Single().Data["text/plain"];
        Assert.Equal(Path.Combine(root, "lessons"), cwd);
        Directory.Delete(root, recursive: true);
    }

    static async Task<(ExitCode, IReadOnlyList<(NotebookFile File, NotebookResult Result)>, List<string>)> RunFolder(
        Dictionary<string, Notebook> notebooks, Func<RunSettings, RunSettings> configure)
    {
        var root = Directory.CreateTempSubdirectory("nb-run-").FullName;
        foreach (var name in notebooks.Keys) File.WriteAllText(Path.Combine(root, name), "");
        var executed = new List<string>();
        var hooks = new RunHooks
        {
            Read = path => ReadResult.Ok(notebooks[Path.GetFileName(path)]),
            Write = (_, path) => { executed.Add(Path.GetFileName(path)); return WriteResult.Ok; },
        };
        var settings = configure(new RunSettings(["."], "out", false, new ExecutionOptions(), [], false));
        var (code, results) = await new RunPipeline(hooks, Executor(), new SilentReporter()).RunAsync(settings, root);
        Directory.Delete(root, recursive: true);
        return (code, results, executed);
    }

    [Fact]
    public async Task When_a_param_is_unknown_then_nothing_runs_and_the_exit_code_is_bad_input()
    {
        var notebooks = new Dictionary<string, Notebook>
        {
            ["a.ipynb"] = Of(Code("bool quick = false;", "parameters"), Code("1")),
            ["b.ipynb"] = Of(Code("int epochs = 3;", "parameters"), Code("2")),
        };
        var (code, results, executed) = await RunFolder(notebooks, s => s with { Parameters = ["quick=true"] });
        Assert.Equal(ExitCode.BadInput, code);
        Assert.Empty(results);
        Assert.Empty(executed);
    }

    [Fact]
    public async Task When_fail_fast_is_set_then_notebooks_after_a_failure_are_reported_not_run()
    {
        var notebooks = new Dictionary<string, Notebook>
        {
            ["1-fails.ipynb"] = Of(Code("throw new System.Exception(\"boom\");")),
            ["2-passes.ipynb"] = Of(Code("1")),
        };
        var (code, results, executed) = await RunFolder(notebooks, s => s with { FailFast = true });
        Assert.Equal(ExitCode.CellFailed, code);
        Assert.Equal(NotebookStatus.NotRun, results.Single(r => r.File.RelativePath == "2-passes.ipynb").Result.Status);
        Assert.Equal(["1-fails.ipynb"], executed);
    }

    [Fact]
    public async Task When_the_total_timeout_is_spent_then_the_running_notebook_times_out_and_the_rest_do_not_run()
    {
        var notebooks = new Dictionary<string, Notebook>
        {
            ["1-slow.ipynb"] = Of(Code("System.Threading.Thread.Sleep(60_000);")),
            ["2-quick.ipynb"] = Of(Code("1")),
        };
        var (code, results, _) = await RunFolder(notebooks, s => s with { TotalTimeout = TimeSpan.FromSeconds(8) });
        Assert.Equal(ExitCode.Timeout, code);
        Assert.Equal(NotebookStatus.TimedOut, results[0].Result.Status);
        Assert.Contains("total timeout", results[0].Result.Message);
        Assert.Equal(NotebookStatus.NotRun, results[1].Result.Status);
    }

    sealed class SilentReporter : IRunReporter;
}
