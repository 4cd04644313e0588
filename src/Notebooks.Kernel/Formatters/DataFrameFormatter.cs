using Notebooks.Kernel.Html;
using Microsoft.Data.Analysis;
using static Notebooks.Kernel.Html.HtmlBuilder;

namespace Notebooks.Kernel.Formatters;

/// <summary>
/// Shape, column names, types and null counts, and the first <see cref="PreviewRows"/> rows of a DataFrame.
/// Never reads more than the previewed rows, so a million-row frame costs what a thousand-row one does.
/// </summary>
public static class DataFrameFormatter
{
    public static int PreviewRows { get; set; } = 10;
    public static int MaxColumns { get; set; } = 50;

    public static string ToHtml(DataFrame frame)
    {
        var columns = ShownColumns(frame);
        var rows = ShownRowCount(frame);
        var headers = new List<HtmlCell> { "" };
        headers.AddRange(columns.Select(c => new HtmlCell(c.Name)));
        var body = new List<IEnumerable<HtmlCell>>
        {
            Describe("type", columns, c => TypeName(c.DataType)),
            Describe("nulls", columns, c => ValueText.Count(c.NullCount)),
        };
        for (long r = 0; r < rows; r++)
            body.Add(columns.Select(c => Cell(c[r])).Prepend(new HtmlCell(r.ToString(), "font-weight:bold")).ToList());
        return Element("div", TextElement("p", Summary(frame, rows)) + Table(headers, body));
    }

    public static string ToText(DataFrame frame)
    {
        var columns = ShownColumns(frame);
        var rows = ShownRowCount(frame);
        var headers = columns.Select(c => c.Name).Prepend("").ToList();
        var body = new List<IReadOnlyList<string>>
        {
            columns.Select(c => TypeName(c.DataType)).Prepend("type").ToList(),
            columns.Select(c => ValueText.Count(c.NullCount)).Prepend("nulls").ToList(),
        };
        for (long r = 0; r < rows; r++)
            body.Add(columns.Select(c => ValueText.Of(c[r])).Prepend(r.ToString()).ToList());
        return Summary(frame, rows) + Environment.NewLine + TextTable.Render(headers, body);
    }

    static string Summary(DataFrame frame, long shownRows)
    {
        var shape = $"DataFrame: {ValueText.Count(frame.Rows.Count)} rows × {ValueText.Count(frame.Columns.Count)} columns";
        var hiddenColumns = frame.Columns.Count - Math.Min(frame.Columns.Count, MaxColumns);
        var parts = new List<string> { shape, $"first {ValueText.Count(shownRows)} rows shown" };
        if (hiddenColumns > 0) parts.Add($"{ValueText.Count(hiddenColumns)} more columns not shown");
        return string.Join("; ", parts);
    }

    // A missing value looks different from the string "null".
    static HtmlCell Cell(object? value) => value is null ? new HtmlCell("null", "color:#999;font-style:italic") : new HtmlCell(ValueText.Of(value));

    static IEnumerable<HtmlCell> Describe(string label, IEnumerable<DataFrameColumn> columns, Func<DataFrameColumn, string> text) =>
        columns.Select(c => new HtmlCell(text(c), "font-style:italic")).Prepend(new HtmlCell(label, "font-weight:bold"));

    static List<DataFrameColumn> ShownColumns(DataFrame frame) => frame.Columns.Take(Math.Max(0, MaxColumns)).ToList();

    static long ShownRowCount(DataFrame frame) => Math.Min(frame.Rows.Count, Math.Max(0, PreviewRows));

    public static string TypeName(Type type) => type == typeof(string) ? "string" : type.Name;
}
