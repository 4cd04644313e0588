using System.Text;
using System.Text.RegularExpressions;

namespace Notebooks.Engine.Reports;

/// <summary>The self-contained page shell: inline styles, and plotly.js inlined once when a chart needs it.</summary>
internal static partial class HtmlPage
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; }
        pre { background: #f6f8fa; padding: .6rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
        .cell { margin: 1.2rem 0; }
        .cell-head { font-size: .8rem; color: #656d76; }
        .source { border-left: 3px solid #8c959f; }
        .cell.failed .source, .cell.timedOut .source, .cell.crashed .source { border-left-color: #cf222e; }
        .stderr { background: #fff8e6; }
        .error { background: #ffebe9; border-left: 3px solid #cf222e; padding: .4rem .6rem; color: #82071e; }
        .error pre { background: transparent; }
        .error-title { font-weight: 600; }
        .note { background: #fff8c5; border: 1px solid #d4a72c; padding: .6rem; }
        .status { font-weight: 600; padding: 0 .4rem; border-radius: .3rem; }
        .status.passed { background: #dafbe1; color: #116329; }
        .status.notRun { background: #eaeef2; color: #57606a; }
        .status.failed, .status.timedOut, .status.crashed, .status.invalid { background: #ffebe9; color: #82071e; }
        table { border-collapse: collapse; width: 100%; }
        td, th { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #d0d7de; }
        img { max-width: 100%; }
        """;

    [GeneratedRegex("<(/script|!--)", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptBreakers();

    public static string Build(string title, string body, bool needsPlotly, HtmlReportOptions options)
    {
        var (plotlyScript, plotlyNote) = needsPlotly ? Plotly(options.PlotlyJsPath) : ("", "");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<title>{HtmlOutputRenderer.Encode(title)}</title>\n<style>\n{Style}</style>\n");
        html.Append(plotlyScript);
        html.Append("</head>\n<body>\n").Append(plotlyNote).Append(body).Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static (string Script, string Note) Plotly(string? path)
    {
        if (path is not null && File.Exists(path))
        {
            // "</script" or "<!--" inside the library would end or confuse the inline script element;
            // \x3C is the same "<" to JavaScript, in strings and regular expressions alike.
            var js = ScriptBreakers().Replace(File.ReadAllText(path), m => "\\x3C" + m.Groups[1].Value);
            return ($"<script>\n{js}\n</script>\n", "");
        }
        var why = path is null ? "no plotly.js file was given" : $"plotly.js was not found at {path}";
        return ("", $"<p class=\"note\">This page has Plotly charts, which stay blank here: {HtmlOutputRenderer.Encode(why)}. "
            + "Get <code>plotly.min.js</code> (npm package <code>plotly.js-dist-min</code>, or https://github.com/plotly/plotly.js/releases) "
            + "and give its path to the HTML report (<code>PlotlyJsPath</code>) to embed it, so the charts draw offline.</p>\n");
    }
}
