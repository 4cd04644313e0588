using System.Text.Json.Nodes;

namespace Notebooks.Engine.Documents;

public enum CellType { Code, Markdown, Raw }

public sealed class Cell
{
    public CellType Type { get; init; }
    public string Source { get; set; } = "";
    public string? Id { get; set; }
    public JsonObject Metadata { get; set; } = new();
    public List<CellOutput> Outputs { get; } = new();
    public int? ExecutionCount { get; set; }

    /// <summary>nbformat's attachments of a markdown or raw cell (name → mime bundle), kept verbatim.</summary>
    public JsonObject? Attachments { get; set; }

    /// <summary>Kernel named by the polyglot metadata VS Code writes (or the older dotnet_interactive key).</summary>
    public string? KernelName =>
        (Metadata["polyglot_notebook"]?["kernelName"] ?? Metadata["dotnet_interactive"]?["language"])?.GetValue<string>();

    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags ? tags.Select(t => t?.GetValue<string>() ?? "").ToList() : [];

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);
}
