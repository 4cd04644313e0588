using Notebooks.Kernel;
using Xunit;

namespace Notebooks.Tests.Magics;

[Collection(MagicKernelCollection.Name)]
public class DeviceMagicTests
{
    [Fact]
    public async Task When_no_device_is_named_then_the_current_device_and_threads_are_reported()
    {
        using var k = new MagicKernel();
        var run = (await k.Submit("#!device")).Succeeded();
        Assert.Matches(@"^Device: (cpu|cuda) \(CUDA (not available|available, \d+ device\(s\)); \d+ CPU threads\)$", run.Text);
    }

    [Fact]
    public async Task When_cpu_is_named_then_it_becomes_the_current_device()
    {
        using var k = new MagicKernel();
        (await k.Submit("#!device cpu")).Succeeded();
        Assert.Equal(TorchSharp.DeviceType.CPU, Devices.Current.type);
    }

    [Fact]
    public async Task When_cuda_is_named_then_it_is_used_only_where_available()
    {
        using var k = new MagicKernel();
        var run = await k.Submit("#!device cuda");
        if (TorchSharp.torch.cuda.is_available())
            Assert.Equal(TorchSharp.DeviceType.CUDA, Devices.Current.type);
        else
            Assert.StartsWith("#!device: CUDA is not available here", run.Failure);
        Devices.Use("cpu");
    }

    [Fact]
    public async Task When_an_unknown_device_is_named_then_the_cell_fails_with_usage()
    {
        using var k = new MagicKernel();
        var failure = (await k.Submit("#!device gpu")).Failure;
        Assert.NotNull(failure);
        Assert.StartsWith("#!device: Unknown device 'gpu'; expected one of: cpu, cuda.", failure);
        Assert.Contains("Usage: #!device [cpu|cuda]", failure);
    }
}
