using Notebooks.Kernel.Training;
using static TorchSharp.torch;

namespace Throughput;

/// <summary>
/// The project's own Trainer, as the lessons call it (with the library's SteadyAdam): live progress on (printed to stderr here, where a notebook
/// would draw it) and a history. Each Fit runs one epoch, with its own seed, so every epoch can be timed on its
/// own; that is slightly more work than one long Fit (a fresh history and a progress draw per epoch), never less.
/// </summary>
public sealed class HelperLoop
{
    readonly Workload work;
    readonly nn.Module<Tensor, Tensor> model;
    readonly optim.Optimizer optimizer;
    int epoch;

    public HelperLoop(Workload work)
    {
        this.work = work;
        model = work.BuildSeeded();
        optimizer = new SteadyAdam(model.parameters(), lr: work.LearningRate);
    }

    public double Epoch()
    {
        var trainer = new Trainer(model, Workload.Loss, optimizer) { BatchSize = Workload.BatchSize, Seed = ++epoch, ShowProgress = true };
        var tableOutput = Console.Out;
        Console.SetOut(Console.Error);
        try
        {
            return trainer.Fit(work.X, work.Y, epochs: 1).Last("loss");
        }
        finally
        {
            Console.SetOut(tableOutput);
        }
    }
}
