using Notebooks.Kernel.Charts;
using Xunit;

namespace Notebooks.Tests.Charts;

public class ChartDataTests
{
    [Fact]
    public void When_a_line_chart_is_made_then_the_figure_holds_each_series_and_the_labels()
    {
        var chart = Chart.Line([1, 2, 3], [("loss", [0.9, 0.5, 0.25]), ("val_loss", [1.0, 0.75, 0.5])], "Loss", "epoch", "cross-entropy");

        Assert.Contains("\"name\":\"loss\"", chart.FigureJson);
        Assert.Contains("\"name\":\"val_loss\"", chart.FigureJson);
        Assert.Contains("\"y\":[0.9,0.5,0.25]", chart.FigureJson);
        Assert.Contains("\"text\":\"Loss\"", chart.FigureJson);
        Assert.Contains("\"text\":\"epoch\"", chart.FigureJson);
        Assert.Contains("\"text\":\"cross-entropy\"", chart.FigureJson);
    }

    [Fact]
    public void When_a_heat_map_is_made_then_rows_keep_their_order_and_row_zero_is_on_top()
    {
        var chart = Chart.HeatMap(new double[,] { { 1, 2 }, { 3, 4 } }, ["cat", "dog"], ["true cat", "true dog"], "Confusion");

        Assert.Contains("\"type\":\"heatmap\"", chart.FigureJson);
        Assert.Contains("\"z\":[[1.0,2.0],[3.0,4.0]]", chart.FigureJson);
        Assert.Contains("\"autorange\":\"reversed\"", chart.FigureJson);
        Assert.Equal("heat map \"Confusion\" (2×2)", chart.ToString());
    }

    [Fact]
    public void When_bars_histograms_and_scatters_are_made_then_each_has_its_trace_type()
    {
        Assert.Contains("\"type\":\"bar\"", Chart.Bar(["a", "b"], [1.0, 2.0]).FigureJson);
        Assert.Contains("\"type\":\"histogram\"", Chart.Histogram([1.0, 2.0, 2.0, 3.0], bins: 3).FigureJson);
        var scatter = Chart.Scatter([("setosa", [1.0, 2.0], [3.0, 4.0]), ("virginica", [5.0], [6.0])]);
        Assert.Contains("\"mode\":\"markers\"", scatter.FigureJson);
        Assert.Equal("scatter chart (2 groups, 3 points)", scatter.ToString());
    }

    [Fact]
    public void When_a_series_is_shorter_than_x_then_the_error_names_the_series()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Line([1, 2, 3], [("loss", [1.0, 2.0, 3.0]), ("val_loss", [1.0, 2.0])]));

        Assert.StartsWith("Chart.Line: series 'val_loss' has 2 values but its x has 3.", error.Message);
    }

    [Fact]
    public void When_heat_map_labels_do_not_match_z_then_the_error_says_how()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.HeatMap(new double[2, 3], xLabels: ["a", "b"]));

        Assert.StartsWith("Chart.HeatMap: xLabels has 2 labels but z has 3 columns.", error.Message);
    }

    [Fact]
    public void When_a_chart_would_carry_too_many_values_then_it_asks_to_sample()
    {
        var many = new double[MaxChartValues + 1];

        var error = Assert.Throws<ArgumentException>(() => Chart.Histogram(many));

        Assert.Contains("sample or aggregate", error.Message);
    }

    const int MaxChartValues = 1_000_000;
}
