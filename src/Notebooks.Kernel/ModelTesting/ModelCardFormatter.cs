using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Kernel.ModelTesting;

/// <summary>A model card as a cell's value renders as markdown (VS Code, Jupyter and the runner's HTML all render
/// text/markdown), with the same markdown as text for front ends that show text.</summary>
public static class ModelCardFormatter
{
    public const string MarkdownMimeType = "text/markdown";

    public static void Register()
    {
        Formatter.Register(typeof(ModelCard), (card, writer) => writer.Write(((ModelCard)card).ToMarkdown()), MarkdownMimeType);
        Formatter.Register(typeof(ModelCard), (card, writer) => writer.Write(((ModelCard)card).ToMarkdown()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(ModelCard), MarkdownMimeType, PlainTextFormatter.MimeType);
    }
}
