using System.Text.Json.Nodes;

namespace Notebooks.Engine.Documents;

/// <summary>
/// Which "#!name" lines start a new cell in a .dib file: the kernels Polyglot's notebook parser knows
/// (its WellKnownKernelInfos), markdown, and those the file's own kernelInfo lists. Any other "#!" line
/// is a magic command inside a cell.
/// </summary>
internal static class PolyglotKernels
{
    private static readonly (string Name, string[] Aliases)[] WellKnown =
    [
        ("csharp", ["c#", "cs"]),
        ("fsharp", ["f#", "fs"]),
        ("html", []),
        ("http", []),
        ("javascript", ["js"]),
        ("mermaid", []),
        ("pwsh", ["powershell"]),
        ("value", []),
        ("markdown", ["md"]),
    ];

    /// <summary>Alias or name → kernel name.</summary>
    public static Dictionary<string, string> Aliases(JsonObject? polyglotMetadata)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, names) in WellKnown)
            Add(aliases, name, names);

        if ((polyglotMetadata?["kernelInfo"] as JsonObject)?["items"] is JsonArray items)
        {
            foreach (var item in items.OfType<JsonObject>())
            {
                if (item["name"] is JsonValue name && name.TryGetValue<string>(out var kernel))
                    Add(aliases, kernel, (item["aliases"] as JsonArray ?? new JsonArray()).OfType<JsonValue>()
                        .Select(alias => alias.TryGetValue<string>(out var text) ? text : null).OfType<string>());
            }
        }

        return aliases;
    }

    private static void Add(Dictionary<string, string> aliases, string name, IEnumerable<string> others)
    {
        aliases.TryAdd(name, name);
        foreach (var alias in others)
            aliases.TryAdd(alias, name);
    }
}
