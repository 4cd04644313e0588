using System.Net;
using System.Text.RegularExpressions;
using Notebooks.Engine.Documents;

namespace Notebooks.Engine.Reports;

/// <summary>
/// One cell output as HTML. Only text/html goes in as is (our kernel's formatters made it and encode their
/// data); everything else is encoded, and SVG travels as an image so any script inside it stays inert.
/// </summary>
public static partial class HtmlOutputRenderer
{
    private static readonly string[] MimePreference =
        ["text/html", "image/svg+xml", "image/png", "image/jpeg", "image/gif", "text/markdown", "text/plain"];

    [GeneratedRegex(@"^[A-Za-z0-9+/=\s]*$")]
    private static partial Regex Base64();

    public static string Encode(string? text) => WebUtility.HtmlEncode(ReportText.StripAnsi(text ?? ""));

    /// <summary>True when the output draws a Plotly chart and so needs plotly.js on the page.</summary>
    public static bool NeedsPlotly(CellOutput output) =>
        output is DisplayOutput display && ChosenMime(display) == "text/html"
        && display.Data["text/html"] is var html
        && (html.Contains("Plotly.newPlot", StringComparison.Ordinal) || html.Contains("plotly-chart", StringComparison.Ordinal));

    public static string Render(CellOutput output) => output switch
    {
        StreamOutput stream => $"<pre class=\"output stream {(stream.Name == "stderr" ? "stderr" : "stdout")}\">{Encode(stream.Text)}</pre>",
        ErrorOutput error => RenderError(error.EName, error.EValue, string.Join('\n', error.Traceback)),
        DisplayOutput display => RenderDisplay(display),
        _ => "",
    };

    public static string RenderError(string name, string message, string? traceback)
    {
        var trace = string.IsNullOrWhiteSpace(traceback) ? "" : $"<pre class=\"traceback\">{Encode(traceback)}</pre>";
        return $"<div class=\"output error\"><div class=\"error-title\">{Encode(name)}: {Encode(message)}</div>{trace}</div>";
    }

    private static string RenderDisplay(DisplayOutput display)
    {
        var mime = ChosenMime(display);
        if (mime is null) return "";
        var content = display.Data[mime];
        return mime switch
        {
            "text/html" => $"<div class=\"output html\">{content}</div>",
            "image/svg+xml" => Image("image/svg+xml", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(content))),
            "image/png" or "image/jpeg" or "image/gif" when Base64().IsMatch(content) =>
                Image(mime, Regex.Replace(content, @"\s", "")),
            "text/markdown" => $"<div class=\"output markdown\">{MarkdownRenderer.ToHtml(content)}</div>",
            _ => $"<pre class=\"output text\" data-mime=\"{Encode(mime)}\">{Encode(content)}</pre>",
        };
    }

    private static string Image(string mime, string base64) =>
        $"<div class=\"output image\"><img alt=\"output image\" src=\"data:{mime};base64,{base64}\"></div>";

    private static string? ChosenMime(DisplayOutput display) =>
        MimePreference.FirstOrDefault(display.Data.ContainsKey) ?? display.Data.Keys.Order(StringComparer.Ordinal).FirstOrDefault();
}
