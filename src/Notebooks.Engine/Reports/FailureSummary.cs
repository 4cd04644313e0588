using Notebooks.Engine.Execution;

namespace Notebooks.Engine.Reports;

/// <summary>
/// What every report says about a notebook that did not pass: its kind, a one-line message that points at
/// the cell and line ("cell 3, line 2: InvalidOperationException: boom"), and the longer detail text.
/// Cell numbers are 1-based, as a reader counts them.
/// </summary>
public sealed record FailureSummary(string Kind, string Message, string Detail)
{
    public static FailureSummary? For(NotebookResult result)
    {
        var cell = result.FailingCell;
        var kind = result.Status switch
        {
            NotebookStatus.Passed or NotebookStatus.NotRun => null,
            NotebookStatus.TimedOut => "timed out",
            NotebookStatus.Crashed => "crashed",
            NotebookStatus.Invalid => "invalid notebook",
            _ => "failed",
        };
        if (kind is null) return null;

        var location = cell is null ? null : Locate(cell);
        var message = (result.Status, location) switch
        {
            (NotebookStatus.Failed, not null) => location,
            (_, not null) => $"{Capitalise(kind)} in {location}",
            _ => Capitalise(kind),
        };
        if (!string.IsNullOrWhiteSpace(result.Message) && (cell?.Error is null || result.Status != NotebookStatus.Failed))
            message += $" ({result.Message})";

        var detail = cell?.Error is { } error
            ? string.Join('\n', new[] { error.LineText is { Length: > 0 } line ? $"> {line.Trim()}" : null, error.Detail }
                .Where(s => !string.IsNullOrEmpty(s)))
            : result.Message ?? "";
        return new FailureSummary(kind, message, detail);
    }

    /// <summary>"cell N, line L: Name: message", leaving out what is unknown.</summary>
    public static string Locate(CellResult cell)
    {
        var place = FailureDescription.Where(cell);
        if (cell.Error is not { } error) return place;
        var name = string.IsNullOrWhiteSpace(error.Name) ? "Error" : error.Name;
        return $"{place}: {name}: {ReportText.OneLine(error.Message)}";
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
