using Xunit;
using System.Globalization;
using Microsoft.ML.Data;
using Notebooks.Kernel.Formatters;

namespace Notebooks.Tests.Formatters;

public class MetricsFormatterTests
{
    static string N(double x) => ValueText.Number(x);

    [Fact]
    public void When_binary_metrics_are_formatted_then_headline_numbers_and_confusion_counts_show()
    {
        var metrics = TinyModels.Binary();

        var html = MetricsFormatter.ToHtml(metrics);
        var text = MetricsFormatter.ToText(metrics);

        Assert.Contains($"<td>Accuracy</td><td>{N(metrics.Accuracy)}</td>", html);
        Assert.Contains($"<td>AUC</td><td>{N(metrics.AreaUnderRocCurve)}</td>", html);
        Assert.Contains($"<td>F1</td><td>{N(metrics.F1Score)}</td>", html);
        Assert.Contains($"<td>Log-loss</td><td>{N(metrics.LogLoss)}</td>", html);
        Assert.Contains("Confusion matrix", html);
        foreach (var count in metrics.ConfusionMatrix.Counts.SelectMany(r => r))
            Assert.Contains($">{count.ToString(CultureInfo.InvariantCulture)}</td>", html);
        Assert.Matches($@"Recall \(positive\)\s+{N(metrics.PositiveRecall)}", text);
    }

    [Fact]
    public void When_binary_matrix_is_shown_then_first_row_is_the_positive_class()
    {
        var metrics = TinyModels.Binary();
        var counts = metrics.ConfusionMatrix.Counts;

        // ML.NET's own table puts "positive" first; its positive recall must be row 0's diagonal share.
        Assert.Equal(metrics.PositiveRecall, counts[0][0] / counts[0].Sum(), 9);
        Assert.Matches(@"(?s)positive.*negative", MetricsFormatter.ToText(metrics));
    }

    [Fact]
    public void When_multiclass_metrics_are_formatted_then_per_class_log_loss_and_heat_map_show()
    {
        var metrics = TinyModels.Multiclass();

        var html = MetricsFormatter.ToHtml(metrics);

        Assert.Contains($"<td>Micro accuracy</td><td>{N(metrics.MicroAccuracy)}</td>", html);
        Assert.Contains($"<td>Macro accuracy</td><td>{N(metrics.MacroAccuracy)}</td>", html);
        Assert.Equal(3, metrics.PerClassLogLoss.Count);
        for (var i = 0; i < 3; i++)
            Assert.Contains($"<td>{i}</td><td>{N(metrics.PerClassLogLoss[i])}</td>", html);
        Assert.Equal(9, html.Split("background-color:rgb(").Length - 1);
    }

    [Fact]
    public void When_regression_metrics_are_formatted_then_rmse_mae_and_r_squared_show()
    {
        var metrics = TinyModels.Regression();

        var text = MetricsFormatter.ToText(metrics);

        Assert.Matches($@"RMSE\s+{N(metrics.RootMeanSquaredError)}", text);
        Assert.Matches($@"MAE\s+{N(metrics.MeanAbsoluteError)}", text);
        Assert.Matches($@"R²\s+{N(metrics.RSquared)}", text);
    }

    [Fact]
    public void When_cross_validation_folds_are_summarised_then_mean_and_sample_std_match_the_folds()
    {
        var folds = TinyModels.RegressionFolds();
        var rmse = folds.Select(f => f.Metrics.RootMeanSquaredError).ToList();
        var mean = rmse.Average();
        var std = Math.Sqrt(rmse.Sum(v => (v - mean) * (v - mean)) / (rmse.Count - 1));

        var summary = CrossValidationFormatter.Summarise(folds).Single(s => s.Name == "RMSE");
        var html = CrossValidationFormatter.ToHtml(folds);

        Assert.Equal(mean, summary.Mean, 12);
        Assert.Equal(std, summary.StdDev, 12);
        Assert.Contains($"<td>RMSE</td><td>{N(mean)} ± {N(std)}</td>", html);
        Assert.Contains("3 folds of RegressionMetrics", html);
    }

    [Fact]
    public void When_confusion_labels_hold_markup_then_the_heat_map_encodes_them()
    {
        var matrix = TinyModels.Binary().ConfusionMatrix;

        Hostile.AssertEncoded(ConfusionMatrixView.ToHtml(matrix, [Hostile.Script, "other"]));
    }

    [Fact]
    public void When_a_row_is_all_one_class_then_its_cell_is_darkest()
    {
        var matrix = TinyModels.Multiclass().ConfusionMatrix;

        var html = ConfusionMatrixView.ToHtml(matrix, ["a", "b", "c"]);

        var perfectRows = matrix.Counts.Count(r => r.Max() == r.Sum() && r.Sum() > 0);
        Assert.Equal(perfectRows, html.Split("rgb(8,48,107)").Length - 1);
    }
}

public class CrossValidationFormatterTests
{
    [Fact]
    public void When_binary_folds_are_summarised_then_every_binary_metric_gets_a_row()
    {
        var folds = TinyModels.BinaryFolds();

        var text = CrossValidationFormatter.ToText(folds);

        foreach (var name in new[] { "Accuracy", "AUC", "F1", "Log-loss" })
            Assert.Matches($@"(?m)^{name}\s+\S+ ± \S+\s+\S+, \S+, \S+$", text);
    }
}
