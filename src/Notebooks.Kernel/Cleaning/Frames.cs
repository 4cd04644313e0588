using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

/// <summary>The few DataFrame operations the cleaning steps share.</summary>
static class Frames
{
    /// <summary>The given rows, in the given order, as a new frame with the same columns.</summary>
    public static DataFrame Take(DataFrame df, IEnumerable<long> rows) =>
        // Filter on a frame with no rows throws inside Microsoft.Data.Analysis 0.23.1; there is nothing to pick anyway.
        df.Rows.Count == 0 ? df.Clone() : df.Filter(new Int64DataFrameColumn("rows", rows));

    public static DataFrameColumn Column(DataFrame df, string name) =>
        df.Columns.IndexOf(name) >= 0 ? df.Columns[name]
            : throw new ArgumentException($"No column '{name}'. Columns: {string.Join(", ", df.Columns.Select(c => c.Name))}.");

    public static bool IsNumeric(DataFrameColumn c) => c.IsNumericColumn();

    /// <summary>Non-null values of a numeric column as doubles.</summary>
    public static List<double> Numbers(DataFrameColumn c)
    {
        if (!IsNumeric(c)) throw new ArgumentException($"Column '{c.Name}' holds {c.DataType.Name}, not numbers.");
        var values = new List<double>((int)c.Length);
        for (long i = 0; i < c.Length; i++)
            if (c[i] is { } v) values.Add(Convert.ToDouble(v));
        return values;
    }

    /// <summary>Linear-interpolated quantile of sorted values (NumPy's default, type 7).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        double h = (sorted.Count - 1) * q;
        int lo = (int)Math.Floor(h), hi = (int)Math.Ceiling(h);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
