using Notebooks.Kernel.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Notebooks.Tests.Training;

public class SteadyAdamTests
{
    [Fact]
    public void When_it_takes_the_same_steps_as_torch_adam_then_the_weights_are_the_same()
    {
        manual_seed(3);
        var ours = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 2));
        var theirs = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 2));
        theirs.load_state_dict(ours.state_dict());
        var steady = new SteadyAdam(ours.parameters(), lr: 0.01);
        var adam = optim.Adam(theirs.parameters(), lr: 0.01);
        var x = randn(16, 5);

        for (var step = 0; step < 20; step++)
        {
            steady.ZeroGrad();
            ours.forward(x).pow(2).mean().backward();
            steady.Step();
            adam.zero_grad();
            theirs.forward(x).pow(2).mean().backward();
            adam.step();
        }

        foreach (var (a, b) in ours.parameters().Zip(theirs.parameters()))
            Assert.True(a.allclose(b, rtol: 1e-4, atol: 1e-6), "SteadyAdam drifted from optim.Adam");
        Assert.False(ours.parameters().First().allclose(nn.Linear(5, 8).parameters().First()));
    }

    [Fact]
    public void When_settings_are_out_of_range_then_they_are_refused()
    {
        var layer = nn.Linear(2, 2);

        Assert.Throws<ArgumentException>(() => new SteadyAdam(layer.parameters(), lr: 0));
        Assert.Throws<ArgumentException>(() => new SteadyAdam(layer.parameters(), beta1: 1));
    }
}
