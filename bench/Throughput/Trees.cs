using System.Diagnostics;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Throughput;

/// <summary>
/// ML.NET's FastForest and FastTree on the breast-cancer split, with the settings bench/python/trees.py gives
/// scikit-learn's RandomForest and GradientBoosting: 100 trees of at most 20 leaves, at least 10 rows a leaf;
/// the forest samples 70% of rows per tree and 70% of features per split; boosting steps 0.2.
/// Fit time is the median of the timed fits after a warm-up fit; AUC is on the test rows.
/// </summary>
public static class Trees
{
    public sealed record Result(string Model, string Framework, double FitSeconds, double TestAuc, int Fits, int Threads)
    {
        public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
    }

    sealed class Row
    {
        [VectorType(30)] public float[] Features { get; set; } = [];
        public bool Label { get; set; }
    }

    public static IEnumerable<Result> Run(string dataFolder, int threads, int timedFits)
    {
        var data = BenchData.BreastCancer(dataFolder);
        var ml = new MLContext(seed: 0);
        var train = ml.Data.Cache(ml.Data.LoadFromEnumerable(data.TrainX.Zip(data.TrainY, (x, y) => new Row { Features = x, Label = y })));
        var test = ml.Data.LoadFromEnumerable(data.TestX.Zip(data.TestY, (x, y) => new Row { Features = x, Label = y }));

        var forest = () => ml.BinaryClassification.Trainers.FastForest(new FastForestBinaryTrainer.Options
        {
            NumberOfTrees = 100, NumberOfLeaves = 20, MinimumExampleCountPerLeaf = 10,
            BaggingSize = 1, BaggingExampleFraction = 0.7, FeatureFraction = 1.0, FeatureFractionPerSplit = 0.7,
            NumberOfThreads = threads, Seed = 0,
        });
        var boosted = () => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 100, NumberOfLeaves = 20, MinimumExampleCountPerLeaf = 10, LearningRate = 0.2,
            NumberOfThreads = threads, Seed = 0,
        });
        yield return Measure("random forest", "ML.NET FastForest", () => forest().Fit(train));
        yield return Measure("gradient boosting", "ML.NET FastTree", () => boosted().Fit(train));

        Result Measure(string model, string framework, Func<ITransformer> fit)
        {
            fit();
            var seconds = new double[timedFits];
            ITransformer? fitted = null;
            for (var i = 0; i < timedFits; i++)
            {
                var clock = Stopwatch.StartNew();
                fitted = fit();
                seconds[i] = clock.Elapsed.TotalSeconds;
            }
            var scores = fitted!.Transform(test).GetColumn<float>("Score").ToArray();
            return new(model, framework, Measurement.Median(seconds), Auc(scores, data.TestY), timedFits, threads);
        }
    }

    /// <summary>Area under the ROC curve as the Mann–Whitney statistic, ties counted half (as scikit-learn's roc_auc_score).</summary>
    public static double Auc(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var ranks = new double[scores.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]]) end++;
            for (var k = start; k <= end; k++) ranks[order[k]] = (start + end) / 2.0 + 1;
            start = end + 1;
        }
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var positiveRanks = Enumerable.Range(0, labels.Count).Where(i => labels[i]).Sum(i => ranks[i]);
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
