using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Notebooks.Engine.Reports;

/// <summary>Markdown to HTML with raw HTML shown as text and script-bearing link targets removed.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            if (!IsSafeUrl(link.Url)) link.Url = "#";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!link.IsEmail && !IsSafeUrl(link.Url)) link.Url = "#";
        return document.ToHtml(Pipeline);
    }

    /// <summary>Relative links, anchors, http(s), mailto and inline images pass; javascript:, vbscript:, data:text/html do not.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0 || compact.IndexOfAny(['/', '?', '#']) is var stop and >= 0 && stop < colon) return true;
        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto"
            || (scheme == "data" && compact.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)
                && !compact.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase));
    }
}
