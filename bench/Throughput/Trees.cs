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
/// Fit time is the median of the timed fits after a warm-up fit, on an in-memory cached view (scikit-learn's side
/// times .fit on numpy arrays); AUC is on the test rows.
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

    // MemoryStatistics (on by default) only logs, but it forces a full garbage collection in every fit: in a process
    // with a big heap, a notebook kernel's, that costs more than the trees. The trees are the same without it.
    static FastForestBinaryTrainer.Options Forest(int threads) => new()
    {
        NumberOfTrees = 100, NumberOfLeaves = 20, MinimumExampleCountPerLeaf = 10,
        BaggingSize = 1, BaggingExampleFraction = 0.7, FeatureFraction = 1.0, FeatureFractionPerSplit = 0.7,
        NumberOfThreads = threads, Seed = 0, MemoryStatistics = false,
    };

    static FastTreeBinaryTrainer.Options Boosted(int threads) => new()
    {
        NumberOfTrees = 100, NumberOfLeaves = 20, MinimumExampleCountPerLeaf = 10, LearningRate = 0.2,
        NumberOfThreads = threads, Seed = 0, MemoryStatistics = false,
    };

    public static IEnumerable<Result> Run(string dataFolder, int threads, int timedFits)
    {
        var bench = new Bench(dataFolder);
        yield return bench.Measure("random forest", "ML.NET FastForest", ml => ml.BinaryClassification.Trainers.FastForest(Forest(threads)), threads, timedFits);
        yield return bench.Measure("gradient boosting", "ML.NET FastTree", ml => ml.BinaryClassification.Trainers.FastTree(Boosted(threads)), threads, timedFits);
    }

    /// <summary>
    /// The forest fitted in the process that has just trained the digits CNN with the project's Trainer, as lessons
    /// 03, 06 and 07 do in one kernel: the row that shows whether TorchSharp leaves anything behind that slows ML.NET.
    /// </summary>
    public static Result AfterTorch(string dataFolder, int threads, int timedFits, int epochs)
    {
        var helper = new HelperLoop(Workload.All(dataFolder).Single(w => w.Name == "digits CNN"));
        for (var i = 0; i < epochs; i++) helper.Epoch();
        return new Bench(dataFolder).Measure("random forest", "ML.NET FastForest after TorchSharp training (same process)",
            ml => ml.BinaryClassification.Trainers.FastForest(Forest(threads)), threads, timedFits);
    }

    sealed class Bench(string dataFolder)
    {
        readonly BenchData.Split data = BenchData.BreastCancer(dataFolder);
        readonly MLContext ml = new(seed: 0);

        public Result Measure(string model, string framework, Func<MLContext, IEstimator<ITransformer>> trainer, int threads, int timedFits)
        {
            var train = ml.Data.Cache(ml.Data.LoadFromEnumerable(data.TrainX.Zip(data.TrainY, (x, y) => new Row { Features = x, Label = y })));
            var test = ml.Data.LoadFromEnumerable(data.TestX.Zip(data.TestY, (x, y) => new Row { Features = x, Label = y }));
            trainer(ml).Fit(train);
            var seconds = new double[timedFits];
            ITransformer? fitted = null;
            for (var i = 0; i < timedFits; i++)
            {
                var clock = Stopwatch.StartNew();
                fitted = trainer(ml).Fit(train);
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
