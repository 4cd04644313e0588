using System.Text.RegularExpressions;

namespace Notebooks.Engine.Reports;

/// <summary>
/// Rewrites what legitimately changes between two runs of the same cell (times, durations, GUIDs, random
/// element ids, memory addresses, line endings, trailing spaces) to fixed placeholders before comparing.
/// </summary>
public static partial class OutputNormalizer
{
    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b|\b[0-9a-f]{32}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\bid\s*=\s*([""'])([^""'<>]+)\1", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"\b0x[0-9a-fA-F]{4,16}\b")]
    private static partial Regex Address();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s?(?:ns|µs|μs|us|ms|s|sec|secs|seconds?|min|mins|minutes?)\b")]
    private static partial Regex Duration();

    [GeneratedRegex(@"[ \t]+(?=\n|$)")]
    private static partial Regex TrailingSpace();

    public static string Normalize(string text)
    {
        var s = text.Replace("\r\n", "\n").Replace('\r', '\n');
        s = ReportText.StripAnsi(s);
        s = Guid().Replace(s, "<guid>");
        s = ReplaceRandomIds(s);
        s = Address().Replace(s, "0x<address>");
        s = IsoDate().Replace(s, "<datetime>");
        s = ClockTime().Replace(s, "<time>");
        s = Duration().Replace(s, "<duration>");
        s = TrailingSpace().Replace(s, "");
        return s.TrimEnd('\n');
    }

    /// <summary>
    /// Random-looking id="..." values become &lt;id-1&gt;, &lt;id-2&gt;… by first appearance, everywhere they occur,
    /// so a script that refers to the element (getElementById, Plotly.newPlot) still lines up.
    /// </summary>
    private static string ReplaceRandomIds(string text)
    {
        var ids = IdAttribute().Matches(text).Select(m => m.Groups[2].Value).Where(LooksRandom).Distinct().ToList();
        for (var i = 0; i < ids.Count; i++)
            text = text.Replace(ids[i], $"<id-{i + 1}>", StringComparison.Ordinal);
        return text;
    }

    /// <summary>A generated id flips between letters and digits often ("a3f9c2e1", "plot_8f2k1x9q") or is long hex;
    /// "chart", "cell-2" and "layer12" are names a person chose.</summary>
    public static bool LooksRandom(string id) =>
        id.Split(['-', '_', '.', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Any(part => part.All(char.IsAsciiLetterOrDigit) && part.Length >= 6 && Flips(part) >= 3
                || part.Length >= 8 && part.All(char.IsAsciiHexDigit) && part.Any(char.IsAsciiDigit));

    private static int Flips(string part) =>
        part.Zip(part.Skip(1)).Count(p => char.IsAsciiDigit(p.First) != char.IsAsciiDigit(p.Second));
}
