using Notebooks.Kernel.Training;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace Notebooks.Tests.Training;

public class TrainerTests
{
    [Fact]
    public void When_a_small_classifier_trains_then_its_loss_falls_and_it_learns_the_classes()
    {
        var (x, y) = TwoBlobs(200, seed: 1);
        var (vx, vy) = TwoBlobs(100, seed: 2);
        var model = Classifier();
        var trainer = new Trainer(model, nn.CrossEntropyLoss(), optim.Adam(model.parameters(), lr: 0.01))
        {
            BatchSize = 16, ShowProgress = false, Metrics = [("accuracy", Metrics.Accuracy)],
        };

        var history = trainer.Fit(x, y, epochs: 15, vx, vy);

        Assert.Equal(["loss", "accuracy", "val_loss", "val_accuracy"], history.MetricNames);
        Assert.True(history.Last("loss") < history.Series("loss")[0].Value / 2, history.ToString());
        Assert.True(history.Last("val_accuracy") > 0.9, history.ToString());
    }

    [Fact]
    public void When_training_runs_a_thousand_steps_then_no_tensors_are_left_behind()
    {
        var (x, y) = TwoBlobs(64, seed: 3);
        var model = Classifier();
        var trainer = new Trainer(model, nn.CrossEntropyLoss(), optim.Adam(model.parameters(), lr: 0.01))
        {
            BatchSize = 8, ShowProgress = false, Metrics = [("accuracy", Metrics.Accuracy)],
        };
        trainer.Fit(x, y, epochs: 2, x, y); // warm-up: optimizer state is created on the first steps
        var live = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        trainer.Fit(x, y, epochs: 125, x, y); // 64 rows / 8 per batch × 125 epochs = 1,000 steps

        Assert.InRange(DisposeScopeManager.Statistics.ThreadTotalLiveCount - live, 0, 5);
    }

    static nn.Module<Tensor, Tensor> Classifier()
    {
        manual_seed(0);
        return nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2));
    }

    /// <summary>Two Gaussian blobs around (-1, -1) and (1, 1), labels 0 and 1.</summary>
    static (Tensor X, Tensor Y) TwoBlobs(int rows, int seed)
    {
        var random = new Random(seed);
        var x = new float[rows * 2];
        var y = new long[rows];
        for (var i = 0; i < rows; i++)
        {
            y[i] = i % 2;
            var centre = y[i] == 0 ? -1f : 1f;
            x[2 * i] = centre + Gaussian(random) * 0.5f;
            x[2 * i + 1] = centre + Gaussian(random) * 0.5f;
        }
        return (tensor(x).reshape(rows, 2), tensor(y));
    }

    static float Gaussian(Random random) =>
        (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}
