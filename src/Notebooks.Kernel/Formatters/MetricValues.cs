using Microsoft.ML.Data;

namespace Notebooks.Kernel.Formatters;

/// <summary>The headline numbers of an ML.NET metrics object, by name, in reading order.</summary>
public static class MetricValues
{
    public static IReadOnlyList<(string Name, double Value)> Of(object metrics) => metrics switch
    {
        CalibratedBinaryClassificationMetrics m => [.. Binary(m), ("Log-loss", m.LogLoss), ("Log-loss reduction", m.LogLossReduction), ("Entropy", m.Entropy)],
        BinaryClassificationMetrics m => Binary(m),
        MulticlassClassificationMetrics m =>
        [
            ("Micro accuracy", m.MicroAccuracy), ("Macro accuracy", m.MacroAccuracy),
            ("Log-loss", m.LogLoss), ("Log-loss reduction", m.LogLossReduction),
            .. m.TopKPredictionCount > 0 ? [($"Top-{m.TopKPredictionCount} accuracy", m.TopKAccuracy)] : Array.Empty<(string, double)>(),
        ],
        RegressionMetrics m =>
        [
            ("RMSE", m.RootMeanSquaredError), ("MAE", m.MeanAbsoluteError), ("MSE", m.MeanSquaredError),
            ("R²", m.RSquared), ("Loss", m.LossFunction),
        ],
        _ => throw new ArgumentException($"No metric list for {metrics.GetType().Name}; expected binary, multiclass or regression metrics.", nameof(metrics)),
    };

    static (string, double)[] Binary(BinaryClassificationMetrics m) =>
    [
        ("Accuracy", m.Accuracy), ("AUC", m.AreaUnderRocCurve), ("AUC-PR", m.AreaUnderPrecisionRecallCurve),
        ("F1", m.F1Score), ("Precision (positive)", m.PositivePrecision), ("Recall (positive)", m.PositiveRecall),
        ("Precision (negative)", m.NegativePrecision), ("Recall (negative)", m.NegativeRecall),
    ];
}
