using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Notebooks.Engine.Documents;

/// <summary>
/// JSON text exactly as Jupyter's nbformat writes it (Python's json.dumps with indent=1, separators
/// (",", ": "), ensure_ascii=False): keys in the node's order, non-ASCII as is, numbers as they were read.
/// </summary>
public static class JupyterJson
{
    public static string Serialize(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                WriteContainer(builder, '{', '}', obj.Count, depth, obj.Select(p => ((string?)p.Key, p.Value)));
                break;
            case JsonArray array:
                WriteContainer(builder, '[', ']', array.Count, depth, array.Select(item => ((string?)null, item)));
                break;
            case JsonValue value:
                WriteValue(builder, value);
                break;
        }
    }

    private static void WriteContainer(
        StringBuilder builder, char open, char close, int count, int depth, IEnumerable<(string? Key, JsonNode? Value)> items)
    {
        builder.Append(open);
        if (count == 0)
        {
            builder.Append(close);
            return;
        }

        var first = true;
        foreach (var (key, value) in items)
        {
            builder.Append(first ? "\n" : ",\n").Append(' ', depth + 1);
            first = false;
            if (key is not null)
                WriteString(builder, key).Append(": ");
            Write(builder, value, depth + 1);
        }

        builder.Append('\n').Append(' ', depth).Append(close);
    }

    // Numbers read from a file keep their text (Python writes 1.0, not 1).
    private static void WriteValue(StringBuilder builder, JsonValue value)
    {
        if (value.TryGetValue<string>(out var text))
            WriteString(builder, text);
        else
            builder.Append(value.ToJsonString());
    }

    /// <summary>Escapes what Python's json escapes with ensure_ascii=False: quote, backslash, control characters.</summary>
    public static StringBuilder WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"');
    }
}
