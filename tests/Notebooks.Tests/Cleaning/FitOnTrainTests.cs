using Microsoft.Data.Analysis;
using Notebooks.Kernel.Cleaning;
using Notebooks.Kernel.Data;
using Xunit;
using static Notebooks.Tests.Cleaning.Frame;

namespace Notebooks.Tests.Cleaning;

public class FitOnTrainTests
{
    [Theory]
    [InlineData(ImputeStrategy.Mean, 4.0)]
    [InlineData(ImputeStrategy.Median, 1.5)]
    [InlineData(ImputeStrategy.Mode, 1.0)]
    public void When_imputing_then_the_value_comes_from_train_and_fills_other_frames(ImputeStrategy strategy, double expected)
    {
        var train = Of(Num("x", 1, 1, 2, 12, null));
        var test = Of(Num("x", null, 1000));
        var imputer = Imputer.Fit(train, "x", strategy);
        Assert.Equal(expected, imputer.Value);
        Assert.Equal([expected, 1000.0], Values(imputer.Transform(test), "x"));
    }

    [Fact]
    public void When_the_mode_is_tied_then_the_smallest_value_wins_whatever_the_order()
    {
        Assert.Equal("a", Imputer.Fit(Of(Text("s", "b", "a", "b", "a")), "s", ImputeStrategy.Mode).Value);
        Assert.Equal("a", Imputer.Fit(Of(Text("s", "a", "b", "a", "b")), "s", ImputeStrategy.Mode).Value);
    }

    [Fact]
    public void When_a_mean_is_asked_of_text_then_the_error_says_so()
    {
        var e = Assert.Throws<ArgumentException>(() => Imputer.Fit(Of(Text("s", "a")), "s", ImputeStrategy.Mean));
        Assert.Equal("Column 's' holds String, not numbers.", e.Message);
        Assert.Throws<ArgumentException>(() => Imputer.Fit(Of(Text("s")), "s", ImputeStrategy.Mode));
    }

    [Fact]
    public void When_scaling_then_train_gets_mean_0_std_1_and_other_frames_use_train_statistics()
    {
        var train = Of(Num("x", 1, 2, 3), Num("flat", 5, 5, 5));
        var scaler = StandardScaler.Fit(train, "x", "flat");
        var std = Math.Sqrt(2.0 / 3);
        Assert.Equal([-1 / std, 0.0, 1 / std], Values(scaler.Transform(train), "x"));
        Assert.Equal([0.0, 0.0, 0.0], Values(scaler.Transform(train), "flat"));
        Assert.Equal([(10 - 2) / std, null], Values(scaler.Transform(Of(Num("x", 10, null), Num("flat", 5, 5))), "x"));
    }

    [Fact]
    public void When_split_with_the_same_seed_then_the_parts_repeat_and_keep_class_shares()
    {
        var labels = Enumerable.Repeat("a", 60).Concat(Enumerable.Repeat("b", 40)).ToArray();
        var df = Of(Text("y", labels), Num("i", Enumerable.Range(0, 100).Select(i => (double?)i).ToArray()));
        var s1 = Splits.Stratified(df, "y", validation: 0.2, test: 0.1, seed: 1);
        var s2 = Splits.Stratified(df, "y", validation: 0.2, test: 0.1, seed: 1);
        var s3 = Splits.Stratified(df, "y", validation: 0.2, test: 0.1, seed: 2);
        Assert.Equal(Values(s1.Test, "i"), Values(s2.Test, "i"));
        Assert.NotEqual(Values(s1.Test, "i"), Values(s3.Test, "i"));
        Assert.Equal((42, 28), Count(s1.Train));
        Assert.Equal((12, 8), Count(s1.Validation));
        Assert.Equal((6, 4), Count(s1.Test));
        var all = Values(s1.Train, "i").Concat(Values(s1.Validation, "i")).Concat(Values(s1.Test, "i")).Cast<double>().Order();
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (double)i), all);

        static (int, int) Count(DataFrame part) =>
            (Values(part, "y").Count(v => (string?)v == "a"), Values(part, "y").Count(v => (string?)v == "b"));
    }

    [Theory]
    [InlineData(0.5, 0.5)]
    [InlineData(-0.1, 0.1)]
    public void When_split_fractions_leave_no_training_rows_then_the_error_says_so(double validation, double test) =>
        Assert.Throws<ArgumentException>(() => Splits.Stratified(Of(Text("y", "a")), "y", validation, test, 1));

    [Fact]
    public void When_labels_are_missing_then_the_split_refuses()
    {
        var e = Assert.Throws<ArgumentException>(() => Splits.Stratified(Of(Text("y", "a", null)), "y", 0.1, 0.1, 1));
        Assert.Equal("Label column 'y' has 1 missing values; clean them first.", e.Message);
    }

    [Fact]
    public void When_the_penguins_lesson_pipeline_runs_then_no_row_is_lost_and_no_placeholder_survives()
    {
        var raw = Datasets.Load("penguins");
        var r = CleaningResult.Start(raw)
            .Then(df => Placeholders.ToNull(df))
            .Then(df => CategoryText.Normalise(df, "Sex"))
            .Then(df => MissingValues.DropRows(df, "Body Mass (g)"))
            .Then(df => Duplicates.Remove(df));
        Assert.Equal(raw.Rows.Count, r.TotalRows);
        Assert.Equal(2, r.Quarantine.Rows.Count);
        var split = Splits.Stratified(r.Clean, "Species", 0.15, 0.15, seed: 42);
        var imputer = Imputer.Fit(split.Train, "Sex", ImputeStrategy.Mode);
        Assert.Equal(0, imputer.Transform(split.Test).Columns["Sex"].NullCount);
        Assert.DoesNotContain(".", Values(r.Clean, "Sex"));
        Assert.Equal(r.Clean.Rows.Count, split.Train.Rows.Count + split.Validation.Rows.Count + split.Test.Rows.Count);
    }
}
