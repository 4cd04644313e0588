using System.Text;

namespace Notebooks.Kernel.Data;

/// <summary>Strict RFC 4180 CSV: a header line, the same number of fields on every line, quotes only around
/// whole fields. An empty field is a missing value. Blank lines are allowed only at the end.</summary>
public static class CsvReader
{
    public static RawTable Parse(string text, string file)
    {
        var records = ReadRecords(text, file);
        while (records.Count > 0 && records[^1].IsBlank)
            records.RemoveAt(records.Count - 1);
        if (records.Count == 0)
            throw new DataFileException(file, 1, "the file is empty; expected a header line");

        var header = records[0];
        var columns = ColumnNames.Check(header.Fields.Select(f => f.Text ?? "").ToList(), file, header.Line);
        var rows = new List<RawRow>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != columns.Count)
                throw new DataFileException(file, record.Line,
                    $"expected {columns.Count} fields, found {record.Fields.Count}" + (record.IsBlank ? " (blank line)" : ""));
            rows.Add(new RawRow(record.Line, record.Fields.ToArray()));
        }
        return new RawTable(file, columns, rows);
    }

    sealed record Record(int Line, List<RawCell> Fields)
    {
        public bool IsBlank => Fields is [{ Text: null }];
    }

    static List<Record> ReadRecords(string text, string file)
    {
        var records = new List<Record>();
        var field = new StringBuilder();
        var fields = new List<RawCell>();
        int line = 1, recordLine = 1, i = 0;
        bool quoted = false;

        void EndField()
        {
            fields.Add(field.Length == 0 && !quoted ? RawCell.Missing : new RawCell(field.ToString()));
            field.Clear();
            quoted = false;
        }
        void EndRecord()
        {
            EndField();
            records.Add(new Record(recordLine, fields));
            fields = [];
            recordLine = line;
        }

        while (i < text.Length)
        {
            char c = text[i];
            if (c == '"' && field.Length == 0 && !quoted)
            {
                quoted = true;
                int start = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        throw new DataFileException(file, start, "a quoted field is never closed (is the file truncated?)");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    if (text[i] == '\n') line++;
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                    throw new DataFileException(file, line, $"unexpected '{text[i]}' after a closing quote (field {fields.Count + 1})");
                continue;
            }
            if (c == '"')
                throw new DataFileException(file, line, $"a quote inside an unquoted field (field {fields.Count + 1})");
            if (c == ',') { EndField(); i++; continue; }
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (c is '\n' or '\r') { line++; i++; EndRecord(); continue; }
            field.Append(c);
            i++;
        }
        if (field.Length > 0 || fields.Count > 0 || quoted)
            EndRecord();
        return records;
    }
}
