using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using static Notebooks.Kernel.Tuning.Draw;

namespace Notebooks.Kernel.Tuning;

/// <summary>
/// The ML.NET binary classifiers an AutoML-style search picks from, each with the hyperparameters that matter
/// most and ranges wide enough to hold both bad and good settings. SDCA, L-BFGS and LightGBM run on one thread:
/// several make them depend on timing, and the search must repeat for a seed. The tree trainers give the same
/// trees for any count, and ML.NET takes theirs from the first tree trainer in the process (see
/// <see cref="TreeThreads"/>), so they ask for the fast count; MemoryStatistics off spares each fit a forced
/// full garbage collection (the model is the same).
/// </summary>
public static class BinaryTrainers
{
    public static IReadOnlyList<TrainerChoice> All(string label = "Label", string features = "Features") =>
    [
        SdcaLogisticRegression(label, features), LbfgsLogisticRegression(label, features),
        FastTree(label, features), FastForest(label, features), LightGbm(label, features),
    ];

    public static TrainerChoice SdcaLogisticRegression(string label = "Label", string features = "Features") => new(
        "SdcaLogisticRegression",
        r => [new("l2", LogUniform(r, 1e-5, 1)), new("l1", LogUniform(r, 1e-5, 1)), new("iterations", LogUniformInt(r, 5, 200))],
        (ml, h) => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = label, FeatureColumnName = features, NumberOfThreads = 1,
            L2Regularization = (float)h[0].Value, L1Regularization = (float)h[1].Value, MaximumNumberOfIterations = (int)h[2].Value,
        }));

    public static TrainerChoice LbfgsLogisticRegression(string label = "Label", string features = "Features") => new(
        "LbfgsLogisticRegression",
        r => [new("l2", LogUniform(r, 1e-5, 10)), new("l1", LogUniform(r, 1e-5, 10))],
        (ml, h) => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = label, FeatureColumnName = features, NumberOfThreads = 1,
            L2Regularization = (float)h[0].Value, L1Regularization = (float)h[1].Value,
        }));

    public static TrainerChoice FastTree(string label = "Label", string features = "Features") => new(
        "FastTree",
        r => [Leaves(r), Trees(r), MinPerLeaf(r), new("learningRate", LogUniform(r, 0.01, 0.5))],
        (ml, h) => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = label, FeatureColumnName = features, NumberOfThreads = TreeThreads.Preferred, MemoryStatistics = false,
            NumberOfLeaves = (int)h[0].Value, NumberOfTrees = (int)h[1].Value,
            MinimumExampleCountPerLeaf = (int)h[2].Value, LearningRate = h[3].Value,
        }));

    public static TrainerChoice FastForest(string label = "Label", string features = "Features") => new(
        "FastForest",
        r => [Leaves(r), Trees(r), MinPerLeaf(r)],
        (ml, h) => ml.BinaryClassification.Trainers.FastForest(new FastForestBinaryTrainer.Options
        {
            LabelColumnName = label, FeatureColumnName = features, NumberOfThreads = TreeThreads.Preferred, MemoryStatistics = false,
            NumberOfLeaves = (int)h[0].Value, NumberOfTrees = (int)h[1].Value, MinimumExampleCountPerLeaf = (int)h[2].Value,
        }));

    public static TrainerChoice LightGbm(string label = "Label", string features = "Features") => new(
        "LightGbm",
        r => [Leaves(r), new("iterations", LogUniformInt(r, 20, 300)), MinPerLeaf(r), new("learningRate", LogUniform(r, 0.01, 0.5))],
        (ml, h) => ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = label, FeatureColumnName = features, NumberOfThreads = 1, Seed = 1,
            NumberOfLeaves = (int)h[0].Value, NumberOfIterations = (int)h[1].Value,
            MinimumExampleCountPerLeaf = (int)h[2].Value, LearningRate = h[3].Value,
        }));

    static Hyperparameter Leaves(Random r) => new("leaves", LogUniformInt(r, 4, 64));
    static Hyperparameter Trees(Random r) => new("trees", LogUniformInt(r, 20, 300));
    static Hyperparameter MinPerLeaf(Random r) => new("minPerLeaf", LogUniformInt(r, 2, 50));
}
