namespace Notebooks.Kernel.Evaluation;

/// <summary>
/// The precision/recall trade-off of a scoring classifier, for any model that gives a score per row
/// (ML.NET's Score or Probability column, a network's output). ML.NET reports only the area under this curve.
/// </summary>
public static class PrecisionRecall
{
    /// <summary>The confusion counts when rows with score ≥ <paramref name="threshold"/> are called positive.</summary>
    public static ThresholdPoint At(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double threshold)
    {
        Check(scores, labels);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            bool called = scores[i] >= threshold;
            if (called && labels[i]) tp++;
            else if (called) fp++;
            else if (labels[i]) fn++;
            else tn++;
        }
        return new ThresholdPoint(threshold, tp, fp, fn, tn);
    }

    /// <summary>
    /// One point per distinct score, from the highest threshold (few called positive: high precision, low recall)
    /// down to the lowest (all called positive: recall 1). Sorting once makes it O(n log n).
    /// </summary>
    public static IReadOnlyList<ThresholdPoint> Curve(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        Check(scores, labels);
        int positives = labels.Count(l => l), negatives = labels.Count - positives;
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var points = new List<ThresholdPoint>();
        int tp = 0, fp = 0;
        for (int k = 0; k < order.Length; k++)
        {
            if (labels[order[k]]) tp++; else fp++;
            // Rows with equal scores are called together, so a point is emitted only after the last of them.
            if (k + 1 < order.Length && scores[order[k + 1]] == scores[order[k]]) continue;
            points.Add(new ThresholdPoint(scores[order[k]], tp, fp, positives - tp, negatives - fp));
        }
        return points;
    }

    static void Check(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count != labels.Count)
            throw new ArgumentException($"PrecisionRecall: {scores.Count} scores but {labels.Count} labels; they must pair up row by row.");
        if (scores.Count == 0) throw new ArgumentException("PrecisionRecall: no rows to evaluate.");
        for (int i = 0; i < scores.Count; i++)
            if (double.IsNaN(scores[i])) throw new ArgumentException($"PrecisionRecall: score of row {i} is NaN; a threshold cannot rank it.");
    }
}
