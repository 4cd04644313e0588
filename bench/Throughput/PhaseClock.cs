using System.Diagnostics;
using System.Text.Json;

namespace Throughput;

/// <summary>
/// Where a training step's time goes: the loop calls <see cref="Lap"/> after each phase and the time since the
/// previous lap is that phase's. Reported as the median per phase over all steps (on a shared machine a mean is
/// the few steps a busy neighbour stalled), in µs. The same phases as bench/python/throughput.py's --phases.
/// </summary>
public sealed class PhaseClock
{
    public enum Phase { Batch, ZeroGrad, Forward, Loss, Backward, Step, ReadBack, Scope }

    static readonly string[] Names = ["batch", "zero_grad", "forward", "loss", "backward", "step", "read_back", "scope"];

    readonly List<long>[] laps = Names.Select(_ => new List<long>()).ToArray();
    long last;

    public void Start() => last = Stopwatch.GetTimestamp();

    public void Lap(Phase phase)
    {
        var now = Stopwatch.GetTimestamp();
        laps[(int)phase].Add(now - last);
        last = now;
    }

    /// <summary>Forgets the warm-up steps.</summary>
    public void Reset()
    {
        foreach (var list in laps) list.Clear();
    }

    /// <summary>One JSON line: the median microseconds per step of each phase.</summary>
    public string ToJson(string model, string framework, int threads) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["model"] = model, ["framework"] = framework, ["threads"] = threads, ["steps"] = laps[0].Count,
        ["phase_us"] = Names.Select((name, i) => (name, us: Measurement.Median(laps[i].Select(t => (double)t)) * 1e6 / Stopwatch.Frequency))
            .ToDictionary(p => p.name, p => Math.Round(p.us, 2)),
    });
}
