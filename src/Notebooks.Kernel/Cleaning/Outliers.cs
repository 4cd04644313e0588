using System.Globalization;
using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

/// <summary>Tukey's fences: a value below Q1 - k·IQR or above Q3 + k·IQR is an outlier (k = 1.5 by convention).</summary>
public sealed record IqrFence(double Q1, double Q3, double Low, double High)
{
    public bool IsOutlier(double x) => x < Low || x > High;
}

public static class Outliers
{
    public static IqrFence Fence(DataFrame df, string column, double k = 1.5)
    {
        var values = Frames.Numbers(Frames.Column(df, column));
        if (values.Count == 0) throw new ArgumentException($"Column '{column}' has no values to compute quartiles from.");
        values.Sort();
        double q1 = Frames.Quantile(values, 0.25), q3 = Frames.Quantile(values, 0.75), iqr = q3 - q1;
        return new IqrFence(q1, q3, q1 - k * iqr, q3 + k * iqr);
    }

    /// <summary>Adds a bool column "<paramref name="column"/> outlier" (null values are not outliers).</summary>
    public static DataFrame Flag(DataFrame df, string column, double k = 1.5)
    {
        var fence = Fence(df, column, k);
        var c = Frames.Column(df, column);
        var result = df.Clone();
        result.Columns.Add(new BooleanDataFrameColumn($"{column} outlier",
            Enumerable.Range(0, (int)c.Length).Select(i => c[i] is { } v && fence.IsOutlier(Convert.ToDouble(v)))));
        return result;
    }

    /// <summary>Quarantines rows whose value lies outside the fence, with the value and the fence as the reason.</summary>
    public static CleaningResult Quarantine(DataFrame df, string column, double k = 1.5)
    {
        var fence = Fence(df, column, k);
        var c = Frames.Column(df, column);
        var reasons = Enumerable.Range(0, (int)c.Length).Select(i =>
            c[i] is { } v && fence.IsOutlier(Convert.ToDouble(v))
                ? string.Create(CultureInfo.InvariantCulture, $"{column} = {v} outside IQR fence [{fence.Low:G6}, {fence.High:G6}]")
                : null).ToList();
        return CleaningResult.Partition(df, reasons);
    }
}
