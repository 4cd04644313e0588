namespace Notebooks.Engine.Reports;

/// <summary>Settings for <see cref="HtmlReport"/>.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>plotly.min.js to inline into pages with charts, so they draw offline. Without it such pages say so.</summary>
    public string? PlotlyJsPath { get; init; }

    public string Title { get; init; } = "Notebook run";
}
