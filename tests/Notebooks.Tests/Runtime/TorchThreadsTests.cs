using Notebooks.Kernel;
using Notebooks.Tests.Magics;

namespace Notebooks.Tests.Runtime;

// Seeds is process-wide: run beside the #!seed tests, never at the same time.
[Collection(MagicKernelCollection.Name)]
public class TorchThreadsTests
{
    // One TorchSharp thread means libtorch's OpenMP team has no worker threads, so none can spin on a core
    // that ML.NET's tree trainers need after a network is trained in the same kernel (bench/README.md, "Trees").
    [Fact]
    public void When_seeds_are_set_then_torch_runs_on_one_thread()
    {
        Seeds.Set(3);

        Assert.Equal(Seeds.TorchThreads, TorchSharp.torch.get_num_threads());
        Assert.Equal(1, Seeds.TorchThreads);
    }
}
