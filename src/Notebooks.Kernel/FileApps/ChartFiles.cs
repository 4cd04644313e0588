using System.Net;
using Notebooks.Kernel.Charts;

namespace Notebooks.Kernel.FileApps;

/// <summary>
/// Where a file-based app's charts go: <c>&lt;app&gt;.charts/chart-N.html</c>, one page per chart, numbered in the
/// order shown. Each page loads a copy of the repository's plotly.js from beside it, so it draws offline; without
/// that file the chart's own HTML falls back to the CDN, as it does in a notebook.
/// </summary>
sealed class ChartFiles(string folder, IReadOnlyList<string> searchStarts)
{
    int count;
    string? plotlyFile;

    public string Folder => folder;

    /// <summary>Writes the chart's page and returns its full path; the first chart clears the last run's pages.</summary>
    public string Write(ChartView chart)
    {
        if (count == 0) Prepare();
        var path = Path.Combine(folder, $"chart-{++count}.html");
        File.WriteAllText(path, Page(chart));
        return path;
    }

    void Prepare()
    {
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.EnumerateFiles(folder, "chart-*.html")) File.Delete(old);
        if (FindPlotlyJs() is not { } source) return;
        plotlyFile = $"plotly-{PlotlyJs.Version}.min.js";
        var target = Path.Combine(folder, plotlyFile);
        if (!File.Exists(target) || new FileInfo(target).Length != new FileInfo(source).Length)
            File.Copy(source, target, overwrite: true);
    }

    string? FindPlotlyJs() =>
        searchStarts.SelectMany(Ancestors)
            .Select(dir => Path.Combine(dir, PlotlyJs.RepoRelativePath))
            .FirstOrDefault(File.Exists);

    static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            yield return dir.FullName;
    }

    string Page(ChartView chart)
    {
        var script = plotlyFile is null ? "" : $"""<script src="{plotlyFile}"></script>""";
        return $"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(chart.ToString())}</title>{script}</head>
            <body>
            {chart.Html}
            </body></html>
            """;
    }

    public bool HasLocalPlotly => plotlyFile is not null;
}
