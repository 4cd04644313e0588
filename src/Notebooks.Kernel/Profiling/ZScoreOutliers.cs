namespace Notebooks.Kernel.Profiling;

/// <summary>
/// The outlier rule of the profile: |z| &gt; 3, z measured from the column's mean and standard deviation.
/// Chosen over the IQR rule because it needs no sort (one pass over a large column).
/// </summary>
public static class ZScoreOutliers
{
    public const double ZLimit = 3;
    public const string Rule = "|z| > 3 (z from the column's mean and standard deviation)";

    public static IReadOnlyList<double> Find(IReadOnlyList<double> values, double mean, double stdDev)
    {
        if (stdDev <= 0 || double.IsNaN(stdDev)) return [];
        return values.Where(v => Math.Abs(v - mean) / stdDev > ZLimit).ToList();
    }
}
