using System.Reflection;

namespace Notebooks.Kernel.Charts;

/// <summary>
/// The plotly.js that chart HTML expects. Notebook front ends load it from the CDN; an offline HTML
/// report inlines <see cref="RepoRelativePath"/> (fetched by the build with npm) once per page,
/// before the first element with class <see cref="ChartCssClass"/>.
/// </summary>
public static class PlotlyJs
{
    public static string Version { get; } =
        typeof(PlotlyJs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "PlotlyJsVersion").Value!;

    public const string RepoRelativePath = "artifacts/plotly/plotly.min.js";

    public const string ChartCssClass = "plotly-chart";

    public static string CdnUrlWithoutExtension => $"https://cdn.plot.ly/plotly-{Version}.min";
}
