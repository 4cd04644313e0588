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

    /// <summary>
    /// Kernel named by the polyglot metadata VS Code writes (or the older dotnet_interactive key); a value of
    /// the wrong JSON kind in hand-edited metadata counts as absent.
    /// </summary>
    public string? KernelName =>
        StringAt(Metadata, "polyglot_notebook", "kernelName") ?? StringAt(Metadata, "dotnet_interactive", "language");

    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags
            ? tags.OfType<JsonValue>().Where(t => t.GetValueKind() == System.Text.Json.JsonValueKind.String).Select(t => t.GetValue<string>()).ToList()
            : [];

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The string at metadata[key1][key2], or null when any step is missing or of another kind.</summary>
    internal static string? StringAt(JsonObject metadata, params string[] keys)
    {
        JsonNode? node = metadata;
        foreach (var key in keys)
            node = node is JsonObject obj ? obj[key] : null;
        return node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;
    }
}
