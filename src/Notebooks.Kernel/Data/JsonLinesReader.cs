using System.Text.Json;

namespace Notebooks.Kernel.Data;

/// <summary>Strict JSON lines: one flat JSON object per line, every line with the same fields as the first
/// (in any order). null is a missing value. Blank lines are allowed only at the end.</summary>
public static class JsonLinesReader
{
    public static RawTable Parse(string text, string file)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
            lines.RemoveAt(lines.Count - 1);
        if (lines.Count == 0)
            throw new DataFileException(file, 1, "the file is empty; expected one JSON object per line");

        IReadOnlyList<string>? columns = null;
        Dictionary<string, int> index = [];
        var rows = new List<RawRow>(lines.Count);
        for (int n = 0; n < lines.Count; n++)
        {
            int line = n + 1;
            var fields = ParseObject(lines[n], file, line);
            if (columns is null)
            {
                columns = ColumnNames.Check(fields.Select(f => f.Name).ToList(), file, line);
                index = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
            }
            if (fields.Count != columns.Count)
                throw new DataFileException(file, line, $"expected {columns.Count} fields, found {fields.Count}");
            var cells = new RawCell[columns.Count];
            var filled = new bool[columns.Count];
            foreach (var (name, cell) in fields)
            {
                if (!index.TryGetValue(name, out int i))
                    throw new DataFileException(file, line, $"unexpected field '{name}' (not on line 1)");
                if (filled[i])
                    throw new DataFileException(file, line, $"field '{name}' appears twice");
                cells[i] = cell;
                filled[i] = true;
            }
            rows.Add(new RawRow(line, cells));
        }
        return new RawTable(file, columns!, rows);
    }

    static List<(string Name, RawCell Cell)> ParseObject(string text, string file, int line)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text); }
        catch (JsonException e)
        {
            throw new DataFileException(file, line, $"not valid JSON at character {e.BytePositionInLine + 1} (is the file truncated?)");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new DataFileException(file, line, $"expected a JSON object, found {doc.RootElement.ValueKind}");
            return doc.RootElement.EnumerateObject().Select(p => (p.Name, ToCell(p, file, line))).ToList();
        }
    }

    static RawCell ToCell(JsonProperty p, string file, int line) => p.Value.ValueKind switch
    {
        JsonValueKind.Null => RawCell.Missing,
        JsonValueKind.String => new RawCell(p.Value.GetString(), Quoted: true),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => new RawCell(p.Value.GetRawText()),
        _ => throw new DataFileException(file, line, $"field '{p.Name}' holds a JSON {p.Value.ValueKind}; only flat values are supported"),
    };
}
