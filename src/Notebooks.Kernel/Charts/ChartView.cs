namespace Notebooks.Kernel.Charts;

/// <summary>A rendered chart: shown as HTML in notebooks and reports, described in one line as text.</summary>
public sealed class ChartView
{
    internal ChartView(string kind, string title, string summary, string figureJson, int width, int height)
    {
        Kind = kind;
        Title = title;
        Summary = summary;
        FigureJson = figureJson;
        Html = ChartHtml.Render(figureJson, width, height);
    }

    /// <summary>"line chart", "scatter chart", "bar chart", "heat map", "histogram".</summary>
    public string Kind { get; }
    public string Title { get; }
    /// <summary>What the chart holds, e.g. "2 series × 10 points".</summary>
    public string Summary { get; }
    /// <summary>Plotly's figure (data, layout) as JSON; text in it is HTML-encoded for plotly.js.</summary>
    public string FigureJson { get; }
    /// <summary>A div of class "plotly-chart" plus the script that draws it.</summary>
    public string Html { get; }

    public override string ToString() =>
        Title.Length == 0 ? $"{Kind} ({Summary})" : $"{Kind} \"{Title}\" ({Summary})";
}
