using Microsoft.DotNet.Interactive.Events;
using Xunit;

namespace Notebooks.Tests.Charts;

/// <summary>Formatter registrations are process-wide: tests that format through a kernel share one collection.</summary>
[Collection("Formatter")]
public class ChartsInKernelTests
{
    [Fact]
    public async Task When_a_cell_returns_a_chart_then_the_kernel_shows_html_with_the_chart_div_and_a_text_summary()
    {
        using var kernel = InProcessKernel.Create();

        var events = await kernel.Run("""Notebooks.Kernel.Charts.Chart.Line([1, 2, 3], [0.9, 0.5, 0.3], "Loss", "epoch", "loss")""");

        var value = Assert.Single(events.OfType<ReturnValueProduced>());
        var html = Assert.Single(value.FormattedValues, v => v.MimeType == "text/html").Value;
        Assert.Contains("<div class=\"plotly-chart\"", html);
        Assert.Contains("Plotly.newPlot", html);
        Assert.Equal("line chart \"Loss\" (1 series, 3 points)", Assert.Single(value.FormattedValues, v => v.MimeType == "text/plain").Value);
    }

    [Fact]
    public async Task When_training_progress_runs_in_a_cell_then_one_output_is_updated_in_place()
    {
        using var kernel = InProcessKernel.Create();

        var events = await kernel.Run("""
            var progress = new Notebooks.Kernel.Training.TrainingProgress(totalEpochs: 5);
            for (var epoch = 1; epoch <= 5; epoch++) progress.Log(epoch, ("loss", 1.0 / epoch));
            """);

        var shown = Assert.Single(events.OfType<DisplayedValueProduced>());
        var last = events.OfType<DisplayedValueUpdated>().Last();
        Assert.Equal(shown.ValueId, last.ValueId);
        var html = Assert.Single(last.FormattedValues, v => v.MimeType == "text/html").Value;
        Assert.Contains("epoch 5/5", html);
        Assert.Contains("<div class=\"plotly-chart\"", html);
    }
}
