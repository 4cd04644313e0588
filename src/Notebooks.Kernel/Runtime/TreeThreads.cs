using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Notebooks.Kernel;

/// <summary>
/// The thread count of ML.NET's tree trainers (FastTree, FastForest). ML.NET keeps it in one process-wide value
/// that the FIRST tree trainer created in the process sets; every later trainer's <c>NumberOfThreads</c> is
/// ignored. With 1 thread each split search hops to the thread pool once per feature (Task.Run, then Wait):
/// measured on the bench forest, 2.4× the CPU of 2 threads. The trees come out the same for any count
/// (bench/README.md, "Trees"), so <see cref="Seeds.Set"/> pins the faster count before a lesson builds a trainer.
/// </summary>
public static class TreeThreads
{
    /// <summary>ML.NET's own default (all cores), but never the 1-thread path, even on a one-core machine.</summary>
    public static int Preferred => Math.Max(2, Environment.ProcessorCount);

    /// <summary>
    /// Creates a throwaway tree trainer so the count becomes <paramref name="threads"/>, unless an earlier trainer
    /// in this process already fixed it. Returns the count in effect.
    /// </summary>
    public static int? Pin(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        new MLContext().BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options { NumberOfThreads = threads });
        return Current;
    }

    /// <summary>The count in effect: 0 before any tree trainer exists; null if ML.NET no longer keeps it where we read it.</summary>
    public static int? Current =>
        typeof(FastTreeBinaryTrainer).Assembly.GetType("Microsoft.ML.Trainers.FastTree.ThreadTaskManager")
            ?.GetProperty("NumThreads", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as int?;
}
