using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Spectre.Console;

namespace Notebooks.Runner.Cli;

/// <summary>
/// `run --timings`: where each notebook's time went — starting the worker, restoring packages (#r "nuget:"),
/// loading the helper library (the setup cell), the first cell run (C# compiler warm-up unless the worker
/// was warmed), the other cells, and the runner's own share; "compiling" is the part of all cells' time
/// spent compiling their C#, already counted in the cell columns.
/// </summary>
public static class TimingsTable
{
    public sealed record Breakdown(TimeSpan Worker, TimeSpan Restore, TimeSpan Library, TimeSpan FirstCell, TimeSpan OtherCells, TimeSpan Total, TimeSpan Compiling)
    {
        public TimeSpan Overhead => Total - Worker - Restore - Library - FirstCell - OtherCells;
    }

    public static Breakdown Of(NotebookResult result)
    {
        TimeSpan restore = TimeSpan.Zero, library = TimeSpan.Zero, first = TimeSpan.Zero, others = TimeSpan.Zero;
        var ran = result.Cells.Where(c => c.Status is not (CellStatus.NotRun or CellStatus.Skipped)).ToList();
        foreach (var cell in ran)
        {
            var source = result.Executed?.Cells[cell.Index].Source ?? "";
            if (source.Contains("#r \"nuget:", StringComparison.Ordinal)) restore += cell.Duration;
            else if (source.Contains("Notebooks.Kernel.dll", StringComparison.Ordinal)) library += cell.Duration;
            else if (cell == ran[0]) first += cell.Duration;
            else others += cell.Duration;
        }
        var compiling = TimeSpan.FromTicks(ran.Sum(c => c.Compile?.Ticks ?? 0));
        return new(result.WorkerStartup, restore, library, first, others, result.Duration, compiling);
    }

    public static void Show(IAnsiConsole console, IEnumerable<NotebookResult> results)
    {
        var table = new Table().AddColumns("Notebook", "Worker start", "Restore", "Library load", "First cell", "Other cells", "Cells: compiling", "Runner overhead", "Total");
        foreach (var result in results.Where(r => r.Executed is not null))
        {
            var b = Of(result);
            table.AddRow(Markup.Escape(result.Path), S(b.Worker), S(b.Restore), S(b.Library), S(b.FirstCell), S(b.OtherCells), S(b.Compiling), S(b.Overhead), S(b.Total));
        }
        console.Write(table);

        static string S(TimeSpan t) => t.TotalSeconds.ToString("0.00");
    }
}
