using System.Text.Json.Nodes;
using Notebooks.Engine.Documents;

namespace Notebooks.Engine.Execution;

/// <summary>Writes a cell's run into its metadata as <c>execution: {start, end, duration_ms, status}</c>.</summary>
static class CellStamp
{
    public static void Apply(Cell cell, CellStatus status, DateTimeOffset? start = null, DateTimeOffset? end = null)
    {
        var stamp = new JsonObject();
        if (start is { } s && end is { } e)
        {
            stamp["start"] = s.ToString("O");
            stamp["end"] = e.ToString("O");
            stamp["duration_ms"] = (long)(e - s).TotalMilliseconds;
        }
        stamp["status"] = Name(status);
        cell.Metadata["execution"] = stamp;
    }

    public static string Name(CellStatus status) => status switch
    {
        CellStatus.ExpectedFailure => "expected_failure",
        CellStatus.TimedOut => "timed_out",
        CellStatus.NotRun => "not_run",
        _ => status.ToString().ToLowerInvariant(),
    };
}
