using System.Globalization;
using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Data;

/// <summary>Picks each column's type from all of its values (not a sample): bool, then double, then an ISO
/// date, else text. A column with no values at all is text. Missing values stay null in every type.</summary>
public static class ColumnTypes
{
    static readonly string[] IsoDates = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ"];

    public static Type Infer(IEnumerable<RawCell> cells)
    {
        var present = cells.Where(c => c.Text is not null).ToList();
        if (present.Count == 0) return typeof(string);
        if (present.All(c => !c.Quoted && TryBool(c.Text!, out _))) return typeof(bool);
        if (present.All(c => !c.Quoted && TryDouble(c.Text!, out _))) return typeof(double);
        if (present.All(c => TryDate(c.Text!, out _))) return typeof(DateTime);
        return typeof(string);
    }

    public static DataFrameColumn Build(string name, IReadOnlyList<RawCell> cells)
    {
        var type = Infer(cells);
        if (type == typeof(bool)) return new BooleanDataFrameColumn(name, cells.Select(c => c.Text is null ? (bool?)null : Bool(c.Text)));
        if (type == typeof(double)) return new DoubleDataFrameColumn(name, cells.Select(c => c.Text is null ? (double?)null : Double(c.Text)));
        if (type == typeof(DateTime)) return new DateTimeDataFrameColumn(name, cells.Select(c => c.Text is null ? (DateTime?)null : Date(c.Text)));
        return new StringDataFrameColumn(name, cells.Select(c => c.Text));
    }

    public static DataFrame ToDataFrame(RawTable table) =>
        new(table.Columns.Select((name, i) => Build(name, table.Rows.Select(r => r.Cells[i]).ToList())));

    static bool TryBool(string s, out bool value) => bool.TryParse(s, out value);
    static bool TryDouble(string s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    static bool TryDate(string s, out DateTime value) =>
        DateTime.TryParseExact(s, IsoDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    static bool Bool(string s) => TryBool(s, out var v) ? v : throw new FormatException(s);
    static double Double(string s) => TryDouble(s, out var v) ? v : throw new FormatException(s);
    static DateTime Date(string s) => TryDate(s, out var v) ? v : throw new FormatException(s);
}
