using Microsoft.ML;
using static TorchSharp.torch;

namespace Notebooks.Kernel;

/// <summary>One seed for every source of randomness a lesson uses. <c>#!seed 42</c> calls <see cref="Set"/>;
/// a file-based app calls it directly.</summary>
public static class Seeds
{
    /// <summary>The seed last set; null until <see cref="Set"/> is called.</summary>
    public static int? Current { get; private set; }

    /// <summary>Shared random numbers for shuffles and splits; replaced (re-seeded) by <see cref="Set"/>.</summary>
    public static Random Random { get; private set; } = new();

    /// <summary>An ML.NET context created with the seed, so trainers and splits repeat.</summary>
    public static MLContext MLContext { get; private set; } = new();

    /// <summary>Threads TorchSharp uses after <see cref="Set"/>: results repeat only for a fixed count.</summary>
    public const int TorchThreads = 1;

    public static SeedReport Set(int seed)
    {
        Current = seed;
        Random = new Random(seed);
        MLContext = new MLContext(seed);
        TreeThreads.Pin(TreeThreads.Preferred);
        return new SeedReport(seed, SeedTorch(seed));
    }

    static string SeedTorch(int seed)
    {
        try
        {
            manual_seed(seed);
            // use_deterministic_algorithms and set_deterministic_debug_mode are marked "not implemented" in
            // TorchSharp 0.107, so only the seed can be set. CPU kernels repeat only for a fixed thread count, so
            // the count is pinned: the same numbers on a laptop and a CI machine, and for these small models one
            // thread is also the fastest on a busy 2-core machine (measured: a CNN epoch 1.1 s vs 6.6 s).
            set_num_threads(TorchThreads);
            return $"torch.manual_seed({seed}); torch.set_num_threads({TorchThreads}) (TorchSharp 0.107 has no use_deterministic_algorithms)";
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or NotSupportedException)
        {
            // A machine without TorchSharp's native library can still run the ML.NET lessons.
            return $"TorchSharp not seeded: {e.GetBaseException().Message}";
        }
    }
}

public sealed record SeedReport(int Seed, string Torch)
{
    public override string ToString() =>
        $"Seed {Seed}: Seeds.Random = new Random({Seed}); Seeds.MLContext = new MLContext({Seed}); {Torch}.";
}
