using Notebooks.Kernel.ModelTesting;

namespace Notebooks.Tests.ModelTests;

public class MetricBaselineTests
{
    [Fact]
    public void When_saved_then_loaded_then_the_metrics_come_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"baseline-{Guid.NewGuid():N}", "metrics.json");
        MetricBaseline.Save(path, new Dictionary<string, double> { ["auc"] = 0.99, ["accuracy"] = 0.97 });
        Assert.Equal(new Dictionary<string, double> { ["accuracy"] = 0.97, ["auc"] = 0.99 }, MetricBaseline.Load(path));
    }

    [Fact]
    public void When_a_metric_drops_beyond_the_tolerance_then_it_is_a_regression()
    {
        var baseline = new Dictionary<string, double> { ["accuracy"] = 0.97, ["auc"] = 0.99, ["f1"] = 0.9 };
        var current = new Dictionary<string, double> { ["accuracy"] = 0.965, ["auc"] = 0.95 };
        Assert.Equal(["auc 0.950 < baseline 0.990 − 0.010", "f1 missing (baseline 0.900)"],
            MetricBaseline.Regressions(current, baseline, tolerance: 0.01));
    }

    [Fact]
    public void When_the_file_is_not_a_baseline_then_the_error_names_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-baseline-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"accuracy\": \"high\"}");
        var error = Assert.Throws<InvalidDataException>(() => MetricBaseline.Load(path));
        Assert.Contains(path, error.Message);
    }
}
