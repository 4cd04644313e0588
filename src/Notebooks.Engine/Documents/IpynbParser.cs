using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Engine.Documents;

/// <summary>nbformat 4 JSON → <see cref="Notebook"/>; metadata objects are kept as parsed, so nothing is lost.</summary>
internal static class IpynbParser
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 512 };

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ReadResult Parse(string text, string path)
    {
        JsonNode? root;
        try
        {
            // A byte order mark is not JSON, but editors write one.
            root = JsonNode.Parse(text.TrimStart('\uFEFF'), documentOptions: Strict);
        }
        catch (JsonException e)
        {
            return ReadResult.Fail($"{path}: not valid JSON ({Describe(e, text)})");
        }

        if (root is not JsonObject top)
            return ReadResult.Fail($"{path}: not a notebook (the top level is not a JSON object)");
        if (top["cells"] is not JsonArray cells)
            return ReadResult.Fail($"{path}: not a notebook (no 'cells' array)");
        if (AsInt(top["nbformat"]) is not { } major)
            return ReadResult.Fail($"{path}: not a notebook (no 'nbformat' number)");
        if (major != 4)
            return ReadResult.Fail($"{path}: nbformat {major} is not supported (only nbformat 4)");
        if (AsInt(top["nbformat_minor"]) is not { } minor)
            return ReadResult.Fail($"{path}: not a notebook (no 'nbformat_minor' number)");
        if (top["metadata"] is not (JsonObject or null))
            return ReadResult.Fail($"{path}: 'metadata' is not an object");

        var notebook = new Notebook
        {
            Path = path,
            Format = NotebookFormat.Ipynb,
            Metadata = top["metadata"] as JsonObject ?? new JsonObject(),
            NbFormat = major,
            NbFormatMinor = minor,
        };

        for (var i = 0; i < cells.Count; i++)
        {
            var (cell, error) = ParseCell(cells[i]);
            if (error is not null)
                return ReadResult.Fail($"{path}: cells[{i}]: {error}");
            notebook.Cells.Add(cell!);
        }

        return ReadResult.Ok(notebook);
    }

    private static (Cell?, string?) ParseCell(JsonNode? node)
    {
        if (node is not JsonObject json)
            return (null, "not an object");

        CellType? type = AsString(json["cell_type"]) switch
        {
            "code" => CellType.Code,
            "markdown" => CellType.Markdown,
            "raw" => CellType.Raw,
            _ => null,
        };
        if (type is null)
            return (null, json["cell_type"] is null ? "no 'cell_type'" : $"unknown cell_type {json["cell_type"]!.ToJsonString()}");
        if (json["id"] is { } id && AsString(id) is null)
            return (null, "'id' is not a string");
        if (json["metadata"] is not (JsonObject or null))
            return (null, "'metadata' is not an object");
        if (json["attachments"] is not (JsonObject or null))
            return (null, "'attachments' is not an object");
        if (MultilineString(json["source"]) is not { } source)
            return (null, "'source' is not a string or an array of strings");

        var cell = new Cell
        {
            Type = type.Value,
            Id = AsString(json["id"]),
            Metadata = json["metadata"] as JsonObject ?? new JsonObject(),
            Source = source,
            Attachments = json["attachments"] as JsonObject,
        };
        if (type != CellType.Code)
            return (cell, null);

        if (json["execution_count"] is { } count && AsInt(count) is null)
            return (null, "'execution_count' is not a number or null");
        cell.ExecutionCount = AsInt(json["execution_count"]);

        if (json["outputs"] is not (JsonArray or null))
            return (null, "'outputs' is not an array");
        var outputs = json["outputs"] as JsonArray ?? new JsonArray();
        for (var i = 0; i < outputs.Count; i++)
        {
            var (output, error) = ParseOutput(outputs[i]);
            if (error is not null)
                return (null, $"outputs[{i}]: {error}");
            cell.Outputs.Add(output!);
        }

        return (cell, null);
    }

    private static (CellOutput?, string?) ParseOutput(JsonNode? node)
    {
        if (node is not JsonObject json)
            return (null, "not an object");

        switch (AsString(json["output_type"]))
        {
            case "stream":
                if (AsString(json["name"]) is not { } name)
                    return (null, "stream output has no 'name'");
                if (MultilineString(json["text"]) is not { } text)
                    return (null, "stream 'text' is not a string or an array of strings");
                return (new StreamOutput(name, text), null);

            case "display_data" or "execute_result":
                if (json["data"] is not (JsonObject or null) || json["metadata"] is not (JsonObject or null))
                    return (null, "'data' or 'metadata' is not an object");
                var isResult = AsString(json["output_type"]) == "execute_result";
                return (new DisplayOutput(MimeBundle(json["data"] as JsonObject), isResult)
                {
                    Metadata = json["metadata"] as JsonObject,
                    ExecutionCount = isResult ? AsInt(json["execution_count"]) : null,
                }, null);

            case "error":
                var traceback = json["traceback"] as JsonArray ?? new JsonArray();
                if (traceback.Any(line => AsString(line) is null))
                    return (null, "'traceback' is not an array of strings");
                return (new ErrorOutput(
                    AsString(json["ename"]) ?? "",
                    AsString(json["evalue"]) ?? "",
                    traceback.Select(line => AsString(line)!).ToList()), null);

            default:
                return (null, json["output_type"] is null
                    ? "no 'output_type'"
                    : $"unknown output_type {json["output_type"]!.ToJsonString()}");
        }
    }

    /// <summary>JSON mimes keep their JSON text; others were written as a string or an array of lines.</summary>
    private static Dictionary<string, string> MimeBundle(JsonObject? data)
    {
        var bundle = new Dictionary<string, string>();
        foreach (var (mime, value) in data ?? new JsonObject())
        {
            bundle[mime] = MimeTypes.IsJson(mime)
                ? value?.ToJsonString(Unescaped) ?? "null"
                : MultilineString(value) ?? value?.ToJsonString(Unescaped) ?? "";
        }

        return bundle;
    }

    /// <summary>nbformat's multiline_string: one string, or an array of strings to concatenate.</summary>
    private static string? MultilineString(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines when lines.All(line => AsString(line) is not null) => string.Concat(lines.Select(line => AsString(line))),
        JsonArray => null,
        _ => AsString(node),
    };

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static int? AsInt(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) ? number : null;

    /// <summary>"line 3, position 5: 'x' is an invalid start of a value" from System.Text.Json's message.</summary>
    private static string Describe(JsonException e, string text)
    {
        var message = e.Message;
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
                message = message[..at];
        }

        message = message.TrimEnd(' ', '|', '.');
        return e.LineNumber is { } line
            ? $"line {line + 1}, position {Column(text, (int)line, (int)(e.BytePositionInLine ?? 0))}: {message}"
            : message;
    }

    /// <summary>System.Text.Json counts UTF-8 bytes within the line; people count characters.</summary>
    private static int Column(string text, int line, int bytePosition)
    {
        var lines = text.Split('\n');
        if (line >= lines.Length)
            return bytePosition + 1;
        var bytes = System.Text.Encoding.UTF8.GetBytes(lines[line]);
        return System.Text.Encoding.UTF8.GetCharCount(bytes, 0, Math.Min(bytePosition, bytes.Length)) + 1;
    }
}
