using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

/// <summary>(x - mean) / std per column, with mean and std learned from the training rows only. A column with no
/// spread keeps scale 1 (as scikit-learn does). Nulls stay null.</summary>
public sealed record StandardScaler(IReadOnlyDictionary<string, (double Mean, double Std)> Columns)
{
    public static StandardScaler Fit(DataFrame train, params string[] columns)
    {
        if (columns.Length == 0) throw new ArgumentException("Name at least one column to scale.");
        var stats = new Dictionary<string, (double, double)>();
        foreach (var name in columns)
        {
            var values = Frames.Numbers(Frames.Column(train, name));
            if (values.Count == 0) throw new ArgumentException($"Column '{name}' has no values to learn a scale from.");
            double mean = values.Average(), std = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
            stats[name] = (mean, std == 0 ? 1 : std);
        }
        return new StandardScaler(stats);
    }

    /// <summary>Replaces each fitted column by a double column of scaled values, in the same place.</summary>
    public DataFrame Transform(DataFrame df)
    {
        var result = df.Clone();
        foreach (var (name, (mean, std)) in Columns)
        {
            var c = Frames.Column(result, name);
            Frames.Numbers(c); // checks the column is numeric
            var scaled = new DoubleDataFrameColumn(name,
                Enumerable.Range(0, (int)c.Length).Select(i => c[i] is { } v ? (Convert.ToDouble(v) - mean) / std : (double?)null));
            result.Columns[result.Columns.IndexOf(name)] = scaled;
        }
        return result;
    }
}
