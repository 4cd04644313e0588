using System.Diagnostics;
using Notebooks.Kernel.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Throughput;

/// <summary>
/// A training step must not leak: many Trainer steps on the digits CNN (10,000 by default), sampling TorchSharp's
/// live-tensor count, the process's resident memory and the .NET heap every few hundred steps, to tell a leak
/// (growing all along) from allocator and JIT warm-up (growing early, then flat).
/// </summary>
public static class MemoryCheck
{
    public sealed record Sample(long Step, long LiveTensors, double RssMb, double GcHeapMb);

    public sealed record Result(string Optimizer, long Steps, IReadOnlyList<Sample> Samples);

    public static Result Run(Workload work, string optimizerName, Func<IEnumerable<TorchSharp.Modules.Parameter>, double, optim.Optimizer> optimizer,
        int steps, int samples = 20)
    {
        var model = work.BuildSeeded();
        var trainer = new Trainer(model, Workload.Loss, optimizer(model.parameters(), work.LearningRate))
        {
            BatchSize = Workload.BatchSize, ShowProgress = false,
        };
        var stepsPerEpoch = (int)((work.Rows + Workload.BatchSize - 1) / Workload.BatchSize);
        var epochsPerSample = Math.Max(1, steps / samples / stepsPerEpoch);
        var taken = new List<Sample>();
        long done = 0;
        while (done < steps)
        {
            trainer.Fit(work.X, work.Y, epochs: epochsPerSample);
            done += (long)epochsPerSample * stepsPerEpoch;
            taken.Add(Measure(done));
        }
        return new(optimizerName, done, taken);
    }

    static Sample Measure(long step)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        return new(step, DisposeScopeManager.Statistics.ThreadTotalLiveCount, self.WorkingSet64 / 1048576.0, GC.GetTotalMemory(false) / 1048576.0);
    }
}
