using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Engine.Documents;

/// <summary>
/// <see cref="Notebook"/> → nbformat 4 JSON. Fixed fields come in Jupyter's (sorted) order; metadata,
/// attachments and output metadata are copied verbatim in their own order.
/// </summary>
internal static class IpynbSerializer
{
    public static string Serialize(Notebook notebook)
    {
        var ids = CellIds(notebook);
        var root = new JsonObject
        {
            ["cells"] = new JsonArray(notebook.Cells.Select((cell, i) => (JsonNode)CellJson(cell, ids[i])).ToArray()),
            ["metadata"] = notebook.Metadata.DeepClone(),
            ["nbformat"] = notebook.NbFormat,
            ["nbformat_minor"] = notebook.NbFormatMinor,
        };
        return JupyterJson.Serialize(root) + "\n";
    }

    private static JsonObject CellJson(Cell cell, string? id)
    {
        var json = new JsonObject();
        if (cell.Type != CellType.Code && cell.Attachments is not null)
            json["attachments"] = cell.Attachments.DeepClone();
        json["cell_type"] = cell.Type switch { CellType.Code => "code", CellType.Markdown => "markdown", _ => "raw" };
        if (cell.Type == CellType.Code)
            json["execution_count"] = cell.ExecutionCount;
        if (id is not null)
            json["id"] = id;
        json["metadata"] = cell.Metadata.DeepClone();
        if (cell.Type == CellType.Code)
            json["outputs"] = new JsonArray(cell.Outputs.Select(output => (JsonNode)OutputJson(output, cell.ExecutionCount)).ToArray());
        json["source"] = Lines(cell.Source);
        return json;
    }

    private static JsonObject OutputJson(CellOutput output, int? cellExecutionCount) => output switch
    {
        StreamOutput stream => new JsonObject
        {
            ["name"] = stream.Name,
            ["output_type"] = "stream",
            ["text"] = Lines(stream.Text),
        },
        DisplayOutput { IsResult: true } result => new JsonObject
        {
            ["data"] = MimeBundle(result.Data),
            ["execution_count"] = result.ExecutionCount ?? cellExecutionCount,
            ["metadata"] = result.Metadata?.DeepClone() ?? new JsonObject(),
            ["output_type"] = "execute_result",
        },
        DisplayOutput display => new JsonObject
        {
            ["data"] = MimeBundle(display.Data),
            ["metadata"] = display.Metadata?.DeepClone() ?? new JsonObject(),
            ["output_type"] = "display_data",
        },
        ErrorOutput error => new JsonObject
        {
            ["ename"] = error.EName,
            ["evalue"] = error.EValue,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray(error.Traceback.Select(line => (JsonNode)line).ToArray()),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "not an nbformat output type"),
    };

    private static JsonObject MimeBundle(IReadOnlyDictionary<string, string> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, value) in data.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            bundle[mime] = MimeTypes.IsJson(mime) ? JsonOrString(value)
                : MimeTypes.IsSplitIntoLines(mime) ? Lines(value)
                : value;
        }

        return bundle;
    }

    private static JsonNode? JsonOrString(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return value;
        }
    }

    private static JsonArray Lines(string text) =>
        new(TextLines.SplitKeepingEnds(text).Select(line => (JsonNode)line).ToArray());

    /// <summary>nbformat 4.5 requires cell ids: cells without one get a stable "cell-N" that no other cell uses.</summary>
    private static string?[] CellIds(Notebook notebook)
    {
        var ids = notebook.Cells.Select(cell => cell.Id).ToArray();
        if (notebook.NbFormat < 4 || (notebook.NbFormat == 4 && notebook.NbFormatMinor < 5))
            return ids;

        var taken = new HashSet<string>(ids.OfType<string>(), StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] is not null)
                continue;
            var n = i + 1;
            while (!taken.Add($"cell-{n}"))
                n += ids.Length;
            ids[i] = $"cell-{n}";
        }

        return ids;
    }
}
