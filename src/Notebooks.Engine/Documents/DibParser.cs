using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Engine.Documents;

/// <summary>
/// Polyglot's .dib text: an optional "#!meta" line with the notebook's JSON metadata below it, then cells,
/// each opened by a "#!kernel" line. Blank lines around a cell's text are not part of it.
/// </summary>
internal static class DibParser
{
    public static ReadResult Parse(string text, string path)
    {
        var lines = TextLines.Split(text);
        JsonObject? meta = null;
        var aliases = PolyglotKernels.Aliases(null);
        var notebook = new Notebook { Path = path, Format = NotebookFormat.Dib };
        var kernel = notebook.DefaultKernelName;
        var cellLines = new List<string>();

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (meta is null && line.StartsWith("#!meta", StringComparison.Ordinal))
            {
                var metaLine = i + 1;
                var json = new List<string>();
                while (i + 1 < lines.Length && !lines[i + 1].StartsWith("#!", StringComparison.Ordinal))
                    json.Add(lines[++i]);

                var (parsed, error) = ParseMeta(string.Join("\n", json));
                if (error is not null)
                    return ReadResult.Fail($"{path}: line {metaLine}: #!meta is not followed by a JSON object ({error})");
                meta = parsed!;
                notebook.Metadata = new JsonObject { ["polyglot_notebook"] = meta };
                aliases = PolyglotKernels.Aliases(meta);
                if (cellLines.Count == 0)
                    kernel = notebook.DefaultKernelName;
                continue;
            }

            if (line.StartsWith("#!", StringComparison.Ordinal) && aliases.TryGetValue(line[2..].TrimEnd(), out var next))
            {
                AddCell(notebook, kernel, cellLines);
                kernel = next;
                cellLines.Clear();
            }
            else
            {
                cellLines.Add(line);
            }
        }

        AddCell(notebook, kernel, cellLines);
        return ReadResult.Ok(notebook);
    }

    private static (JsonObject?, string?) ParseMeta(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject obj ? (obj, null) : (null, "not an object");
        }
        catch (JsonException e)
        {
            return (null, e.Message);
        }
    }

    private static void AddCell(Notebook notebook, string kernel, List<string> lines)
    {
        var start = lines.FindIndex(line => line.Length > 0);
        if (start < 0)
            return;
        var end = lines.FindLastIndex(line => line.Length > 0);
        var source = string.Join("\n", lines.GetRange(start, end - start + 1));

        notebook.Cells.Add(kernel == "markdown"
            ? new Cell { Type = CellType.Markdown, Source = source }
            : new Cell
            {
                Type = CellType.Code,
                Source = source,
                Metadata = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel } },
            });
    }
}
