using Notebooks.Kernel;
using Notebooks.Tests.Magics;

namespace Notebooks.Tests.Runtime;

// Seeds is process-wide: run beside the #!seed tests, never at the same time.
[Collection(MagicKernelCollection.Name)]
public class TreeThreadsTests
{
    [Fact]
    public void When_seeds_are_set_then_tree_trainers_run_on_the_preferred_thread_count()
    {
        Seeds.Set(5);

        Assert.True(TreeThreads.Preferred >= 2);
        Assert.Equal(TreeThreads.Preferred, TreeThreads.Current);
    }

    [Fact]
    public void When_a_later_tree_trainer_asks_for_one_thread_then_the_first_count_stays()
    {
        TreeThreads.Pin(TreeThreads.Preferred);

        Assert.Equal(TreeThreads.Preferred, TreeThreads.Pin(1));
    }

    [Fact]
    public void When_asked_for_no_threads_then_it_refuses()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TreeThreads.Pin(0));
    }
}
