using System.Text;
using System.Text.RegularExpressions;

namespace Notebooks.Engine.Reports;

/// <summary>Text clean-up shared by the reports: colour codes and characters XML cannot carry.</summary>
public static partial class ReportText
{
    [GeneratedRegex(@"\x1B(\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1B]*(\x07|\x1B\\)|[@-Z\\-_])")]
    private static partial Regex AnsiEscape();

    public static string StripAnsi(string text) => AnsiEscape().Replace(text, "");

    /// <summary>Drops ANSI codes, control characters other than tab/newline, and lone surrogates (invalid in XML 1.0).</summary>
    public static string ForXml(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var clean = StripAnsi(text);
        var sb = new StringBuilder(clean.Length);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (char.IsHighSurrogate(c) && i + 1 < clean.Length && char.IsLowSurrogate(clean[i + 1]))
            {
                sb.Append(c).Append(clean[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Seconds with millisecond precision, invariant culture ("1.234").</summary>
    public static string Seconds(TimeSpan duration) =>
        Math.Round(duration.TotalSeconds, 3).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The notebook's folder with forward slashes, "." for none: a stable grouping name.</summary>
    public static string Folder(string notebookPath)
    {
        var folder = Path.GetDirectoryName(notebookPath.Replace('\\', '/'))?.Replace('\\', '/');
        return string.IsNullOrEmpty(folder) ? "." : folder;
    }

    public static string FileName(string notebookPath) => Path.GetFileName(notebookPath.Replace('\\', '/'));
}
