using Notebooks.Kernel.ModelTesting;

namespace Notebooks.Tests.ModelTests;

public class SliceMetricsTests
{
    [Fact]
    public void When_one_slice_is_worse_then_its_accuracy_shows_it()
    {
        var scores = SliceMetrics.Accuracy(["b", "a", "a", "b", "a"], [true, true, true, false, true]);
        Assert.Equal([new SliceScore("a", 3, 1.0), new SliceScore("b", 2, 0.5)], scores);
    }

    [Fact]
    public void When_lengths_differ_then_it_says_both_counts()
    {
        var error = Assert.Throws<ArgumentException>(() => SliceMetrics.Accuracy(["a"], [true, false]));
        Assert.Contains("1 slice names but 2 outcomes", error.Message);
    }
}
