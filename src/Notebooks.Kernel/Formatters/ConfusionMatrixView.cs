using System.Globalization;
using Microsoft.ML.Data;
using Notebooks.Kernel.Html;

namespace Notebooks.Kernel.Formatters;

/// <summary>
/// A confusion matrix as a heat-map table: rows are true classes, columns predicted ones, and each cell's blue
/// is its share of the row (the recall view), so a good model shows a dark diagonal.
/// </summary>
public static class ConfusionMatrixView
{
    public static IReadOnlyList<string> DefaultLabels(ConfusionMatrix matrix, bool binary) =>
        binary && matrix.NumberOfClasses == 2
            ? ["positive", "negative"]
            : Enumerable.Range(0, matrix.NumberOfClasses).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();

    public static string ToHtml(ConfusionMatrix matrix, IReadOnlyList<string> labels) =>
        ToHtml(matrix.Counts, matrix.PerClassRecall, matrix.PerClassPrecision, labels);

    /// <summary>counts[truth][predicted], for a matrix that did not come from ML.NET (e.g. <see cref="Training.ConfusionTable"/>).</summary>
    public static string ToHtml(IReadOnlyList<IReadOnlyList<double>> counts, IReadOnlyList<double> recall, IReadOnlyList<double> precision, IReadOnlyList<string> labels)
    {
        var headers = new List<HtmlCell> { "truth ╲ predicted" };
        headers.AddRange(labels.Select(l => new HtmlCell(l)));
        headers.Add("recall");
        var rows = counts.Select((row, i) =>
        {
            var total = row.Sum();
            var cells = new List<HtmlCell> { new(labels[i], "font-weight:bold") };
            cells.AddRange(row.Select(count => new HtmlCell(Count(count), Shade(total == 0 ? 0 : count / total))));
            cells.Add(ValueText.Number(recall[i]));
            return cells;
        }).ToList();
        rows.Add([new HtmlCell("precision", "font-weight:bold"), .. precision.Select(p => new HtmlCell(ValueText.Number(p))), ""]);
        return HtmlBuilder.Table(headers, rows, "Confusion matrix");
    }

    public static string ToText(ConfusionMatrix matrix, IReadOnlyList<string> labels) =>
        ToText(matrix.Counts, matrix.PerClassRecall, matrix.PerClassPrecision, labels);

    public static string ToText(IReadOnlyList<IReadOnlyList<double>> counts, IReadOnlyList<double> recall, IReadOnlyList<double> precision, IReadOnlyList<string> labels)
    {
        var headers = labels.Prepend("truth \\ predicted").Append("recall").ToList();
        var rows = counts.Select((row, i) =>
            (IReadOnlyList<string>)row.Select(Count).Prepend(labels[i]).Append(ValueText.Number(recall[i])).ToList()).ToList();
        rows.Add(precision.Select(ValueText.Number).Prepend("precision").Append("").ToList());
        return "Confusion matrix" + Environment.NewLine + TextTable.Render(headers, rows);
    }

    static string Count(double count) => count.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>White at 0, dark blue at 1; text turns white where the background gets dark.</summary>
    static string Shade(double share)
    {
        var s = Math.Clamp(share, 0, 1);
        int Mix(int from, int to) => (int)Math.Round(from + (to - from) * s);
        var text = s > 0.5 ? "#fff" : "#000";
        return $"background-color:rgb({Mix(255, 8)},{Mix(255, 48)},{Mix(255, 107)});color:{text};text-align:right";
    }
}
