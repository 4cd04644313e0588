namespace Notebooks.Kernel.Sequences;

/// <summary>
/// A multivariate series (row = time step, column = feature) cut into overlapping windows of <c>length</c> rows,
/// each paired with one column's value <c>horizon</c> steps after the window's last row. Window i covers rows
/// i … i+length−1 and its target is row <see cref="TargetRows"/>[i] = i+length−1+horizon.
/// <code>var w = SlidingWindows.Of(series, length: 14, targetColumn: 0); // Inputs [N, 14, features], Targets [N]</code>
/// </summary>
public sealed class SlidingWindows
{
    SlidingWindows(float[,,] inputs, float[] targets, int[] targetRows)
    {
        Inputs = inputs;
        Targets = targets;
        TargetRows = targetRows;
    }

    /// <summary>[window, step, feature].</summary>
    public float[,,] Inputs { get; }
    public float[] Targets { get; }
    /// <summary>The series row each target comes from, to line predictions up with dates.</summary>
    public IReadOnlyList<int> TargetRows { get; }
    public int Count => Targets.Length;
    public int Length => Inputs.GetLength(1);
    public int Features => Inputs.GetLength(2);

    public static SlidingWindows Of(float[,] series, int length, int targetColumn, int horizon = 1)
    {
        ArgumentNullException.ThrowIfNull(series);
        int rows = series.GetLength(0), features = series.GetLength(1);
        if (length < 1) throw new ArgumentOutOfRangeException(nameof(length), length, "SlidingWindows.Of: the window length must be at least 1.");
        if (horizon < 1) throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "SlidingWindows.Of: the horizon must be at least 1 step.");
        if (targetColumn < 0 || targetColumn >= features)
            throw new ArgumentOutOfRangeException(nameof(targetColumn), targetColumn, $"SlidingWindows.Of: the series has columns 0–{features - 1}.");
        var count = rows - length - horizon + 1;
        if (count < 1)
            throw new ArgumentException(
                $"SlidingWindows.Of: a series of {rows} rows has no window of {length} rows with a target {horizon} step(s) after it.", nameof(series));

        var inputs = new float[count, length, features];
        var targets = new float[count];
        var targetRows = new int[count];
        for (var w = 0; w < count; w++)
        {
            for (var t = 0; t < length; t++)
                for (var f = 0; f < features; f++)
                    inputs[w, t, f] = series[w + t, f];
            targetRows[w] = w + length - 1 + horizon;
            targets[w] = series[targetRows[w], targetColumn];
        }
        return new SlidingWindows(inputs, targets, targetRows);
    }

    /// <summary>The windows whose target row passes the test, e.g. a date range for a train/test split.</summary>
    public SlidingWindows Where(Func<int, bool> keepTargetRow)
    {
        ArgumentNullException.ThrowIfNull(keepTargetRow);
        var kept = Enumerable.Range(0, Count).Where(i => keepTargetRow(TargetRows[i])).ToArray();
        var inputs = new float[kept.Length, Length, Features];
        for (var k = 0; k < kept.Length; k++)
            for (var t = 0; t < Length; t++)
                for (var f = 0; f < Features; f++)
                    inputs[k, t, f] = Inputs[kept[k], t, f];
        return new SlidingWindows(inputs, kept.Select(i => Targets[i]).ToArray(), kept.Select(i => TargetRows[i]).ToArray());
    }

    public override string ToString() =>
        $"SlidingWindows: {Count} windows of {Length} steps × {Features} features → 1 target each";
}
