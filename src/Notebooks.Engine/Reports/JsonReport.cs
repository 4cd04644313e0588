using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Notebooks.Engine.Execution;

namespace Notebooks.Engine.Reports;

/// <summary>
/// A machine-readable record of a run: one entry per notebook and per cell, camelCase, fields always in
/// the same order (nulls written, not dropped, so the shape never changes). Cell numbers are 1-based.
/// </summary>
public static class JsonReport
{
    public const int SchemaVersion = 1;

    public sealed record Report(int SchemaVersion, Summary Summary, IReadOnlyList<NotebookRecord> Notebooks);

    public sealed record Summary(int Total, int Passed, int Failed, int NotRun, double DurationSeconds);

    public sealed record NotebookRecord(
        string Path, NotebookStatus Status, double DurationSeconds, string? Message, ErrorRecord? Error,
        IReadOnlyList<CellRecord> Cells);

    public sealed record CellRecord(int Cell, CellStatus Status, double DurationSeconds, ErrorRecord? Error);

    /// <param name="Cell">1-based cell number in the executed notebook.</param>
    /// <param name="Line">1-based line within the cell's source, when known.</param>
    public sealed record ErrorRecord(int Cell, int? Line, string Name, string Message);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write(IReadOnlyList<NotebookResult> results, string path) =>
        AtomicFile.WriteAllText(path, Serialize(results) + "\n");

    public static string Serialize(IReadOnlyList<NotebookResult> results) =>
        JsonSerializer.Serialize(Build(results), Options);

    public static Report Build(IReadOnlyList<NotebookResult> results)
    {
        var passed = results.Count(r => r.Status == NotebookStatus.Passed);
        var notRun = results.Count(r => r.Status == NotebookStatus.NotRun);
        var summary = new Summary(results.Count, passed, results.Count - passed - notRun, notRun,
            Seconds(TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks))));
        return new Report(SchemaVersion, summary, results.Select(Notebook).ToList());
    }

    private static NotebookRecord Notebook(NotebookResult result) =>
        new(result.Path.Replace('\\', '/'), result.Status, Seconds(result.Duration), result.Message,
            result.FailingCell is { } failing
                ? Error(failing) ?? new ErrorRecord(failing.Index + 1, null, failing.Status.ToString(), result.Message ?? "")
                : null,
            result.Cells.Select(c => new CellRecord(c.Index + 1, c.Status, Seconds(c.Duration), Error(c))).ToList());

    private static ErrorRecord? Error(CellResult cell) =>
        cell.Error is { } error ? new ErrorRecord(cell.Index + 1, error.Line, error.Name, error.Message) : null;

    private static double Seconds(TimeSpan duration) => Math.Round(duration.TotalSeconds, 3);
}
