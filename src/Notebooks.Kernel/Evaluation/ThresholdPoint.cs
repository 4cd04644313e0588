namespace Notebooks.Kernel.Evaluation;

/// <summary>What a classifier does when it calls a row positive at score ≥ <see cref="Threshold"/>.</summary>
public sealed record ThresholdPoint(double Threshold, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>Share of rows called positive that are positive; 1 when none are called positive (nothing claimed, nothing wrong).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of positive rows that are found; 0 when there are none.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double FalsePositiveRate => FalsePositives + TrueNegatives == 0 ? 0 : (double)FalsePositives / (FalsePositives + TrueNegatives);

    public double Accuracy => (double)(TruePositives + TrueNegatives) / (TruePositives + FalsePositives + FalseNegatives + TrueNegatives);

    /// <summary>Total cost of the mistakes when a missed positive and a false alarm have different prices.</summary>
    public double Cost(double falseNegativeCost, double falsePositiveCost) =>
        FalseNegatives * falseNegativeCost + FalsePositives * falsePositiveCost;
}
