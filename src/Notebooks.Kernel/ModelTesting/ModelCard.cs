using System.Text;
using System.Text.RegularExpressions;

namespace Notebooks.Kernel.ModelTesting;

/// <summary>
/// A model card (Mitchell et al. 2019) as markdown: what the model is for, the data, the measured metrics, the
/// per-slice results and the known limits. Every value is escaped, so text from data cannot inject HTML or
/// break the markdown when the card is rendered.
/// </summary>
public sealed record ModelCard(
    string Name, string IntendedUse, string Data,
    IReadOnlyDictionary<string, double> Metrics, IReadOnlyList<SliceScore> Slices, IReadOnlyList<string> Limits)
{
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine($"# Model card: {Escape(Name)}").AppendLine();
        md.AppendLine("## Intended use").AppendLine().AppendLine(Escape(IntendedUse)).AppendLine();
        md.AppendLine("## Data").AppendLine().AppendLine(Escape(Data)).AppendLine();
        md.AppendLine("## Metrics (held-out test set)").AppendLine().AppendLine("| metric | value |").AppendLine("|---|---|");
        foreach (var (metric, value) in Metrics)
            md.AppendLine($"| {Escape(metric)} | {value:F3} |");
        md.AppendLine().AppendLine("## Slices").AppendLine().AppendLine("| slice | examples | accuracy |").AppendLine("|---|---|---|");
        foreach (var slice in Slices)
            md.AppendLine($"| {Escape(slice.Slice)} | {slice.Count} | {slice.Accuracy:F3} |");
        md.AppendLine().AppendLine("## Limits").AppendLine();
        foreach (var limit in Limits)
            md.AppendLine($"- {Escape(limit)}");
        return md.ToString();
    }

    public override string ToString() => ToMarkdown();

    /// <summary>HTML-encodes &amp; &lt; &gt; " and backslash-escapes the markdown characters that could start
    /// a link, emphasis, code or a table cell.</summary>
    public static string Escape(string text)
    {
        var html = text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
        var markdown = Regex.Replace(html, @"([\\`*_\[\]|#!])", @"\$1");
        return markdown.ReplaceLineEndings(" ");
    }
}
