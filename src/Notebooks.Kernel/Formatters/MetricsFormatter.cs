using Microsoft.ML.Data;
using static Notebooks.Kernel.Html.HtmlBuilder;

namespace Notebooks.Kernel.Formatters;

/// <summary>Binary, multiclass and regression metrics: a table of the headline numbers, then the details each kind has.</summary>
public static class MetricsFormatter
{
    public static string ToHtml(object metrics)
    {
        var title = Title(metrics);
        var html = Table(["metric", "value"], MetricValues.Of(metrics).Select(m => new[] { m.Name, ValueText.Number(m.Value) }), title);
        html += metrics switch
        {
            BinaryClassificationMetrics b => ConfusionMatrixView.ToHtml(b.ConfusionMatrix, ConfusionMatrixView.DefaultLabels(b.ConfusionMatrix, binary: true)),
            MulticlassClassificationMetrics m => PerClassLogLossHtml(m) + ConfusionMatrixView.ToHtml(m.ConfusionMatrix, ConfusionMatrixView.DefaultLabels(m.ConfusionMatrix, binary: false)),
            _ => "",
        };
        return Element("div", html);
    }

    public static string ToText(object metrics)
    {
        var text = Title(metrics) + Environment.NewLine +
                   TextTable.Render(["metric", "value"], MetricValues.Of(metrics).Select(m => (IReadOnlyList<string>)[m.Name, ValueText.Number(m.Value)]));
        return text + metrics switch
        {
            BinaryClassificationMetrics b => ConfusionMatrixView.ToText(b.ConfusionMatrix, ConfusionMatrixView.DefaultLabels(b.ConfusionMatrix, binary: true)),
            MulticlassClassificationMetrics m => PerClassLogLossText(m) + ConfusionMatrixView.ToText(m.ConfusionMatrix, ConfusionMatrixView.DefaultLabels(m.ConfusionMatrix, binary: false)),
            _ => "",
        };
    }

    static string Title(object metrics) => metrics switch
    {
        BinaryClassificationMetrics => "Binary classification",
        MulticlassClassificationMetrics => "Multiclass classification",
        RegressionMetrics => "Regression",
        _ => metrics.GetType().Name,
    };

    static IEnumerable<string[]> PerClassLogLoss(MulticlassClassificationMetrics m) =>
        m.PerClassLogLoss.Select((loss, i) => new[] { i.ToString(), ValueText.Number(loss) });

    static string PerClassLogLossHtml(MulticlassClassificationMetrics m) => Table(["class", "log-loss"], PerClassLogLoss(m), "Per-class log-loss");

    static string PerClassLogLossText(MulticlassClassificationMetrics m) =>
        "Per-class log-loss" + Environment.NewLine + TextTable.Render(["class", "log-loss"], PerClassLogLoss(m));
}
