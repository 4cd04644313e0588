using System.Diagnostics;
using System.Text.Json;

namespace Throughput;

/// <summary>One line of the results: the same JSON keys bench/python writes, so bench/table.py can join them.</summary>
public sealed record Measurement(string Model, string Framework, double SecondsPerEpoch, double SamplesPerSecond, double FinalLoss,
    int Epochs, int Threads)
{
    static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string ToJson() => JsonSerializer.Serialize(this, Snake);

    /// <summary>
    /// Warm-up epochs first (untimed), then the median of the timed ones; the loss is the last epoch's. The loops
    /// take turns epoch by epoch (ABAB), so a busy spell on a shared machine slows them alike.
    /// </summary>
    public static IEnumerable<Measurement> OfEpochs(string model, long rows, IReadOnlyList<(string Framework, Func<double> Epoch)> loops,
        int warmUp, int timed, int threads)
    {
        for (var i = 0; i < warmUp; i++)
            foreach (var loop in loops) loop.Epoch();
        var seconds = loops.Select(_ => new double[timed]).ToArray();
        var losses = new double[loops.Count];
        for (var i = 0; i < timed; i++)
            for (var l = 0; l < loops.Count; l++)
            {
                var clock = Stopwatch.StartNew();
                losses[l] = loops[l].Epoch();
                seconds[l][i] = clock.Elapsed.TotalSeconds;
            }
        return loops.Select((loop, l) =>
        {
            var median = Median(seconds[l]);
            return new Measurement(model, loop.Framework, median, rows / median, losses[l], timed, threads);
        });
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
