using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

public enum ImputeStrategy { Mean, Median, Mode }

/// <summary>Fills nulls in one column with a value learned from the training rows only (fitting on all rows
/// would leak the validation and test data into training).</summary>
public sealed record Imputer(string Column, ImputeStrategy Strategy, object Value)
{
    public static Imputer Fit(DataFrame train, string column, ImputeStrategy strategy)
    {
        var c = Frames.Column(train, column);
        if (c.Length - c.NullCount == 0) throw new ArgumentException($"Column '{column}' has no values to learn a {strategy} from.");
        object value = strategy switch
        {
            ImputeStrategy.Mean => Frames.Numbers(c).Average(),
            ImputeStrategy.Median => Median(Frames.Numbers(c)),
            _ => Mode(c),
        };
        return new Imputer(column, strategy, value);
    }

    public DataFrame Transform(DataFrame df)
    {
        var result = df.Clone();
        var c = Frames.Column(result, Column);
        var fill = Convert.ChangeType(Value, c.DataType, System.Globalization.CultureInfo.InvariantCulture);
        for (long i = 0; i < c.Length; i++)
            if (c[i] is null) c[i] = fill;
        return result;
    }

    static double Median(List<double> values)
    {
        values.Sort();
        return Frames.Quantile(values, 0.5);
    }

    /// <summary>The most frequent value; ties go to the smallest, so the answer never depends on row order.</summary>
    static object Mode(DataFrameColumn c)
    {
        var counts = new Dictionary<object, int>();
        for (long i = 0; i < c.Length; i++)
            if (c[i] is { } v) counts[v] = counts.GetValueOrDefault(v) + 1;
        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, Comparer<object>.Create(CompareValues)).First().Key;
    }

    static int CompareValues(object a, object b) =>
        a is string sa && b is string sb ? string.CompareOrdinal(sa, sb) : Comparer<object>.Default.Compare(a, b);
}
