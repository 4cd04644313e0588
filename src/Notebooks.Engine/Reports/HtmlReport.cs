using System.Text;
using System.Text.RegularExpressions;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;

namespace Notebooks.Engine.Reports;

/// <summary>
/// Static HTML pages that open offline: one per notebook (its cells, outputs and failures) and an index.
/// Everything taken from a notebook is HTML-encoded, except text/html outputs, which our formatters made.
/// </summary>
public static partial class HtmlReport
{
    [GeneratedRegex(@"[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeFileChars();

    /// <summary>Writes every notebook's page and the index into <paramref name="dir"/>.</summary>
    public static void Write(IReadOnlyList<NotebookResult> results, string dir, HtmlReportOptions? options = null)
    {
        foreach (var result in results) WriteNotebook(result, dir, options);
        WriteIndex(results, dir, options);
    }

    /// <summary>Writes the notebook's page into <paramref name="dir"/>; returns its path.</summary>
    public static string WriteNotebook(NotebookResult result, string dir, HtmlReportOptions? options = null)
    {
        var path = Path.Combine(dir, PageFileName(result.Path));
        AtomicFile.WriteAllText(path, NotebookPage(result, options ?? new HtmlReportOptions()));
        return path;
    }

    public static string WriteIndex(IReadOnlyList<NotebookResult> results, string dir, HtmlReportOptions? options = null)
    {
        var path = Path.Combine(dir, "index.html");
        AtomicFile.WriteAllText(path, IndexPage(results, options ?? new HtmlReportOptions()));
        return path;
    }

    /// <summary>The page's file name: the notebook path flattened ("lessons/01 intro.ipynb" → "lessons--01_intro.html").</summary>
    public static string PageFileName(string notebookPath)
    {
        var segments = notebookPath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s is not "." and not ".." && !s.EndsWith(':'))
            .Select(s => UnsafeFileChars().Replace(s, "_"));
        var flat = string.Join("--", segments);
        return (flat.Length == 0 ? "notebook" : Path.ChangeExtension(flat, null)) + ".html";
    }

    public static string NotebookPage(NotebookResult result, HtmlReportOptions options)
    {
        var body = new StringBuilder();
        body.Append("<header>\n<p><a href=\"index.html\">All notebooks</a></p>\n");
        body.Append($"<h1>{Enc(result.Path)}</h1>\n<p>{Status(result.Status)} in {ReportText.Seconds(result.Duration)} s</p>\n");
        if (FailureSummary.For(result) is { } failure)
            body.Append($"<p class=\"error\">{Enc(failure.Message)}</p>\n");
        else if (!string.IsNullOrWhiteSpace(result.Message))
            body.Append($"<p>{Enc(result.Message)}</p>\n");
        body.Append("</header>\n<main>\n");

        var needsPlotly = false;
        if (result.Executed is { } notebook)
        {
            var cellResults = result.Cells.GroupBy(c => c.Index).ToDictionary(g => g.Key, g => g.Last());
            for (var i = 0; i < notebook.Cells.Count; i++)
            {
                var cell = notebook.Cells[i];
                needsPlotly |= cell.Type == CellType.Code && cell.Outputs.Any(HtmlOutputRenderer.NeedsPlotly);
                body.Append(RenderCell(cell, i, notebook.DefaultKernelName, cellResults.GetValueOrDefault(i)));
            }
        }
        body.Append("</main>\n");
        return HtmlPage.Build(result.Path, body.ToString(), needsPlotly, options);
    }

    public static string IndexPage(IReadOnlyList<NotebookResult> results, HtmlReportOptions options)
    {
        var passed = results.Count(r => r.Status == NotebookStatus.Passed);
        var notRun = results.Count(r => r.Status == NotebookStatus.NotRun);
        var total = TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks));
        var body = new StringBuilder();
        body.Append($"<h1>{Enc(options.Title)}</h1>\n");
        body.Append($"<p>{results.Count} notebooks: {passed} passed, {results.Count - passed - notRun} failed, "
            + $"{notRun} not run, in {ReportText.Seconds(total)} s</p>\n");
        body.Append("<table>\n<thead><tr><th>Notebook</th><th>Status</th><th>Duration (s)</th><th>Details</th></tr></thead>\n<tbody>\n");
        foreach (var result in results)
        {
            var details = FailureSummary.For(result)?.Message ?? result.Message ?? "";
            body.Append($"<tr><td><a href=\"{Enc(Uri.EscapeDataString(PageFileName(result.Path)))}\">{Enc(result.Path)}</a></td>"
                + $"<td>{Status(result.Status)}</td><td>{ReportText.Seconds(result.Duration)}</td><td>{Enc(details)}</td></tr>\n");
        }
        body.Append("</tbody>\n</table>\n");
        return HtmlPage.Build(options.Title, body.ToString(), needsPlotly: false, options);
    }

    private static string RenderCell(Cell cell, int index, string defaultKernel, CellResult? result)
    {
        var number = index + 1;
        if (cell.Type == CellType.Markdown)
            return $"<section class=\"cell markdown\" id=\"cell-{number}\">\n{MarkdownRenderer.ToHtml(cell.Source)}</section>\n";
        if (cell.Type == CellType.Raw)
            return $"<section class=\"cell raw\" id=\"cell-{number}\"><pre>{Enc(cell.Source)}</pre></section>\n";

        var status = result?.Status.ToString() is { } s ? char.ToLowerInvariant(s[0]) + s[1..] : "notRun";
        var html = new StringBuilder();
        html.Append($"<section class=\"cell code {status}\" id=\"cell-{number}\">\n");
        html.Append($"<div class=\"cell-head\">[{number}] {Enc(cell.KernelName ?? defaultKernel)} · {status}");
        if (result is not null) html.Append($" · {ReportText.Seconds(result.Duration)} s");
        html.Append($"</div>\n<pre class=\"source\"><code>{Enc(cell.Source)}</code></pre>\n");
        foreach (var output in cell.Outputs) html.Append(HtmlOutputRenderer.Render(output)).Append('\n');
        if (result?.Error is { } error && !cell.Outputs.OfType<ErrorOutput>().Any())
        {
            var where = error.Line is { } line ? $" (line {line})" : "";
            html.Append(HtmlOutputRenderer.RenderError(error.Name, error.Message + where, error.Detail)).Append('\n');
        }
        html.Append("</section>\n");
        return html.ToString();
    }

    private static string Status(NotebookStatus status)
    {
        var name = status.ToString();
        var css = char.ToLowerInvariant(name[0]) + name[1..];
        return $"<span class=\"status {css}\">{Enc(css)}</span>";
    }

    private static string Enc(string? text) => HtmlOutputRenderer.Encode(text);
}
