using Notebooks.Kernel.Training;
using Xunit;

namespace Notebooks.Tests.Training;

public class BatchesTests
{
    [Fact]
    public void When_shuffled_then_every_row_appears_once_and_the_last_batch_holds_the_rest()
    {
        var batches = Batches.Shuffled(10, 4, new Random(1)).ToArray();

        Assert.Equal([4, 4, 2], batches.Select(b => b.Length));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), batches.SelectMany(b => b).Order());
    }

    [Fact]
    public void When_the_seed_is_the_same_then_the_batches_are_the_same()
    {
        var first = Batches.Shuffled(100, 8, new Random(7)).SelectMany(b => b).ToArray();
        var again = Batches.Shuffled(100, 8, new Random(7)).SelectMany(b => b).ToArray();
        var other = Batches.Shuffled(100, 8, new Random(8)).SelectMany(b => b).ToArray();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.NotEqual(Enumerable.Range(0, 100).Select(i => (long)i), first);
    }

    [Fact]
    public void When_in_order_then_batches_follow_the_rows()
    {
        Assert.Equal([[0L, 1L, 2L], [3L, 4L]], Batches.InOrder(5, 3));
    }

    [Fact]
    public void When_the_order_is_taken_whole_then_it_is_the_shuffled_batches_end_to_end()
    {
        Assert.Equal(Batches.Shuffled(10, 4, new Random(3)).SelectMany(b => b), Batches.ShuffledOrder(10, new Random(3)));
    }
}
