using static Notebooks.Kernel.Charts.ChartInput;

namespace Notebooks.Kernel.Charts;

/// <summary>
/// The charts lessons draw (Plotly.NET underneath). Each returns a <see cref="ChartView"/>, which a notebook
/// shows as an interactive chart. Series and categories keep the order given.
/// <code>Chart.Line(epochs, [("loss", loss), ("val_loss", valLoss)], "Loss", "epoch", "loss")</code>
/// </summary>
public static class Chart
{
    public const int DefaultWidth = 640;
    public const int DefaultHeight = 400;

    static PlotlyFigures Plotly => PlotlyFigures.Shared;

    public static ChartView Line(IReadOnlyList<double> x, IReadOnlyList<double> y,
        string title = "", string xLabel = "", string yLabel = "", int width = DefaultWidth, int height = DefaultHeight) =>
        Line(x, [(yLabel.Length > 0 ? yLabel : "y", y)], title, xLabel, yLabel, width, height);

    public static ChartView Line(IReadOnlyList<double> x, IReadOnlyList<(string Name, IReadOnlyList<double> Y)> series,
        string title = "", string xLabel = "", string yLabel = "", int width = DefaultWidth, int height = DefaultHeight) =>
        Line(series.Select(s => (s.Name, x, s.Y)).ToArray(), title, xLabel, yLabel, width, height);

    /// <summary>Series with their own x, e.g. a loss logged every step beside one logged every epoch.</summary>
    public static ChartView Line(IReadOnlyList<(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)> series,
        string title = "", string xLabel = "", string yLabel = "", int width = DefaultWidth, int height = DefaultHeight)
    {
        const string chart = "Chart.Line";
        NotEmpty(chart, nameof(series), series);
        var xs = series.Select(s => Values(chart, $"x of series '{s.Name}'", s.X)).ToArray();
        var ys = series.Select((s, i) => Values(chart, $"series '{s.Name}'", s.Y, xs[i].Length, $"its x")).ToArray();
        var points = xs.Sum(v => (long)v.Length);
        Bounded(chart, 2 * points);
        var figure = Plotly.Line(Text(title), Text(xLabel), Text(yLabel), width, height, Texts(series.Select(s => s.Name)), xs, ys);
        return new ChartView("line chart", title, $"{Count(ys.Length, "series")}, {Count(points, "point")}", figure, width, height);
    }

    public static ChartView Scatter(IReadOnlyList<double> x, IReadOnlyList<double> y,
        string title = "", string xLabel = "", string yLabel = "", int width = DefaultWidth, int height = DefaultHeight) =>
        Scatter([("points", x, y)], title, xLabel, yLabel, width, height);

    /// <summary>One colour per group, e.g. one group per class label.</summary>
    public static ChartView Scatter(IReadOnlyList<(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)> groups,
        string title = "", string xLabel = "", string yLabel = "", int width = DefaultWidth, int height = DefaultHeight)
    {
        const string chart = "Chart.Scatter";
        NotEmpty(chart, nameof(groups), groups);
        var xs = groups.Select(g => Values(chart, $"x of group '{g.Name}'", g.X)).ToArray();
        var ys = groups.Select((g, i) => Values(chart, $"y of group '{g.Name}'", g.Y, xs[i].Length, $"x of group '{g.Name}'")).ToArray();
        var points = xs.Sum(v => (long)v.Length);
        Bounded(chart, 2 * points);
        var figure = Plotly.Scatter(Text(title), Text(xLabel), Text(yLabel), width, height, Texts(groups.Select(g => g.Name)), xs, ys);
        return new ChartView("scatter chart", title, $"{Count(groups.Count, "group")}, {Count(points, "point")}", figure, width, height);
    }

    public static ChartView Bar(IReadOnlyList<string> categories, IReadOnlyList<double> values,
        string title = "", string xLabel = "", string yLabel = "", int width = DefaultWidth, int height = DefaultHeight) =>
        Bar(categories, [(yLabel.Length > 0 ? yLabel : "value", values)], title, xLabel, yLabel, width, height);

