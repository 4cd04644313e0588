using System.Text.Json.Nodes;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Notebooks.Engine.Execution.Worker;
using Notebooks.Runner.Worker;

namespace Notebooks.Tests.Execution;

/// <summary>Notebooks built in code, and an executor that runs them in real worker processes.</summary>
static class TestNotebooks
{
    public static Notebook Of(params Cell[] cells)
    {
        var notebook = new Notebook { Path = "test.ipynb" };
        notebook.Cells.AddRange(cells);
        return notebook;
    }

    public static Cell Code(string source, params string[] tags) => new()
    {
        Type = CellType.Code,
        Source = source,
        Metadata = tags.Length == 0 ? new() : new JsonObject { ["tags"] = new JsonArray(tags.Select(t => (JsonNode)t!).ToArray()) },
    };

    public static Cell Markdown(string source) => new() { Type = CellType.Markdown, Source = source };

    public static NotebookExecutor Executor(double cellTimeoutSeconds = 60, int spares = 0, WorkerLauncher? launcher = null) =>
        new(launcher ?? SelfLauncher.Create(), new ExecutionOptions { CellTimeout = TimeSpan.FromSeconds(cellTimeoutSeconds) }, spares);

    public static Task<NotebookResult> RunAsync(Notebook notebook, string? workingDirectory = null, double cellTimeoutSeconds = 60) =>
        Executor(cellTimeoutSeconds).ExecuteAsync(notebook, workingDirectory ?? Path.GetTempPath());

    public static string Text(this Cell cell) =>
        string.Concat(cell.Outputs.Select(o => o switch
        {
            StreamOutput s => s.Text,
            DisplayOutput d => d.Data.GetValueOrDefault("text/plain", ""),
            ErrorOutput e => $"{e.EName}: {e.EValue}",
            _ => "",
        }));
}
