using System.Diagnostics;
using System.Text.Json;

namespace Throughput;

/// <summary>One line of the results: the same JSON keys bench/python writes, so bench/table.py can join them.</summary>
public sealed record Measurement(string Model, string Framework, double SecondsPerEpoch, double SamplesPerSecond, double FinalLoss,
    int Epochs, int Threads)
{
    static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string ToJson() => JsonSerializer.Serialize(this, Snake);

    /// <summary>Warm-up epochs first (untimed), then the median of the timed ones; the loss is the last epoch's.</summary>
    public static Measurement OfEpochs(string model, string framework, long rows, Func<double> epoch, int warmUp, int timed, int threads)
    {
        for (var i = 0; i < warmUp; i++) epoch();
        var seconds = new double[timed];
        var loss = double.NaN;
        for (var i = 0; i < timed; i++)
        {
            var clock = Stopwatch.StartNew();
            loss = epoch();
            seconds[i] = clock.Elapsed.TotalSeconds;
        }
        var median = Median(seconds);
        return new(model, framework, median, rows / median, loss, timed, threads);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
