using static Microsoft.ML.TrainCatalogBase;
using static Notebooks.Kernel.Html.HtmlBuilder;

namespace Notebooks.Kernel.Formatters;

/// <summary>Cross-validation folds summarised per metric as mean ± standard deviation (sample, n − 1) over folds.</summary>
public static class CrossValidationFormatter
{
    public static IReadOnlyList<(string Name, double Mean, double StdDev)> Summarise<TMetrics>(IReadOnlyList<CrossValidationResult<TMetrics>> folds)
        where TMetrics : class
    {
        var perFold = folds.Select(f => MetricValues.Of(f.Metrics)).ToList();
        if (perFold.Count == 0) return [];
        return perFold[0].Select((metric, i) =>
        {
            var values = perFold.Select(f => f[i].Value).ToList();
            var mean = values.Average();
            var std = values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
            return (metric.Name, mean, std);
        }).ToList();
    }

    public static string ToHtml<TMetrics>(IReadOnlyList<CrossValidationResult<TMetrics>> folds) where TMetrics : class =>
        Table(["metric", "mean ± std", "folds"], Rows(folds), Caption(folds));

    public static string ToText<TMetrics>(IReadOnlyList<CrossValidationResult<TMetrics>> folds) where TMetrics : class =>
        Caption(folds) + Environment.NewLine + TextTable.Render(["metric", "mean ± std", "folds"], Rows(folds).Select(r => (IReadOnlyList<string>)r));

    static string Caption<TMetrics>(IReadOnlyList<CrossValidationResult<TMetrics>> folds) where TMetrics : class =>
        $"Cross-validation: {folds.Count} folds of {typeof(TMetrics).Name}";

    static IEnumerable<string[]> Rows<TMetrics>(IReadOnlyList<CrossValidationResult<TMetrics>> folds) where TMetrics : class
    {
        var perFold = folds.Select(f => MetricValues.Of(f.Metrics)).ToList();
        return Summarise(folds).Select((s, i) => new[]
        {
            s.Name, $"{ValueText.Number(s.Mean)} ± {ValueText.Number(s.StdDev)}",
            string.Join(", ", perFold.Select(f => ValueText.Number(f[i].Value))),
        });
    }
}
