using System.Text.RegularExpressions;
using Notebooks.Kernel.Charts;
using Xunit;

namespace Notebooks.Tests.Charts;

public class ChartHtmlTests
{
    const string Hostile = "</script><script>alert(1)</script>";

    [Fact]
    public void When_the_same_chart_is_drawn_twice_then_the_html_is_identical()
    {
        ChartView Draw() => Chart.Line([1, 2, 3], [("loss", [0.9, 0.5, 0.3]), ("val_loss", [1.0, 0.7, 0.6])], "Loss", "epoch", "loss");

        var first = Draw();
        var second = Draw();

        Assert.Equal(first.Html, second.Html);
        Assert.Matches("""<div class="plotly-chart" id="plotly-chart-[0-9a-f]{16}" """, first.Html);
    }

    [Fact]
    public void When_the_data_differs_then_the_chart_id_differs()
    {
        var a = Chart.Line([1, 2], [3.0, 4.0]);
        var b = Chart.Line([1, 2], [3.0, 5.0]);

        Assert.NotEqual(Id(a), Id(b));
    }

    [Fact]
    public void When_labels_hold_script_tags_then_the_html_has_only_its_own_script()
    {
        var charts = new[]
        {
            Chart.Line([1, 2], [(Hostile, [1.0, 2.0])], Hostile, Hostile, Hostile),
            Chart.Bar([Hostile, "b"], [1.0, 2.0], Hostile),
            Chart.HeatMap(new double[,] { { 1, 2 } }, [Hostile, "x"], [Hostile], Hostile),
            Chart.Scatter([(Hostile, [1.0], [2.0])], Hostile),
            Chart.Histogram([(Hostile, [1.0, 2.0, 2.5])], bins: 3, title: Hostile),
        };

        foreach (var chart in charts)
        {
            Assert.Equal(1, Regex.Count(chart.Html, "<script", RegexOptions.IgnoreCase));
            Assert.Equal(1, Regex.Count(chart.Html, "</script", RegexOptions.IgnoreCase));
            Assert.DoesNotContain("alert(1)</", chart.Html);
            // plotly.js renders an HTML subset in labels: encoded, they show exactly as typed.
            Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)", chart.FigureJson);
        }
    }

    [Fact]
    public void When_a_title_has_quotes_then_they_are_numeric_entities_that_plotly_decodes()
    {
        var chart = Chart.Line([1, 2], [1.0, 2.0], title: "the \"best\" model's loss");

        Assert.Contains("the &#34;best&#34; model&#39;s loss", chart.FigureJson);
        Assert.DoesNotContain("&quot;", chart.FigureJson);
    }

    [Fact]
    public void When_a_chart_is_shown_as_text_then_it_says_what_it_is()
    {
        var chart = Chart.Line([1, 2, 3], [("loss", [0.9, 0.5, 0.3]), ("val_loss", [1.0, 0.7, 0.6])], "Loss");

        Assert.Equal("line chart \"Loss\" (2 series, 6 points)", chart.ToString());
    }

    [Fact]
    public void When_the_page_has_no_plotly_then_the_script_loads_the_pinned_version()
    {
        var html = Chart.Line([1, 2], [3.0, 4.0]).Html;

        Assert.Contains("if (window.Plotly)", html);
        Assert.Contains($"https://cdn.plot.ly/plotly-{PlotlyJs.Version}.min", html);
        Assert.Contains("requirejs.config", html);
    }

    static string Id(ChartView chart) => Regex.Match(chart.Html, "id=\"(plotly-chart-[0-9a-f]+)\"").Groups[1].Value;
}
