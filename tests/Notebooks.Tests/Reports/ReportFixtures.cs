using System.Text.Json.Nodes;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;

namespace Notebooks.Tests.Reports;

/// <summary>Notebooks and results built in code for the report tests.</summary>
internal static class ReportFixtures
{
    public static Cell Code(string source, params CellOutput[] outputs)
    {
        var cell = new Cell { Type = CellType.Code, Source = source };
        cell.Outputs.AddRange(outputs);
        return cell;
    }

    public static Cell Markdown(string source) => new() { Type = CellType.Markdown, Source = source };

    public static Cell Tagged(this Cell cell, params string[] tags)
    {
        cell.Metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode)t).ToArray());
        return cell;
    }

    public static Notebook Notebook(string path, params Cell[] cells)
    {
        var notebook = new Notebook { Path = path };
        notebook.Cells.AddRange(cells);
        return notebook;
    }

    public static DisplayOutput Display(params (string Mime, string Content)[] data) =>
        new(data.ToDictionary(d => d.Mime, d => d.Content));

    public static DisplayOutput Text(string text) => Display(("text/plain", text));

    public static NotebookResult Passed(string path, double seconds = 1.5) =>
        new(path, NotebookStatus.Passed, Notebook(path, Code("1 + 1", Text("2"))),
            [new CellResult(0, CellStatus.Passed, TimeSpan.FromSeconds(seconds))], TimeSpan.FromSeconds(seconds));

    public static NotebookResult Failed(string path, string message = "Sequence contains no elements", int line = 2) =>
        new(path, NotebookStatus.Failed,
            Notebook(path, Markdown("# Title"), Code("var x = 1;\nvar y = new int[0].First();",
                new ErrorOutput("System.InvalidOperationException", message, ["System.InvalidOperationException: " + message, "   at Submission#1"]))),
            [
                new CellResult(1, CellStatus.Failed, TimeSpan.FromMilliseconds(250),
                    new CellError("System.InvalidOperationException", message, line, "var y = new int[0].First();",
                        "System.InvalidOperationException: " + message + "\n   at Submission#1")),
            ],
            TimeSpan.FromMilliseconds(1250));

    public static NotebookResult TimedOut(string path) =>
        new(path, NotebookStatus.TimedOut, Notebook(path, Code("while (true) {}")),
            [new CellResult(0, CellStatus.TimedOut, TimeSpan.FromSeconds(30))], TimeSpan.FromSeconds(30), "cell timeout 30 s");

    public static NotebookResult Crashed(string path) =>
        new(path, NotebookStatus.Crashed, Notebook(path, Code("Environment.FailFast(\"x\");")),
            [new CellResult(0, CellStatus.Crashed, TimeSpan.FromSeconds(2))], TimeSpan.FromSeconds(2), "worker exited with code 134");

    public static NotebookResult NotRun(string path) =>
        new(path, NotebookStatus.NotRun, null, [], TimeSpan.Zero, "skipped by --filter");

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "nb-reports-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
