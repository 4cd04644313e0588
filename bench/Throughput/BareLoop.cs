using TorchSharp;
using static TorchSharp.torch;
using Phase = Throughput.PhaseClock.Phase;

namespace Throughput;

/// <summary>
/// The plain loop, line for line what bench/python/throughput.py runs: a seeded random order each epoch,
/// mini-batches picked with index_select, zero_grad → forward → loss → backward → step, and the loss read
/// back per batch. Each step runs in its own dispose scope so no tensor outlives it. With a clock, each phase
/// of each step is timed (the laps cost ~50 ns each, so the loop stays the same loop).
/// </summary>
public sealed class BareLoop
{
    readonly Workload work;
    readonly nn.Module<Tensor, Tensor> model;
    readonly optim.Optimizer optimizer;
    readonly Generator order = new(0);

    public BareLoop(Workload work, Func<IEnumerable<TorchSharp.Modules.Parameter>, double, optim.Optimizer> optimizer)
    {
        this.work = work;
        model = work.BuildSeeded();
        this.optimizer = optimizer(model.parameters(), work.LearningRate);
    }

    public PhaseClock? Clock { get; init; }

    /// <summary>One pass over the data; the mean training loss over its rows.</summary>
    public double Epoch()
    {
        model.train();
        using var permutation = randperm(work.Rows, generator: order);
        var sum = 0.0;
        for (long start = 0; start < work.Rows; start += Workload.BatchSize)
        {
            Clock?.Start();
            var scope = NewDisposeScope();
            var rows = permutation.narrow(0, start, Math.Min(Workload.BatchSize, work.Rows - start));
            var (x, y) = (work.X.index_select(0, rows), work.Y.index_select(0, rows));
            Clock?.Lap(Phase.Batch);
            optimizer.zero_grad();
            Clock?.Lap(Phase.ZeroGrad);
            var prediction = model.forward(x);
            Clock?.Lap(Phase.Forward);
            var loss = Workload.Loss(prediction, y);
            Clock?.Lap(Phase.Loss);
            loss.backward();
            Clock?.Lap(Phase.Backward);
            optimizer.step();
            Clock?.Lap(Phase.Step);
            sum += loss.ToDouble() * rows.shape[0];
            Clock?.Lap(Phase.ReadBack);
            scope.Dispose();
            Clock?.Lap(Phase.Scope);
        }
        return sum / work.Rows;
    }
}
