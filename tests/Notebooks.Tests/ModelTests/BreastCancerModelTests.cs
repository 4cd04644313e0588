using Microsoft.ML;
using Microsoft.ML.Data;
using Notebooks.Kernel.Cleaning;
using Notebooks.Kernel.Data;
using Notebooks.Kernel.ModelTesting;

namespace Notebooks.Tests.ModelTests;

/// <summary>
/// Lesson 05's model tests as CI runs them: the tumour model is trained the way the notebook trains it and must
/// clear the quality bar, every slice, the behaviour tests and the stored baseline (notebooks/baselines/).
/// </summary>
public class BreastCancerModelTests
{
    public sealed class Tumour
    {
        [VectorType(30)] public float[] Features { get; set; } = [];
        public bool Label { get; set; }
    }

    public sealed class TumourPrediction
    {
        public bool PredictedLabel { get; set; }
        public float Probability { get; set; }
    }

    sealed record Trained(Tumour[] Test, PredictionEngine<Tumour, TumourPrediction> Engine, CalibratedBinaryClassificationMetrics Metrics, string[] Measurements)
    {
        public float Probability(float[] x) { lock (Engine) return Engine.Predict(new Tumour { Features = x }).Probability; }
    }

    static readonly Lazy<Trained> Model = new(Train);

    static Trained Train()
    {
        var frame = Datasets.Load("breast-cancer");
        var split = Splits.Stratified(frame, "malignant", validation: 0.2, test: 0.2, seed: 42);
        var measurements = frame.Columns.Select(c => c.Name).Where(n => n != "malignant").ToArray();
        Tumour[] Rows(Microsoft.Data.Analysis.DataFrame f) => Enumerable.Range(0, (int)f.Rows.Count).Select(i => new Tumour
        {
            Features = measurements.Select(m => Convert.ToSingle(f[m][i])).ToArray(),
            Label = (bool)f["malignant"][i],
        }).ToArray();
        var (train, test) = (Rows(split.Train), Rows(split.Test));
        var ml = new MLContext(42);
        var model = ml.Transforms.NormalizeMeanVariance("Features")
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression("Label"))
            .Fit(ml.Data.LoadFromEnumerable(train));
        var metrics = ml.BinaryClassification.Evaluate(model.Transform(ml.Data.LoadFromEnumerable(test)));
        return new Trained(test, ml.Model.CreatePredictionEngine<Tumour, TumourPrediction>(model), metrics, measurements);
    }

    [Fact]
    public void When_tested_on_held_out_tumours_then_it_clears_the_quality_bar()
    {
        var m = Model.Value.Metrics;
        Assert.True(m.Accuracy >= 0.95 && m.AreaUnderRocCurve >= 0.98, $"accuracy {m.Accuracy:F3}, AUC {m.AreaUnderRocCurve:F3}");
    }

    [Fact]
    public void When_sliced_by_class_and_size_then_no_slice_falls_below_85_percent()
    {
        var model = Model.Value;
        var radius = Array.IndexOf(model.Measurements, "mean radius");
        var correct = model.Test.Select(t => model.Engine.Predict(t).PredictedLabel == t.Label).ToArray();
        var slices = SliceMetrics.Accuracy(model.Test.Select(t => t.Label ? "malignant" : "benign").ToArray(), correct)
            .Concat(SliceMetrics.Accuracy(model.Test.Select(t => t.Features[radius] switch { < 12 => "small", < 16 => "medium", _ => "large" }).ToArray(), correct));
        Assert.All(slices, slice => Assert.True(slice.Accuracy >= 0.85, slice.ToString()));
    }

    [Fact]
    public void When_measurements_get_tiny_noise_then_answers_stay_and_larger_tumours_never_look_safer()
    {
        var model = Model.Value;
        IReadOnlyList<float[]> inputs = model.Test.Select(t => t.Features).ToArray();
        var random = new Random(42);
        var noisy = BehaviourTests.Invariance("noise", inputs,
            x => x.Select(v => v * (1 + 0.005f * (2 * random.NextSingle() - 1))).ToArray(), x => model.Probability(x) > 0.5);
        var sizes = new[] { "worst radius", "worst perimeter", "worst area" }.Select(n => Array.IndexOf(model.Measurements, n)).ToArray();
        var larger = BehaviourTests.Directional("larger", inputs, x => { foreach (var c in sizes) x[c] *= 1.1f; return x; }, x => model.Probability(x));
        Assert.True(noisy.PassRate >= 0.97, noisy.ToString());
        Assert.True(larger.Failed == 0, larger.ToString());
    }

    [Fact]
    public void When_compared_with_the_stored_baseline_then_nothing_regressed()
    {
        var path = Path.Combine(DataFolder.Locate(), "..", "notebooks", "baselines", "05-breast-cancer.json");
        var m = Model.Value.Metrics;
        var current = new Dictionary<string, double> { ["accuracy"] = m.Accuracy, ["auc"] = m.AreaUnderRocCurve, ["recall_malignant"] = m.PositiveRecall };
        var baseline = MetricBaseline.Load(path).Where(kv => current.ContainsKey(kv.Key)).ToDictionary();
        Assert.Equal(3, baseline.Count);
        Assert.Empty(MetricBaseline.Regressions(current, baseline, tolerance: 0.01));
    }
}
