using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

public sealed record DataSplit(DataFrame Train, DataFrame Validation, DataFrame Test);

/// <summary>Train/validation/test split that keeps each class's share the same in every part, seeded so it repeats.</summary>
public static class Splits
{
    public static DataSplit Stratified(DataFrame df, string label, double validation, double test, int seed)
    {
        if (validation < 0 || test < 0 || validation + test >= 1)
            throw new ArgumentException($"validation ({validation}) and test ({test}) must be ≥ 0 and leave some rows for training.");
        var c = Frames.Column(df, label);
        if (c.NullCount > 0) throw new ArgumentException($"Label column '{label}' has {c.NullCount} missing values; clean them first.");

        var random = new Random(seed);
        List<long> train = [], val = [], tst = [];
        var classes = Enumerable.Range(0, (int)c.Length).GroupBy(i => c[i]!).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal);
        foreach (var group in classes)
        {
            var rows = group.Select(i => (long)i).ToArray();
            random.Shuffle(rows);
            int nTest = (int)Math.Round(rows.Length * test), nVal = (int)Math.Round(rows.Length * validation);
            tst.AddRange(rows[..nTest]);
            val.AddRange(rows[nTest..(nTest + nVal)]);
            train.AddRange(rows[(nTest + nVal)..]);
        }
        // Original order within each part: easier to read, and the shuffle already decided membership.
        return new DataSplit(Frames.Take(df, train.Order()), Frames.Take(df, val.Order()), Frames.Take(df, tst.Order()));
    }
}
