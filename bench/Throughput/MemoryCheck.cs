using System.Diagnostics;
using Notebooks.Kernel.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Throughput;

/// <summary>
/// A training step must not leak: 1,000+ Trainer steps on the digits CNN, with live tensors (TorchSharp's own
/// count) and the process's resident memory read after the first epoch and after the last.
/// </summary>
public static class MemoryCheck
{
    public sealed record Result(int Steps, long LiveTensorsAfterFirstEpoch, long LiveTensorsAtEnd, double RssMbAfterFirstEpoch, double RssMbAtEnd);

    public static Result Run(Workload work)
    {
        var model = work.BuildSeeded();
        var trainer = new Trainer(model, Workload.Loss, optim.Adam(model.parameters(), lr: work.LearningRate))
        {
            BatchSize = Workload.BatchSize, ShowProgress = false,
        };
        var stepsPerEpoch = (int)((work.Rows + Workload.BatchSize - 1) / Workload.BatchSize);
        var epochs = (1000 + stepsPerEpoch - 1) / stepsPerEpoch + 1;

        trainer.Fit(work.X, work.Y, epochs: 1);
        var (tensorsBefore, rssBefore) = (DisposeScopeManager.Statistics.ThreadTotalLiveCount, ResidentMb());
        trainer.Fit(work.X, work.Y, epochs: epochs - 1);
        return new(stepsPerEpoch * epochs, tensorsBefore, DisposeScopeManager.Statistics.ThreadTotalLiveCount, rssBefore, ResidentMb());
    }

    static double ResidentMb()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64 / 1048576.0;
    }
}
