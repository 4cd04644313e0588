using System.Text.Json.Nodes;
using Notebooks.Engine.Documents;

namespace Notebooks.Runner.Cli;

/// <summary>
/// Stand-in until Documents/NotebookReader is wired: reads the cells and metadata of an .ipynb,
/// nothing more (no outputs, no .dib). Replace with the real reader in RunnerWiring.
/// </summary>
static class TemporaryIpynbLoader
{
    public static Notebook Read(string path)
    {
        if (Path.GetExtension(path) != ".ipynb") throw new NotSupportedException($"{path}: only .ipynb is read until the notebook reader is wired in.");
        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException($"{path}: not a JSON object");
        var notebook = new Notebook { Path = path, Metadata = root["metadata"]?.DeepClone() as JsonObject ?? new() };
        foreach (var node in root["cells"] as JsonArray ?? throw new InvalidDataException($"{path}: no 'cells' array"))
        {
            var source = node?["source"] switch
            {
                JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
                JsonValue text => text.GetValue<string>(),
                _ => "",
            };
            notebook.Cells.Add(new Cell
            {
                Type = node?["cell_type"]?.GetValue<string>() switch { "code" => CellType.Code, "markdown" => CellType.Markdown, _ => CellType.Raw },
                Source = source,
                Id = node?["id"]?.GetValue<string>(),
                Metadata = node?["metadata"]?.DeepClone() as JsonObject ?? new(),
            });
        }
        return notebook;
    }
}
