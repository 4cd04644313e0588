using Notebooks.Kernel.Evaluation;

namespace Notebooks.Tests.Evaluation;

public class PrecisionRecallTests
{
    static readonly double[] Scores = [0.9, 0.8, 0.7, 0.6, 0.4, 0.2];
    static readonly bool[] Labels = [true, true, false, true, false, false];

    [Fact]
    public void When_a_threshold_is_given_then_rows_at_or_above_it_are_called_positive()
    {
        var p = PrecisionRecall.At(Scores, Labels, 0.6);
        Assert.Equal((3, 1, 0, 2), (p.TruePositives, p.FalsePositives, p.FalseNegatives, p.TrueNegatives));
        Assert.Equal(0.75, p.Precision);
        Assert.Equal(1.0, p.Recall);
        Assert.Equal(1.0 / 3, p.FalsePositiveRate, 12);
        Assert.Equal(5.0 / 6, p.Accuracy, 12);
    }

    [Fact]
    public void When_the_curve_is_built_then_it_runs_from_the_highest_threshold_to_recall_one()
    {
        var curve = PrecisionRecall.Curve(Scores, Labels);
        Assert.Equal(Scores, curve.Select(p => p.Threshold));
        Assert.Equal([1.0 / 3, 2.0 / 3, 2.0 / 3, 1, 1, 1], curve.Select(p => p.Recall));
        Assert.Equal([1, 1, 2.0 / 3, 0.75, 0.6, 0.5], curve.Select(p => p.Precision));
        foreach (var point in curve) Assert.Equal(PrecisionRecall.At(Scores, Labels, point.Threshold), point);
    }

    [Fact]
    public void When_scores_tie_then_the_tied_rows_share_one_point()
    {
        var curve = PrecisionRecall.Curve([0.5, 0.5, 0.1], [true, false, true]);
        Assert.Equal([0.5, 0.1], curve.Select(p => p.Threshold));
        Assert.Equal((1, 1), (curve[0].TruePositives, curve[0].FalsePositives));
    }

    [Fact]
    public void When_nothing_is_called_positive_then_precision_is_one_and_recall_zero()
    {
        var p = PrecisionRecall.At(Scores, Labels, 2);
        Assert.Equal((1.0, 0.0), (p.Precision, p.Recall));
    }

    [Fact]
    public void When_mistakes_have_prices_then_cost_weighs_each_kind()
    {
        var p = new ThresholdPoint(0.5, TruePositives: 5, FalsePositives: 3, FalseNegatives: 2, TrueNegatives: 10);
        Assert.Equal(2 * 20 + 3 * 1, p.Cost(falseNegativeCost: 20, falsePositiveCost: 1));
    }

    [Fact]
    public void When_scores_and_labels_do_not_pair_up_then_the_error_says_so()
    {
        var e = Assert.Throws<ArgumentException>(() => PrecisionRecall.Curve([0.1, 0.2], [true]));
        Assert.Contains("2 scores but 1 labels", e.Message);
        Assert.Contains("row 1 is NaN", Assert.Throws<ArgumentException>(() => PrecisionRecall.At([0.1, double.NaN], [true, false], 0.5)).Message);
    }
}
