namespace Notebooks.Kernel.Evaluation;

/// <summary>Train on rows [<see cref="TrainStart"/>, <see cref="TrainEnd"/>), test on [<see cref="TrainEnd"/>, <see cref="TestEnd"/>).</summary>
public sealed record WalkForwardFold(int TrainStart, int TrainEnd, int TestEnd)
{
    public int TrainCount => TrainEnd - TrainStart;
    public int TestCount => TestEnd - TrainEnd;
}

/// <summary>
/// Walk-forward validation for data in time order: every fold trains only on the past and tests on the rows
/// right after it, then steps forward. A shuffled split would let a model learn from the future it predicts.
/// </summary>
public static class WalkForward
{
    /// <param name="count">rows, oldest first</param>
    /// <param name="firstTest">the first row any fold tests on (so the first training set has this many rows)</param>
    /// <param name="step">rows tested per fold; the model is refitted every <paramref name="step"/> rows</param>
    /// <param name="window">null: train on all the past (expanding); n: only on the last n rows (rolling)</param>
    public static IReadOnlyList<WalkForwardFold> Folds(int count, int firstTest, int step = 1, int? window = null)
    {
        if (count < 2) throw new ArgumentOutOfRangeException(nameof(count), count, "WalkForward: needs at least 2 rows.");
        if (firstTest < 1 || firstTest >= count)
            throw new ArgumentOutOfRangeException(nameof(firstTest), firstTest, $"WalkForward: the first test row must be between 1 and {count - 1} (count {count}) so there is a past to train on and a future to test.");
        if (step < 1) throw new ArgumentOutOfRangeException(nameof(step), step, "WalkForward: step must be at least 1 row.");
        if (window is < 1) throw new ArgumentOutOfRangeException(nameof(window), window, "WalkForward: a rolling window needs at least 1 row.");

        var folds = new List<WalkForwardFold>();
        for (int start = firstTest; start < count; start += step)
            folds.Add(new WalkForwardFold(window is { } w ? Math.Max(0, start - w) : 0, start, Math.Min(count, start + step)));
        return folds;
    }
}
