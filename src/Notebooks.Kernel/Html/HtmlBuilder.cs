using Notebooks.Kernel.Html;
using System.Text;

namespace Notebooks.Kernel.Html;

/// <summary>
/// A tiny HTML builder whose only inputs are plain text: every text and attribute value is encoded,
/// so a value that comes from data can never become markup.
/// </summary>
public static class HtmlBuilder
{
    /// <summary>Escapes the five characters that can end text or an attribute; other characters stay as they are (UTF-8).</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0) return text ?? "";
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            html.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return html.ToString();
    }

    /// <summary>Cuts text to at most <paramref name="maxLength"/> characters, marking the cut with an ellipsis.</summary>
    public static string Truncate(string text, int maxLength) =>
        text.Length <= maxLength ? text : text[..Math.Max(0, maxLength - 1)] + "…";

    /// <summary>An element around already-built HTML; the style is an attribute value and gets encoded.</summary>
    public static string Element(string tag, string innerHtml, string? style = null) =>
        style is null ? $"<{tag}>{innerHtml}</{tag}>" : $"<{tag} style=\"{Encode(style)}\">{innerHtml}</{tag}>";

    public static string TextElement(string tag, string text, string? style = null) => Element(tag, Encode(text), style);

    /// <summary>A table of plain-text cells.</summary>
    public static string Table(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows, string? caption = null) =>
        Table(headers.Select(h => new HtmlCell(h)), rows.Select(r => r.Select(c => new HtmlCell(c))), caption);

    /// <summary>A table whose cells may carry a style (colour, indentation); header cells are row 0.</summary>
    public static string Table(IEnumerable<HtmlCell> headers, IEnumerable<IEnumerable<HtmlCell>> rows, string? caption = null)
    {
        var html = new StringBuilder("<table>");
        if (caption is not null) html.Append(TextElement("caption", caption, "caption-side:top;text-align:left"));
        html.Append("<thead><tr>");
        foreach (var header in headers) html.Append(header.ToHtml("th"));
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append(cell.ToHtml("td"));
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }
}

/// <summary>One table cell: plain text (encoded when rendered) and an optional CSS style.</summary>
public readonly record struct HtmlCell(string Text, string? Style = null)
{
    public static implicit operator HtmlCell(string text) => new(text);

    public string ToHtml(string tag) => HtmlBuilder.TextElement(tag, Text, Style);
}
