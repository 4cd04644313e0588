using System.Net;

namespace Notebooks.Kernel.Charts;

/// <summary>Checks chart input with messages that name the chart, the series and the problem; encodes text.</summary>
static class ChartInput
{
    /// <summary>Past this many numbers a chart's HTML gets too heavy for a notebook; sample or aggregate first.</summary>
    public const int MaxValues = 1_000_000;

    /// <summary>
    /// plotly.js renders a small HTML subset in titles and labels: encode so data shows as typed. It decodes only
    /// a few named entities (&amp;lt; &amp;gt; &amp;amp;) plus numeric ones, so quotes must be numeric to show as quotes.
    /// </summary>
    public static string Text(string? text) =>
        WebUtility.HtmlEncode(text ?? "").Replace("&quot;", "&#34;", StringComparison.Ordinal);

    public static string[] Texts(IEnumerable<string> texts) => texts.Select(Text).ToArray();

    public static double[] Values(string chart, string what, IReadOnlyList<double>? values, int? expectedCount = null, string? countOf = null)
    {
        if (values is null)
            throw new ArgumentNullException(what, $"{chart}: {what} is null.");
        if (expectedCount is { } n && values.Count != n)
            throw new ArgumentException($"{chart}: {what} has {values.Count} values but {countOf} has {n}.", what);
        return values.ToArray();
    }

    public static void NotEmpty<T>(string chart, string what, IReadOnlyCollection<T>? items)
    {
        if (items is null || items.Count == 0)
            throw new ArgumentException($"{chart}: {what} is empty; give at least one.", what);
    }

    public static void Bounded(string chart, long count)
    {
        if (count > MaxValues)
            throw new ArgumentException(
                $"{chart}: {count:N0} values is more than a notebook chart should carry ({MaxValues:N0}); sample or aggregate the data first.");
    }
}
