using TorchSharp;
using static TorchSharp.torch;

namespace Throughput;

/// <summary>
/// The plain loop, line for line what bench/python/throughput.py runs: a seeded random order each epoch,
/// mini-batches picked with index_select, zero_grad → forward → loss → backward → step, and the loss read
/// back per batch. Each step runs in its own dispose scope so no tensor outlives it.
/// </summary>
public sealed class BareLoop
{
    readonly Workload work;
    readonly nn.Module<Tensor, Tensor> model;
    readonly optim.Optimizer optimizer;
    readonly Generator order = new(0);

    public BareLoop(Workload work)
    {
        this.work = work;
        model = work.BuildSeeded();
        optimizer = optim.Adam(model.parameters(), lr: work.LearningRate);
    }

    /// <summary>One pass over the data; the mean training loss over its rows.</summary>
    public double Epoch()
    {
        model.train();
        using var permutation = randperm(work.Rows, generator: order);
        var sum = 0.0;
        for (long start = 0; start < work.Rows; start += Workload.BatchSize)
        {
            using var scope = NewDisposeScope();
            var rows = permutation.narrow(0, start, Math.Min(Workload.BatchSize, work.Rows - start));
            var (x, y) = (work.X.index_select(0, rows), work.Y.index_select(0, rows));
            optimizer.zero_grad();
            var loss = Workload.Loss(model.forward(x), y);
            loss.backward();
            optimizer.step();
            sum += loss.ToDouble() * rows.shape[0];
        }
        return sum / work.Rows;
    }
}
