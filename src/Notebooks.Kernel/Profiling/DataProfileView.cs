using Notebooks.Kernel.Html;
using System.Globalization;
using Notebooks.Kernel.Formatters;
using static Notebooks.Kernel.Html.HtmlBuilder;

namespace Notebooks.Kernel.Profiling;

/// <summary>The text and HTML renderings of a <see cref="DataProfile"/>; both show the same cells.</summary>
static class DataProfileView
{
    static readonly string[] Headers = ["column", "type", "missing", "distinct", "min", "max", "mean", "std", "top values", "problems"];

    public static string Text(DataProfile profile) =>
        Summary(profile) + Environment.NewLine + TextTable.Render(Headers, profile.Columns.Select(Cells)) + Legend;

    public static string Html(DataProfile profile)
    {
        var rows = profile.Columns.Select(c => Cells(c).Select((text, i) =>
            new HtmlCell(text, i == Headers.Length - 1 && c.Problems.Count > 0 ? "color:#b00020" : null)));
        return Element("div", TextElement("p", Summary(profile)) + Table(Headers.Select(h => new HtmlCell(h)), rows)
                              + TextElement("p", Legend.Trim(), "font-size:smaller"));
    }

    static string Summary(DataProfile p) =>
        $"Profile: {ValueText.Count(p.Rows)} rows × {ValueText.Count(p.Columns.Count)} columns, " +
        $"{ValueText.Count(p.DuplicateRows)} duplicate rows";

    static readonly string Legend = $"Outliers: {ZScoreOutliers.Rule}. Placeholders: " +
        string.Join(" ", PlaceholderValues.Known.Order(StringComparer.Ordinal).Select(v => $"'{v}'")) + " and whitespace-only." + Environment.NewLine;

    static IReadOnlyList<string> Cells(ColumnProfile c) =>
    [
        ValueText.Of(c.Name),
        c.Type,
        $"{ValueText.Count(c.Missing)} ({c.MissingPercent.ToString("0.#", CultureInfo.InvariantCulture)}%)",
        ValueText.Count(c.Distinct),
        Optional(c.Min), Optional(c.Max), Optional(c.Mean), Optional(c.StdDev),
        string.Join(", ", c.TopValues.Select(v => $"{Truncate(v.Value, 20)} ({ValueText.Count(v.Count)})")),
        string.Join("; ", c.Problems),
    ];

    static string Optional(double? x) => x is { } v ? ValueText.Number(v) : "";
}
