using System.Diagnostics;
using System.Text.Json;

namespace Throughput;

/// <summary>
/// Where a training step's time goes: the loop calls <see cref="Lap"/> after each phase and the time since the
/// previous lap is added to that phase. The same phases as bench/python/throughput.py's --phases.
/// </summary>
public sealed class PhaseClock
{
    public enum Phase { Batch, ZeroGrad, Forward, Loss, Backward, Step, ReadBack, Scope }

    static readonly string[] Names = ["batch", "zero_grad", "forward", "loss", "backward", "step", "read_back", "scope"];

    readonly long[] ticks = new long[Names.Length];
    long last;
    public long Steps { get; private set; }

    public void Start() => last = Stopwatch.GetTimestamp();

    public void Lap(Phase phase)
    {
        var now = Stopwatch.GetTimestamp();
        ticks[(int)phase] += now - last;
        last = now;
    }

    public void EndStep() => Steps++;

    /// <summary>Forgets the warm-up steps.</summary>
    public void Reset()
    {
        Array.Clear(ticks);
        Steps = 0;
    }

    /// <summary>One JSON line: microseconds per step for each phase.</summary>
    public string ToJson(string model, string framework, int threads) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["model"] = model, ["framework"] = framework, ["threads"] = threads, ["steps"] = Steps,
        ["phase_us"] = Names.Select((name, i) => (name, us: ticks[i] * 1e6 / Stopwatch.Frequency / Steps))
            .ToDictionary(p => p.name, p => Math.Round(p.us, 2)),
    });
}