    /// <summary>Grouped bars: one bar per series within each category.</summary>
    public static ChartView Bar(IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series,
        string title = "", string xLabel = "", string yLabel = "", int width = DefaultWidth, int height = DefaultHeight)
    {
        const string chart = "Chart.Bar";
        NotEmpty(chart, nameof(categories), categories);
        NotEmpty(chart, nameof(series), series);
        var values = series.Select(s => Values(chart, $"series '{s.Name}'", s.Values, categories.Count, "categories")).ToArray();
        Bounded(chart, (long)categories.Count * values.Length);
        var figure = Plotly.Bar(Text(title), Text(xLabel), Text(yLabel), width, height, Texts(categories), Texts(series.Select(s => s.Name)), values);
        return new ChartView("bar chart", title, $"{Count(values.Length, "series")} × {Count(categories.Count, "category")}", figure, width, height);
    }

    /// <summary>z[row, column]; row 0 is drawn on top, as in a printed matrix. Labels default to indices.</summary>
    public static ChartView HeatMap(double[,] z, IReadOnlyList<string>? xLabels = null, IReadOnlyList<string>? yLabels = null,
        string title = "", string xLabel = "", string yLabel = "", int width = DefaultWidth, int height = DefaultHeight)
    {
        const string chart = "Chart.HeatMap";
        ArgumentNullException.ThrowIfNull(z);
        int rows = z.GetLength(0), columns = z.GetLength(1);
        if (rows == 0 || columns == 0)
            throw new ArgumentException($"{chart}: z is {rows}×{columns}; it needs at least one row and one column.", nameof(z));
        Bounded(chart, (long)rows * columns);
        var columnNames = Labels(chart, nameof(xLabels), xLabels, columns, "columns");
        var rowNames = Labels(chart, nameof(yLabels), yLabels, rows, "rows");
        var matrix = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Select(c => z[r, c]).ToArray()).ToArray();
        var figure = Plotly.HeatMap(Text(title), Text(xLabel), Text(yLabel), width, height, matrix, columnNames, rowNames);
        return new ChartView("heat map", title, $"{rows}×{columns}", figure, width, height);
    }

    public static ChartView Histogram(IReadOnlyList<double> values, int bins = 30,
        string title = "", string xLabel = "", string yLabel = "count", int width = DefaultWidth, int height = DefaultHeight) =>
        Histogram([(xLabel.Length > 0 ? xLabel : "values", values)], bins, title, xLabel, yLabel, width, height);

    /// <summary>Overlaid, semi-transparent histograms, e.g. a feature per class.</summary>
    public static ChartView Histogram(IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, int bins = 30,
        string title = "", string xLabel = "", string yLabel = "count", int width = DefaultWidth, int height = DefaultHeight)
    {
        const string chart = "Chart.Histogram";
        NotEmpty(chart, nameof(series), series);
        if (bins is < 1 or > 10_000)
            throw new ArgumentOutOfRangeException(nameof(bins), bins, $"{chart}: bins must be between 1 and 10,000.");
        var values = series.Select(s => Values(chart, $"series '{s.Name}'", s.Values)).ToArray();
        var total = values.Sum(v => (long)v.Length);
        Bounded(chart, total);
        var figure = Plotly.Histogram(Text(title), Text(xLabel), Text(yLabel), width, height, bins, Texts(series.Select(s => s.Name)), values);
        return new ChartView("histogram", title, $"{Count(values.Length, "series")}, {Count(total, "value")}, {bins} bins", figure, width, height);
    }

    static string[] Labels(string chart, string what, IReadOnlyList<string>? labels, int count, string countOf)
    {
        if (labels is null)
            return Enumerable.Range(0, count).Select(i => i.ToString()).ToArray();
        if (labels.Count != count)
            throw new ArgumentException($"{chart}: {what} has {labels.Count} labels but z has {count} {countOf}.", what);
        return Texts(labels);
    }

    static string Count(long n, string noun) => n == 1 || noun == "series" ? $"{n} {noun}" : noun.EndsWith('y') ? $"{n} {noun[..^1]}ies" : $"{n} {noun}s";
}
