using Notebooks.Kernel.Sequences;

namespace Notebooks.Tests.Sequences;

public class SlidingWindowsTests
{
    // Row r holds (r, 10r): easy to see which rows a window took.
    static float[,] Series(int rows)
    {
        var series = new float[rows, 2];
        for (var r = 0; r < rows; r++) (series[r, 0], series[r, 1]) = (r, 10 * r);
        return series;
    }

    [Fact]
    public void When_a_series_is_windowed_then_each_window_is_followed_by_its_target()
    {
        var windows = SlidingWindows.Of(Series(6), length: 3, targetColumn: 1);

        Assert.Equal(3, windows.Count);
        Assert.Equal([3, 4, 5], windows.TargetRows);
        Assert.Equal([30f, 40f, 50f], windows.Targets);
        Assert.Equal([1f, 2f, 3f], Enumerable.Range(0, 3).Select(t => windows.Inputs[1, t, 0]));
        Assert.Equal(30f, windows.Inputs[1, 2, 1]);
    }

    [Fact]
    public void When_the_horizon_is_longer_then_targets_lie_further_ahead_and_there_are_fewer_windows()
    {
        var windows = SlidingWindows.Of(Series(6), length: 2, targetColumn: 0, horizon: 3);

        Assert.Equal([4, 5], windows.TargetRows);
        Assert.Equal([4f, 5f], windows.Targets);
    }

    [Fact]
    public void When_windows_are_filtered_by_target_row_then_inputs_targets_and_rows_stay_together()
    {
        var windows = SlidingWindows.Of(Series(8), length: 2, targetColumn: 0).Where(row => row >= 5);

        Assert.Equal([5, 6, 7], windows.TargetRows);
        Assert.Equal([5f, 6f, 7f], windows.Targets);
        Assert.Equal(4f, windows.Inputs[0, 1, 0]);
        Assert.Equal(60f, windows.Inputs[2, 1, 1]);
    }

    [Fact]
    public void When_the_series_is_too_short_then_the_error_says_why()
    {
        var error = Assert.Throws<ArgumentException>(() => SlidingWindows.Of(Series(3), length: 3, targetColumn: 0));

        Assert.Contains("a series of 3 rows has no window of 3 rows", error.Message);
    }

    [Fact]
    public void When_the_target_column_does_not_exist_then_the_error_gives_the_columns()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SlidingWindows.Of(Series(5), length: 2, targetColumn: 2));

        Assert.Contains("columns 0–1", error.Message);
    }
}
