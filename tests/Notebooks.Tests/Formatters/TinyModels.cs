using Microsoft.ML;
using Microsoft.ML.Data;
using static Microsoft.ML.TrainCatalogBase;

namespace Notebooks.Tests.Formatters;

/// <summary>
/// Real ML.NET metrics (their constructors are internal) from fast SDCA trainers on a few deterministic rows,
/// each from a fresh context seeded 1 so the same call always gives the same numbers.
/// </summary>
public static class TinyModels
{
    public sealed class Row
    {
        public float X1 { get; set; }
        public float X2 { get; set; }
        public bool IsHigh { get; set; }
        public string Kind { get; set; } = "";
        public float Target { get; set; }
    }

    static IDataView Data(MLContext ml)
    {
        var rows = Enumerable.Range(0, 60).Select(i =>
        {
            float x1 = i % 7, x2 = i % 5;
            return new Row
            {
                X1 = x1, X2 = x2,
                IsHigh = x1 + x2 + (i % 3 == 0 ? 2 : 0) > 6,
                Kind = (x1 + x2) switch { < 3 => "low", < 7 => "mid", _ => "high" },
                Target = 2 * x1 - x2 + i % 2,
            };
        });
        return ml.Data.LoadFromEnumerable(rows);
    }

    static IEstimator<ITransformer> Features(MLContext ml) => ml.Transforms.Concatenate("Features", nameof(Row.X1), nameof(Row.X2));

    static IEstimator<ITransformer> BinaryPipeline(MLContext ml) =>
        Features(ml).Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(nameof(Row.IsHigh), maximumNumberOfIterations: 20));

    static IEstimator<ITransformer> MulticlassPipeline(MLContext ml) =>
        Features(ml).Append(ml.Transforms.Conversion.MapValueToKey("Label", nameof(Row.Kind)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 20));

    static IEstimator<ITransformer> RegressionPipeline(MLContext ml) =>
        Features(ml).Append(ml.Regression.Trainers.Sdca(nameof(Row.Target), maximumNumberOfIterations: 20));

    public static CalibratedBinaryClassificationMetrics Binary()
    {
        var ml = new MLContext(seed: 1);
        var data = Data(ml);
        return ml.BinaryClassification.Evaluate(BinaryPipeline(ml).Fit(data).Transform(data), nameof(Row.IsHigh));
    }

    public static MulticlassClassificationMetrics Multiclass()
    {
        var ml = new MLContext(seed: 1);
        var data = Data(ml);
        return ml.MulticlassClassification.Evaluate(MulticlassPipeline(ml).Fit(data).Transform(data));
    }

    public static RegressionMetrics Regression()
    {
        var ml = new MLContext(seed: 1);
        var data = Data(ml);
        return ml.Regression.Evaluate(RegressionPipeline(ml).Fit(data).Transform(data), nameof(Row.Target));
    }

    public static IReadOnlyList<CrossValidationResult<RegressionMetrics>> RegressionFolds() => RegressionFolds(new MLContext(seed: 1));

    static IReadOnlyList<CrossValidationResult<RegressionMetrics>> RegressionFolds(MLContext ml) =>
        ml.Regression.CrossValidate(Data(ml), RegressionPipeline(ml), numberOfFolds: 3, labelColumnName: nameof(Row.Target));

    public static IReadOnlyList<CrossValidationResult<CalibratedBinaryClassificationMetrics>> BinaryFolds() => BinaryFolds(new MLContext(seed: 1));

    static IReadOnlyList<CrossValidationResult<CalibratedBinaryClassificationMetrics>> BinaryFolds(MLContext ml) =>
        ml.BinaryClassification.CrossValidate(Data(ml), BinaryPipeline(ml), numberOfFolds: 3, labelColumnName: nameof(Row.IsHigh));
}
