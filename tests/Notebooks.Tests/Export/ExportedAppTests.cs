using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Notebooks.Runner.Cli;
using Notebooks.Tests.Execution;
using Notebooks.Tests.Lessons;
using Xunit.Abstractions;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Export;

/// <summary>
/// The proof that export keeps a lesson's meaning: every notebook in notebooks/ is exported and its app run with
/// `dotnet run` in fast mode (--quick true). It must exit 0, and each claim and exercise check must print the same
/// line, numbers included, as the notebook prints when the runner executes it. One class, so the apps (each a
/// `dotnet build`) run one after another.
/// </summary>
public class ExportedAppTests(ITestOutputHelper output)
{
    static readonly string Repo = LessonRuns.Repo;
    static readonly string NotebooksFolder = LessonRuns.NotebooksFolder;
    static readonly string AppsFolder = Path.Combine(Repo, "artifacts", "test-export");
    static readonly TimeSpan AppTimeout = TimeSpan.FromMinutes(10);

    public static TheoryData<string> Lessons() => LessonRuns.Lessons();

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task When_a_lesson_is_exported_and_run_in_fast_mode_then_it_exits_0_and_its_checks_match_the_notebook(string lesson)
    {
        var appsFolder = Path.Combine(AppsFolder, "notebooks");
        var errors = new StringWriter();
        Assert.True(ExportCommand.Run([Path.Combine(NotebooksFolder, lesson)], appsFolder, Repo, new StringWriter(), errors) == 0, errors.ToString());
        var app = Path.Combine(appsFolder, Path.ChangeExtension(lesson, ".cs"));

        var run = await DotnetRun.AppAsync(app, ["--quick", "true"], AppTimeout);
        output.WriteLine($"{lesson}: dotnet run {Path.GetFileName(app)} took {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var chart in ChartPaths(run.Stdout)) Assert.True(File.Exists(chart), $"chart page {chart} is missing");

        var notebookChecks = await NotebookChecksAsync(lesson);
        Assert.True(notebookChecks.Count > 0, $"{lesson} printed no Claim.That or Exercise check lines, so there is nothing to compare");
        Assert.Equal(notebookChecks, Checks(run.Stdout));
    }

    [Fact]
    public async Task When_a_fixture_app_runs_with_overridden_parameters_then_it_uses_them_and_writes_its_chart()
    {
        var notebook = Of(
            Markdown("# Fixture\nParameters, a magic, a value and a chart."),
            Code("int epochs = 3;\nstring label = \"default\";", "parameters"),
            Code("#r \"../../artifacts/kernel/Notebooks.Kernel.dll\"\nusing Notebooks.Kernel;\nusing Notebooks.Kernel.Charts;\nNotebookSetup.Load();"),
            Code("#!seed 5\nConsole.WriteLine($\"epochs={epochs} label={label} draw={Seeds.Random.Next(1000)}\");"),
            Code("Chart.Line([1.0, 2, 3], [epochs, 2.0 * epochs, 3.0 * epochs], title: \"fixture\")"));
        var app = ExportFixture("fixture-parameters", notebook);

        var run = await DotnetRun.AppAsync(app, ["--epochs", "7", "--label", "é x"], AppTimeout);
        output.WriteLine($"fixture: dotnet run took {run.Elapsed.TotalSeconds:F1} s");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"epochs=7 label=é x draw={new Random(5).Next(1000)}", run.Stdout);
        var chart = Assert.Single(ChartPaths(run.Stdout));
        Assert.Equal(Path.Combine(Path.ChangeExtension(app, null) + ".charts", "chart-1.html"), chart);
        Assert.Contains("\"fixture\"", File.ReadAllText(chart));
    }

    [Fact]
    public async Task When_a_fixture_app_gets_a_bad_parameter_value_then_it_exits_2_and_says_which()
    {
        var app = ExportFixture("fixture-bad-parameter", Of(Code("int epochs = 3;", "parameters"), Code("Console.WriteLine(epochs);")));

        var run = await DotnetRun.AppAsync(app, ["--epochs", "many"], AppTimeout);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("--epochs: 'many' is not a whole number that fits an int.", run.Stderr);
    }

    static string ExportFixture(string name, Notebook notebook)
    {
        var folder = Path.Combine(AppsFolder, "fixtures");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".ipynb");
        Assert.Null(NotebookWriter.Write(notebook, path).Error);
        var errors = new StringWriter();
        Assert.True(ExportCommand.Run([path], null, Repo, new StringWriter(), errors) == 0, errors.ToString());
        return Path.ChangeExtension(path, ".cs");
    }

    /// <summary>The ✓ / ✗ lines that Claim.That and Exercise.Check print, in order.</summary>
    static List<string> Checks(string text) =>
        TextLines.Split(text).Where(l => l.StartsWith("✓ ", StringComparison.Ordinal) || l.StartsWith("✗ ", StringComparison.Ordinal)).ToList();

    static IEnumerable<string> ChartPaths(string stdout) =>
        TextLines.Split(stdout).Where(l => l.EndsWith(".html", StringComparison.Ordinal) && l.Contains(" → ")).Select(l => l[(l.LastIndexOf(" → ", StringComparison.Ordinal) + 3)..]);

    static async Task<List<string>> NotebookChecksAsync(string lesson)
    {
        var result = await LessonRuns.FastModeAsync(lesson);
        Assert.True(result.Succeeded, FailureDescription.Describe(result, $"notebooks/{lesson}"));
        // One output per line: a check printed after a progress display must not be glued to the display's text.
        var outputs = result.Executed!.Cells.SelectMany(cell => cell.Outputs.Select(output => Of(output).Text()));
        return Checks(string.Join("\n", outputs));

        static Cell Of(CellOutput output) { var cell = new Cell { Type = CellType.Code }; cell.Outputs.Add(output); return cell; }
    }
}
