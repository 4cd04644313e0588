using Notebooks.Kernel.Evaluation;

namespace Notebooks.Tests.Evaluation;

public class WalkForwardTests
{
    [Fact]
    public void When_folds_expand_then_each_trains_on_all_the_past_and_tests_the_next_rows()
    {
        var folds = WalkForward.Folds(count: 10, firstTest: 4, step: 3);
        Assert.Equal([new WalkForwardFold(0, 4, 7), new WalkForwardFold(0, 7, 10)], folds);
    }

    [Fact]
    public void When_the_last_step_is_short_then_the_last_fold_stops_at_the_data()
    {
        var folds = WalkForward.Folds(count: 9, firstTest: 4, step: 3);
        Assert.Equal(new WalkForwardFold(0, 7, 9), folds[^1]);
        Assert.Equal(5, folds.Sum(f => f.TestCount));
    }

    [Fact]
    public void When_a_window_is_given_then_training_keeps_only_the_last_rows()
    {
        var folds = WalkForward.Folds(count: 6, firstTest: 2, step: 1, window: 3);
        Assert.Equal([0, 0, 1, 2], folds.Select(f => f.TrainStart));
        Assert.All(folds, f => Assert.True(f.TrainCount <= 3));
    }

    [Fact]
    public void When_every_fold_is_tested_then_no_test_row_is_before_its_training_rows_or_tested_twice()
    {
        var folds = WalkForward.Folds(count: 50, firstTest: 12, step: 5);
        var tested = folds.SelectMany(f => Enumerable.Range(f.TrainEnd, f.TestCount)).ToList();
        Assert.Equal(Enumerable.Range(12, 38), tested);
    }

    [Fact]
    public void When_there_is_no_past_to_train_on_then_the_error_says_which_rows_are_allowed()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WalkForward.Folds(count: 10, firstTest: 0));
        Assert.Contains("between 1 and 9", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => WalkForward.Folds(count: 10, firstTest: 3, step: 0));
    }
}
