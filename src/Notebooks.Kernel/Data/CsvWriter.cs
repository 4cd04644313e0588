using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Data;

/// <summary>Writes a DataFrame as CSV that <see cref="TabularFile"/> reads back with the same column types:
/// text always quoted (so "1776" stays text), numbers in invariant culture with round-trip precision,
/// dates as ISO, a missing value as an empty field.</summary>
public static class CsvWriter
{
    public static void Write(DataFrame df, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, ToText(df), new UTF8Encoding(false));
    }

    public static string ToText(DataFrame df)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', df.Columns.Select(c => Quote(c.Name))).Append('\n');
        for (long i = 0; i < df.Rows.Count; i++)
            text.AppendJoin(',', df.Columns.Select(c => Field(c[i]))).Append('\n');
        return text.ToString();
    }

    static string Field(object? value) => value switch
    {
        null => "",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? ""),
    };

    static string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
}
