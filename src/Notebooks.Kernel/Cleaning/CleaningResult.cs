using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

/// <summary>The rows a step kept, and every row it rejected with the reason, so that
/// <c>Clean.Rows.Count + Quarantine.Rows.Count</c> equals the rows that went in. Steps chain with <see cref="Then"/>.</summary>
public sealed record CleaningResult(DataFrame Clean, DataFrame Quarantine)
{
    public const string ReasonColumn = "quarantine_reason";

    public long TotalRows => Clean.Rows.Count + Quarantine.Rows.Count;

    /// <summary>Splits <paramref name="raw"/> by <paramref name="reasons"/>: null keeps the row, text quarantines it.</summary>
    public static CleaningResult Partition(DataFrame raw, IReadOnlyList<string?> reasons)
    {
        if (reasons.Count != raw.Rows.Count) throw new ArgumentException($"{reasons.Count} reasons for {raw.Rows.Count} rows.");
        if (raw.Columns.IndexOf(ReasonColumn) >= 0) throw new ArgumentException($"The frame already has a '{ReasonColumn}' column.");
        var kept = Enumerable.Range(0, reasons.Count).Where(i => reasons[i] is null).Select(i => (long)i);
        var rejected = Enumerable.Range(0, reasons.Count).Where(i => reasons[i] is not null).ToList();
        var quarantine = Frames.Take(raw, rejected.Select(i => (long)i));
        quarantine.Columns.Add(new StringDataFrameColumn(ReasonColumn, rejected.Select(i => reasons[i])));
        return new CleaningResult(Frames.Take(raw, kept), quarantine);
    }

    /// <summary>Runs a step that may reject rows on the clean rows; its rejects join the quarantine.</summary>
    public CleaningResult Then(Func<DataFrame, CleaningResult> step)
    {
        var next = step(Clean);
        if (next.TotalRows != Clean.Rows.Count)
            throw new InvalidOperationException($"A cleaning step lost rows: {Clean.Rows.Count} in, {next.TotalRows} out.");
        return new CleaningResult(next.Clean, Quarantine.Rows.Count == 0 ? next.Quarantine : Quarantine.Append(next.Quarantine.Rows, inPlace: false));
    }

    /// <summary>Runs a step that changes values but keeps every row.</summary>
    public CleaningResult Then(Func<DataFrame, DataFrame> transform)
    {
        var next = transform(Clean);
        if (next.Rows.Count != Clean.Rows.Count)
            throw new InvalidOperationException($"A transform changed the row count: {Clean.Rows.Count} in, {next.Rows.Count} out.");
        return this with { Clean = next };
    }

    /// <summary>The start of a chain: every row clean, nothing quarantined yet.</summary>
    public static CleaningResult Start(DataFrame raw) => Partition(raw, new string?[raw.Rows.Count]);
}
