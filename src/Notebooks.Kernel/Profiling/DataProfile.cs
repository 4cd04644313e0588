using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Profiling;

/// <summary>A DataFrame's data-quality profile: per-column statistics and problems, plus duplicate rows.</summary>
public sealed record DataProfile(long Rows, long DuplicateRows, IReadOnlyList<ColumnProfile> Columns)
{
    public static DataProfile Of(DataFrame frame) =>
        new(frame.Rows.Count, Profiling.DuplicateRows.Count(frame), frame.Columns.Select(ColumnProfiler.Profile).ToList());

    public IEnumerable<string> Problems =>
        Columns.SelectMany(c => c.Problems.Select(p => $"{c.Name}: {p}"))
            .Concat(DuplicateRows > 0 ? [$"{DuplicateRows} duplicate rows"] : []);

    public string ToText() => DataProfileView.Text(this);
    public string ToHtml() => DataProfileView.Html(this);
}

public static class DataProfileExtensions
{
    public static DataProfile Profile(this DataFrame frame) => DataProfile.Of(frame);
}
