using Notebooks.Kernel.Training;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace Notebooks.Tests.Training;

public class SteadyAdamTests
{
    [Fact]
    public void When_it_takes_the_same_steps_as_torch_adam_then_the_weights_are_the_same()
    {
        var (ours, theirs) = Twins();

        TrainSideBySide(ours, new SteadyAdam(ours.parameters(), lr: 0.01), theirs, optim.Adam(theirs.parameters(), lr: 0.01));

        AssertSameWeights(ours, theirs);
        Assert.False(ours.parameters().First().allclose(nn.Linear(5, 8).parameters().First()));
    }

    [Fact]
    public void When_garbage_is_collected_on_another_thread_all_along_then_every_step_still_succeeds()
    {
        // TorchSharp frees a Scalar that nothing references any more even while a native call still reads it, so
        // a step must hand native code only Scalars it holds itself (add_(x) alone makes a temporary alpha of 1).
        var model = nn.Linear(64, 10);
        var optimizer = new SteadyAdam(model.parameters(), lr: 0.01);
        var x = randn(32, 64);
        using var stop = new CancellationTokenSource();
        var collector = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        });
        try
        {
            for (var step = 0; step < 3_000; step++)
            {
                using var scope = NewDisposeScope();
                optimizer.zero_grad();
                var y = model.forward(x);
                (y * y).mean().backward(); // not square(): it makes a temporary Scalar itself
                optimizer.step();
            }
        }
        finally
        {
            stop.Cancel();
            collector.Wait();
        }
        Assert.Equal(3_000, optimizer.Steps);
    }

    [Fact]
    public void When_it_has_weight_decay_then_it_steps_as_torch_adamw()
    {
        var (ours, theirs) = Twins();

        TrainSideBySide(ours, new SteadyAdam(ours.parameters(), lr: 0.01, weightDecay: 0.1),
            theirs, optim.AdamW(theirs.parameters(), lr: 0.01, weight_decay: 0.1));

        AssertSameWeights(ours, theirs);
    }

    [Fact]
    public void When_the_model_sets_its_gradients_to_null_then_it_still_steps_as_torch_adam()
    {
        var (ours, theirs) = Twins();
        var steady = new SteadyAdam(ours.parameters(), lr: 0.01);
        var adam = optim.Adam(theirs.parameters(), lr: 0.01);
        var x = randn(16, 5);

        for (var step = 0; step < 10; step++)
        {
            ours.zero_grad(); // TorchSharp's Module.zero_grad sets grads to null
            ours.forward(x).pow(2).mean().backward();
            steady.Step();
            adam.zero_grad();
            theirs.forward(x).pow(2).mean().backward();
            adam.step();
        }

        AssertSameWeights(ours, theirs);
    }

    [Fact]
    public void When_a_trainer_uses_it_with_a_schedule_then_the_schedule_sets_its_learning_rate()
    {
        manual_seed(0);
        var model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2));
        var optimizer = new SteadyAdam(model.parameters(), lr: 0.04);
        var trainer = new Trainer(model, nn.CrossEntropyLoss(), optimizer)
        {
            BatchSize = 8, ShowProgress = false, Schedule = optim.lr_scheduler.StepLR(optimizer, step_size: 1, gamma: 0.5),
        };
        var x = randn(32, 2);
        var y = (x[.., 0] > 0).to(ScalarType.Int64);

        var history = trainer.Fit(x, y, epochs: 3);

        Assert.Equal([0.04, 0.02, 0.01], history.Series("lr").Select(p => Math.Round(p.Value, 6)));
        Assert.Equal(0.005, optimizer.LearningRate, 6);
        Assert.True(history.Last("loss") < history.Series("loss")[0].Value, history.ToString());
    }

    [Fact]
    public void When_it_steps_many_times_then_no_tensors_are_left_behind()
    {
        var (model, _) = Twins();
        var optimizer = new SteadyAdam(model.parameters(), lr: 0.01);
        var x = randn(16, 5);
        void Steps(int count)
        {
            for (var i = 0; i < count; i++)
            {
                using var scope = NewDisposeScope();
                optimizer.zero_grad();
                model.forward(x).pow(2).mean().backward();
                optimizer.step();
            }
        }
        Steps(2);
        var live = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        Steps(500);

        Assert.InRange(DisposeScopeManager.Statistics.ThreadTotalLiveCount - live, 0, 4);
    }

    [Fact]
    public void When_its_state_is_saved_and_loaded_then_a_fresh_optimizer_continues_the_same_steps()
    {
        var (ours, theirs) = Twins();
        var first = new SteadyAdam(ours.parameters(), lr: 0.01);
        var adam = optim.Adam(theirs.parameters(), lr: 0.01);
        TrainSideBySide(ours, first, theirs, adam, steps: 5);
        using var saved = new MemoryStream();
        first.save_state_dict(new BinaryWriter(saved));
        saved.Position = 0;

        var second = new SteadyAdam(ours.parameters(), lr: 0.01);
        second.load_state_dict(new BinaryReader(saved));
        TrainSideBySide(ours, second, theirs, adam, steps: 5);

        Assert.Equal(10, second.Steps);
        AssertSameWeights(ours, theirs);
    }

    [Fact]
    public void When_settings_are_out_of_range_then_they_are_refused()
    {
        var layer = nn.Linear(2, 2);

        Assert.Throws<ArgumentException>(() => new SteadyAdam(layer.parameters(), lr: 0));
        Assert.Throws<ArgumentException>(() => new SteadyAdam(layer.parameters(), beta1: 1));
        Assert.Throws<ArgumentException>(() => new SteadyAdam(layer.parameters(), weightDecay: -1));
    }

    static (nn.Module<Tensor, Tensor> Ours, nn.Module<Tensor, Tensor> Theirs) Twins()
    {
        manual_seed(3);
        var ours = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 2));
        var theirs = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 2));
        theirs.load_state_dict(ours.state_dict());
        return (ours, theirs);
    }

    static void TrainSideBySide(nn.Module<Tensor, Tensor> ours, optim.Optimizer steady, nn.Module<Tensor, Tensor> theirs, optim.Optimizer reference,
        int steps = 20)
    {
        manual_seed(4);
        var x = randn(16, 5);
        foreach (var (model, optimizer) in new[] { (ours, steady), (theirs, reference) })
            for (var step = 0; step < steps; step++)
            {
                optimizer.zero_grad();
                model.forward(x).pow(2).mean().backward();
                optimizer.step();
            }
    }

    static void AssertSameWeights(nn.Module<Tensor, Tensor> ours, nn.Module<Tensor, Tensor> theirs)
    {
        foreach (var (a, b) in ours.parameters().Zip(theirs.parameters()))
            Assert.True(a.allclose(b, rtol: 1e-5, atol: 1e-6), $"SteadyAdam drifted from the reference by {(a - b).abs().max().item<float>()}");
    }
}
