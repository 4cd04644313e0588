using Notebooks.Kernel.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Notebooks.Tests.Training;

public class EarlyStoppingTests
{
    [Fact]
    public void When_the_metric_stops_improving_then_it_stops_after_patience_epochs()
    {
        var stopping = EarlyStopping.Minimize("val_loss", patience: 2);
        using var model = nn.Linear(1, 1);
        double[] losses = [0.9, 0.5, 0.6, 0.7];

        var stops = losses.Select((loss, i) => stopping.Update(i + 1, [("val_loss", loss)], model)).ToArray();

        Assert.Equal([false, false, false, true], stops);
        Assert.Equal(2, stopping.BestEpoch);
        Assert.Equal(0.5, stopping.BestValue);
        Assert.Equal(4, stopping.StoppedEpoch);
    }

    [Fact]
    public void When_watching_a_metric_to_maximise_then_a_higher_value_is_the_improvement()
    {
        var stopping = EarlyStopping.Maximize("val_accuracy", patience: 1);
        using var model = nn.Linear(1, 1);

        stopping.Update(1, [("val_accuracy", 0.7)], model);
        stopping.Update(2, [("val_accuracy", 0.9)], model);
        var stopped = stopping.Update(3, [("val_accuracy", 0.8)], model);

        Assert.True(stopped);
        Assert.Equal(2, stopping.BestEpoch);
    }

    [Fact]
    public void When_restoring_then_the_model_gets_the_weights_of_the_best_epoch_back()
    {
        var stopping = EarlyStopping.Minimize("loss", patience: 5);
        using var model = nn.Linear(2, 1);
        SetWeights(model, 1f);
        stopping.Update(1, [("loss", 0.1)], model);
        SetWeights(model, 7f);
        stopping.Update(2, [("loss", 0.3)], model);

        stopping.RestoreBest(model);

        Assert.All(model.parameters(), p => Assert.All(p.data<float>().ToArray(), v => Assert.Equal(1f, v)));
    }

    [Fact]
    public void When_the_watched_metric_is_not_logged_then_the_error_names_it_and_what_was_logged()
    {
        var stopping = EarlyStopping.Minimize("val_loss");
        using var model = nn.Linear(1, 1);

        var error = Assert.Throws<ArgumentException>(() => stopping.Update(3, [("loss", 0.2)], model));

        Assert.Contains("'val_loss'", error.Message);
        Assert.Contains("epoch 3 logged only: loss", error.Message);
        Assert.Contains("validation data", error.Message);
    }

    [Fact]
    public void When_the_trainer_has_early_stopping_then_it_stops_and_hands_back_the_best_validation_weights()
    {
        manual_seed(0);
        var (x, y) = Noise(rows: 40, seed: 1);
        var (vx, vy) = Noise(rows: 40, seed: 2);
        var model = nn.Sequential(nn.Linear(8, 64), nn.ReLU(), nn.Linear(64, 2));
        var stopping = EarlyStopping.Minimize("val_loss", patience: 3);
        var trainer = new Trainer(model, nn.CrossEntropyLoss(), optim.Adam(model.parameters(), lr: 0.05))
        {
            BatchSize = 8, ShowProgress = false, EarlyStopping = stopping,
        };

        var history = trainer.Fit(x, y, epochs: 200, vx, vy);

        // Labels are noise: validation loss can only get worse once the model memorises, so it stops early.
        Assert.NotNull(stopping.StoppedEpoch);
        Assert.Equal(stopping.StoppedEpoch, history.Steps[^1]);
        Assert.Equal(stopping.StoppedEpoch - 3, stopping.BestEpoch);
        var restored = trainer.Evaluate(vx, vy)[0];
        Assert.Equal(history.Series("val_loss").Min(p => p.Value), restored, precision: 5);
    }

    [Fact]
    public void When_the_trainer_has_a_schedule_then_the_learning_rate_of_each_epoch_is_logged()
    {
        manual_seed(0);
        var (x, y) = Noise(rows: 16, seed: 3);
        var model = nn.Linear(8, 2);
        var optimizer = optim.SGD(model.parameters(), learningRate: 0.1);
        var trainer = new Trainer(model, nn.CrossEntropyLoss(), optimizer)
        {
            BatchSize = 8, ShowProgress = false, Schedule = optim.lr_scheduler.StepLR(optimizer, step_size: 2, gamma: 0.5),
        };

        var history = trainer.Fit(x, y, epochs: 5);

        Assert.Equal([0.1, 0.1, 0.05, 0.05, 0.025], history.Series("lr").Select(p => p.Value), new Tolerance(1e-9));
    }

    static void SetWeights(nn.Module model, float value)
    {
        using var noGrad = no_grad();
        foreach (var p in model.parameters()) p.fill_(value);
    }

    static (Tensor X, Tensor Y) Noise(int rows, int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, rows * 8).Select(_ => (float)random.NextDouble()).ToArray();
        var y = Enumerable.Range(0, rows).Select(_ => (long)random.Next(2)).ToArray();
        return (tensor(x).reshape(rows, 8), tensor(y));
    }

    sealed class Tolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= tolerance;
        public int GetHashCode(double value) => 0;
    }
}
