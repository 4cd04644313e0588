using Notebooks.Kernel.Reinforcement;

namespace Notebooks.Tests.Reinforcement;

public class ReplayBufferTests
{
    [Fact]
    public void When_the_buffer_is_full_then_the_oldest_items_are_replaced()
    {
        var buffer = new ReplayBuffer<int>(3);
        foreach (var i in Enumerable.Range(1, 5)) buffer.Add(i);

        var sample = buffer.Sample(300, new Random(1));

        Assert.Equal(3, buffer.Count);
        Assert.Equal([3, 4, 5], sample.Distinct().Order());
    }

    [Fact]
    public void When_sampled_with_the_same_seed_then_the_batch_is_the_same()
    {
        var buffer = new ReplayBuffer<int>(100);
        foreach (var i in Enumerable.Range(0, 50)) buffer.Add(i);

        Assert.Equal(buffer.Sample(16, new Random(4)), buffer.Sample(16, new Random(4)));
        Assert.NotEqual(buffer.Sample(16, new Random(4)), buffer.Sample(16, new Random(5)));
    }

    [Fact]
    public void When_the_buffer_is_empty_then_sampling_says_to_add_first()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ReplayBuffer<int>(4).Sample(2, new Random(1)));

        Assert.Contains("empty", error.Message);
    }
}
