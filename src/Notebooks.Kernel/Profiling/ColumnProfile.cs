namespace Notebooks.Kernel.Profiling;

/// <summary>What one column holds: numeric columns get Min/Max/Mean/StdDev, the others their most frequent values.</summary>
public sealed record ColumnProfile(
    string Name,
    string Type,
    long Count,
    long Missing,
    long Distinct,
    double? Min,
    double? Max,
    double? Mean,
    double? StdDev,
    IReadOnlyList<ValueCount> TopValues,
    IReadOnlyList<string> Problems)
{
    public double MissingPercent => Count == 0 ? 0 : 100.0 * Missing / Count;
    public bool IsNumeric => Mean is not null;
}

public readonly record struct ValueCount(string Value, long Count);
