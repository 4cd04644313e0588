using System.Globalization;
using Notebooks.Kernel.Formatters;
using Notebooks.Kernel.Html;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Training;

/// <summary>
/// How often each true class was predicted as each class, for any classifier (a TorchSharp network's logits,
/// or plain class indices). Shown as the same heat-map table as ML.NET's confusion matrix; past
/// <see cref="MaxShownClasses"/> classes only the most confused pairs are listed, so the view stays bounded.
/// </summary>
public sealed class ConfusionTable
{
    public const int MaxShownClasses = 30;
    const int MaxLabelLength = 20;

    readonly int[,] counts;

    ConfusionTable(int[,] counts, IReadOnlyList<string> labels) => (this.counts, Labels) = (counts, labels);

    public IReadOnlyList<string> Labels { get; }
    public int Classes => Labels.Count;
    public int Total => counts.Cast<int>().Sum();
    public int Correct => Enumerable.Range(0, Classes).Sum(c => counts[c, c]);
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>How many rows of class <paramref name="truth"/> were predicted as <paramref name="predicted"/>.</summary>
    public int Count(int truth, int predicted) => counts[truth, predicted];

    /// <summary>Share of the class's rows predicted as it; 0 for a class with no rows.</summary>
    public double Recall(int c) => Share(counts[c, c], Enumerable.Range(0, Classes).Sum(p => counts[c, p]));

    /// <summary>Share of the rows predicted as the class that really are it; 0 when nothing was predicted as it.</summary>
    public double Precision(int c) => Share(counts[c, c], Enumerable.Range(0, Classes).Sum(t => counts[t, c]));

    /// <summary>The off-diagonal cells with the most rows, largest first (ties: lower truth, then lower prediction).</summary>
    public IReadOnlyList<(int Truth, int Predicted, int Count)> MostConfused(int top = 5) =>
        (from t in Enumerable.Range(0, Classes)
         from p in Enumerable.Range(0, Classes)
         where t != p && counts[t, p] > 0
         orderby counts[t, p] descending, t, p
         select (t, p, counts[t, p])).Take(top).ToList();

    /// <summary>From class indices; labels name the classes (default "0", "1", …, one per class seen).</summary>
    public static ConfusionTable Of(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count)
            throw new ArgumentException($"ConfusionTable.Of: {truth.Count} true classes but {predicted.Count} predictions; give one prediction per row.");
        var names = labels ?? DefaultLabels(truth.Concat(predicted).DefaultIfEmpty(0).Max() + 1);
        if (names.Count == 0) throw new ArgumentException("ConfusionTable.Of: labels is empty; give one label per class.", nameof(labels));
        var counts = new int[names.Count, names.Count];
        for (var row = 0; row < truth.Count; row++)
        {
            Check(row, "true class", truth[row], names.Count);
            Check(row, "predicted class", predicted[row], names.Count);
            counts[truth[row], predicted[row]]++;
        }
        return new ConfusionTable(counts, names.ToList());
    }

    /// <summary>From a network's output: N×C scores (the highest is the prediction) or N predicted indices; N true labels.</summary>
    public static ConfusionTable FromTensors(Tensor predictions, Tensor labels, IReadOnlyList<string>? classNames = null)
    {
        if (predictions.dim() is not (1 or 2))
            throw new ArgumentException($"ConfusionTable.FromTensors: predictions must be N×C scores or N class indices; got shape [{string.Join(", ", predictions.shape)}].", nameof(predictions));
        using var scope = NewDisposeScope();
        var predicted = (predictions.dim() == 2 ? predictions.argmax(1) : predictions).detach().cpu().to_type(ScalarType.Int32).data<int>().ToArray();
        var truth = labels.detach().flatten().cpu().to_type(ScalarType.Int32).data<int>().ToArray();
        var names = classNames ?? (predictions.dim() == 2 ? DefaultLabels((int)predictions.shape[1]) : null);
        return Of(truth, predicted, names);
    }

    static void Check(int row, string what, int value, int classes)
    {
        if (value < 0 || value >= classes)
            throw new ArgumentOutOfRangeException(what, value, $"ConfusionTable.Of: row {row} has {what} {value}, but there are {classes} classes (0–{classes - 1}).");
    }

    static IReadOnlyList<string> DefaultLabels(int classes) =>
        Enumerable.Range(0, classes).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();

    static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    IReadOnlyList<IReadOnlyList<double>> Rows => Enumerable.Range(0, Classes)
        .Select(t => (IReadOnlyList<double>)Enumerable.Range(0, Classes).Select(p => (double)counts[t, p]).ToList()).ToList();
    IReadOnlyList<double> Recalls => Enumerable.Range(0, Classes).Select(Recall).ToList();
    IReadOnlyList<double> Precisions => Enumerable.Range(0, Classes).Select(Precision).ToList();
    IReadOnlyList<string> ShortLabels => Labels.Select(l => HtmlBuilder.Truncate(l, MaxLabelLength)).ToList();

    string Summary => $"{ValueText.Count(Total)} rows, {Classes} classes, accuracy {ValueText.Number(Accuracy)}";

    IEnumerable<string> ConfusedLines => MostConfused(10).Select(c =>
        $"{ShortLabels[c.Truth]} predicted as {ShortLabels[c.Predicted]}: {ValueText.Count(c.Count)}");

    public string ToHtml() => Classes <= MaxShownClasses
        ? HtmlBuilder.Element("div", HtmlBuilder.TextElement("p", Summary) + ConfusionMatrixView.ToHtml(Rows, Recalls, Precisions, ShortLabels))
        : HtmlBuilder.Element("div", HtmlBuilder.TextElement("p", $"{Summary}; too many classes to draw, the most confused pairs:") +
                                     HtmlBuilder.Element("ul", string.Concat(ConfusedLines.Select(l => HtmlBuilder.TextElement("li", l)))));

    public string ToText() => Classes <= MaxShownClasses
        ? Summary + Environment.NewLine + ConfusionMatrixView.ToText(Rows, Recalls, Precisions, ShortLabels)
        : $"{Summary}; too many classes to draw, the most confused pairs:" + Environment.NewLine + string.Join(Environment.NewLine, ConfusedLines);

    public override string ToString() => $"ConfusionTable: {Summary}";
}
