using TorchSharp;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Training;

/// <summary>
/// The training loop a lesson first writes by hand, packaged: each epoch visits the rows in a seeded random
/// order, in mini-batches of <see cref="BatchSize"/>: forward, loss, backward, optimizer step. Each batch runs
/// in its own dispose scope, so native memory stays flat however long it trains. Epoch means go into a
/// <see cref="TrainingHistory"/> ("loss", each metric, and "val_"-prefixed ones when validation data is given).
/// </summary>
public sealed class Trainer(nn.Module<Tensor, Tensor> model, Func<Tensor, Tensor, Tensor> loss, optim.Optimizer optimizer)
{
    /// <summary>With a loss module such as nn.CrossEntropyLoss() or nn.MSELoss().</summary>
    public Trainer(nn.Module<Tensor, Tensor> model, nn.Module<Tensor, Tensor, Tensor> loss, optim.Optimizer optimizer)
        : this(model, loss.forward, optimizer) { }

    public int BatchSize { get; init; } = 32;
    public int Seed { get; init; }
    /// <summary>Also computed per batch and on validation data, e.g. [("accuracy", Metrics.Accuracy)].</summary>
    public IReadOnlyList<(string Name, Func<Tensor, Tensor, double> Compute)> Metrics { get; init; } = [];
    /// <summary>Live progress (a notebook output, or lines on the console); off for tests and benchmarks.</summary>
    public bool ShowProgress { get; init; } = true;
    /// <summary>Stops when a validation metric stops improving and restores the best epoch's weights.</summary>
    public EarlyStopping? EarlyStopping { get; init; }
    /// <summary>Stepped after every epoch; the epoch's learning rate is logged as "lr".</summary>
    public optim.lr_scheduler.LRScheduler? Schedule { get; init; }

    public TrainingHistory Fit(Tensor x, Tensor y, int epochs, Tensor? validationX = null, Tensor? validationY = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        if (x.shape[0] != y.shape[0])
            throw new ArgumentException($"Trainer.Fit: x has {x.shape[0]} rows but y has {y.shape[0]}.");
        if ((validationX is null) != (validationY is null))
            throw new ArgumentException("Trainer.Fit: give both validationX and validationY, or neither.");

        var history = new TrainingHistory();
        var progress = ShowProgress ? new TrainingProgress(epochs, history) : null;
        var random = new Random(Seed);
        EarlyStopping?.Reset();
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            model.train();
            // One index tensor per epoch, narrowed per batch: a tensor built from a managed array each batch cost the
            // small models more than the rest of the Trainer together.
            using var order = tensor(Batches.ShuffledOrder((int)x.shape[0], random));
            var metrics = Named("", Average(x.shape[0], (start, length) => TrainBatch(x, y, order, start, length)));
            if (validationX is not null && validationY is not null)
                metrics = [.. metrics, .. Named(TrainingHistory.ValidationPrefix, Evaluate(validationX, validationY))];
            if (Schedule is not null)
            {
                metrics = [.. metrics, ("lr", optimizer.ParamGroups.First().LearningRate)];
                Schedule.step();
            }
            if (progress is not null) progress.Log(epoch, metrics);
            else history.Log(epoch, metrics);
            if (EarlyStopping?.Update(epoch, metrics, model) == true) break;
        }
        EarlyStopping?.RestoreBest(model);
        progress?.Complete();
        return history;
    }

    /// <summary>Loss and metrics on (x, y) in evaluation mode, without gradients.</summary>
    public double[] Evaluate(Tensor x, Tensor y)
    {
        model.eval();
        using var noGrad = no_grad();
        return Average(x.shape[0], (start, length) =>
        {
            using var scope = NewDisposeScope();
            var (xb, yb) = (x.narrow(0, start, length), y.narrow(0, start, length));
            return Measure(model.forward(xb), yb);
        });
    }

    double[] TrainBatch(Tensor x, Tensor y, Tensor order, long start, long length)
    {
        using var scope = NewDisposeScope();
        var rows = order.narrow(0, start, length);
        var (xb, yb) = (x.index_select(0, rows), y.index_select(0, rows));
        optimizer.zero_grad();
        var prediction = model.forward(xb);
        var value = loss(prediction, yb);
        value.backward();
        optimizer.step();
        using var noGrad = no_grad();
        return [value.ToDouble(), .. Metrics.Select(m => m.Compute(prediction, yb))];
    }

    double[] Measure(Tensor prediction, Tensor target) =>
        [loss(prediction, target).ToDouble(), .. Metrics.Select(m => m.Compute(prediction, target))];

    /// <summary>Runs each batch (its first row and length) and weights its results by its size: the mean over all rows.</summary>
    double[] Average(long rows, Func<long, long, double[]> run)
    {
        double[]? sums = null;
        for (long start = 0; start < rows; start += BatchSize)
        {
            var length = Math.Min(BatchSize, rows - start);
            var result = run(start, length);
            sums ??= new double[result.Length];
            for (var i = 0; i < result.Length; i++) sums[i] += result[i] * length;
        }
        return sums is null ? [] : sums.Select(s => s / rows).ToArray();
    }

    (string Name, double Value)[] Named(string prefix, double[] values) =>
        values.Zip(Metrics.Select(m => m.Name).Prepend("loss"), (v, name) => (prefix + name, v)).ToArray();
}
