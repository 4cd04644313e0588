namespace Notebooks.Kernel.ModelTesting;

/// <summary>Accuracy on one slice of the test data (one class, one subgroup).</summary>
public sealed record SliceScore(string Slice, int Count, double Accuracy);

public static class SliceMetrics
{
    /// <summary>Accuracy per slice, slices in name order: <c>slices[i]</c> is example i's slice, <c>correct[i]</c>
    /// whether the model got it right. A good average can hide a slice the model fails.</summary>
    public static IReadOnlyList<SliceScore> Accuracy(IReadOnlyList<string> slices, IReadOnlyList<bool> correct)
    {
        if (slices.Count != correct.Count)
            throw new ArgumentException($"{slices.Count} slice names but {correct.Count} outcomes: give one slice per example", nameof(correct));
        return slices.Zip(correct)
            .GroupBy(pair => pair.First)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new SliceScore(group.Key, group.Count(), group.Count(pair => pair.Second) / (double)group.Count()))
            .ToList();
    }
}
