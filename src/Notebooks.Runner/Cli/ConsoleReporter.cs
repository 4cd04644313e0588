using System.Diagnostics;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Spectre.Console;

namespace Notebooks.Runner.Cli;

/// <summary>
/// Terminal output for `run`: a live status line (notebook, cell i/N, elapsed) on a terminal or one
/// plain line per cell otherwise, cell output as it happens when streaming, and a summary table.
/// </summary>
public sealed class ConsoleReporter(IAnsiConsole console, bool stream, bool live) : IRunReporter
{
    readonly Stopwatch cellClock = new();
    string notebookName = "";
    string status = "starting";

    /// <summary>Runs the whole pipeline under the live status line when there is a terminal to draw it on.</summary>
    public async Task<T> ShowAsync<T>(Func<Task<T>> run)
    {
        if (!live) return await run();
        return await console.Status().StartAsync("starting", async context =>
        {
            using var ticker = new Timer(_ => context.Status(Markup.Escape(StatusLine())), null, 0, 500);
            return await run();
        });
    }

    string StatusLine() => $"{notebookName}  {status}  {cellClock.Elapsed.TotalSeconds:0.0} s";

    public void NotebookStarted(NotebookFile file, int number, int total)
    {
        notebookName = file.RelativePath;
        status = "starting worker";
        console.MarkupLine($"[bold]▶ {Markup.Escape(file.RelativePath)}[/] [grey]({number}/{total})[/]");
    }

    public void CellStarted(Notebook notebook, CellPosition position)
    {
        status = $"cell {position.Number}/{position.Total}";
        cellClock.Restart();
    }

    public void OutputProduced(Notebook notebook, CellPosition position, CellOutput output)
    {
        if (!stream) return;
        var text = output switch
        {
            StreamOutput s => s.Text,
            DisplayOutput d => (d.Data.TryGetValue("text/plain", out var plain) ? plain : $"[{string.Join(", ", d.Data.Keys)}]") + "\n",
            _ => null, // errors are reported once, when the cell finishes
        };
        if (text is not null) console.Write(new Text(text));
    }

    public void CellFinished(Notebook notebook, CellPosition position, CellResult result)
    {
        cellClock.Stop();
        if (live) return;
        console.WriteLine($"  cell {position.Number}/{position.Total} {result.Status} {result.Duration.TotalSeconds:0.00} s");
    }

    public void NotebookFinished(NotebookFile file, NotebookResult result)
    {
        if (FailureDescription.Describe(result, file.RelativePath) is { } failure)
            console.MarkupLine($"[red]{Markup.Escape(failure)}[/]");
        else
            console.MarkupLine($"[green]✓ {Markup.Escape(file.RelativePath)}[/] [grey]{result.Duration.TotalSeconds:0.0} s[/]");
    }

    public void BadInput(string message) => console.MarkupLine($"[red]{Markup.Escape(message)}[/]");

    public void RunFinished(IReadOnlyList<(NotebookFile File, NotebookResult Result)> results)
    {
        var table = new Table().AddColumns("Notebook", "Cells", "Passed", "Failed", "Seconds", "Status");
        foreach (var (file, result) in results)
        {
            var passed = result.Cells.Count(c => c.Status is CellStatus.Passed or CellStatus.ExpectedFailure);
            var failed = result.Cells.Count(c => c.Status is CellStatus.Failed or CellStatus.TimedOut or CellStatus.Crashed);
            var colour = result.Succeeded ? "green" : "red";
            table.AddRow(
                Markup.Escape(file.RelativePath), result.Cells.Count.ToString(), passed.ToString(), failed.ToString(),
                result.Duration.TotalSeconds.ToString("0.0"), $"[{colour}]{result.Status}[/]");
        }
        console.Write(table);
    }
}
