using System.Text.Json;

namespace Notebooks.Kernel.ModelTesting;

/// <summary>
/// A regression check: the metrics of a model that was accepted are stored in a JSON file
/// (<c>{"accuracy": 0.97, ...}</c>, higher is better); a new model must not fall more than a tolerance below them.
/// </summary>
public static class MetricBaseline
{
    public static void Save(string path, IReadOnlyDictionary<string, double> metrics)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(new SortedDictionary<string, double>(metrics.ToDictionary()),
            new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    public static IReadOnlyDictionary<string, double> Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"no metric baseline at {Path.GetFullPath(path)}", path);
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path))
                   ?? throw new InvalidDataException($"{path}: the baseline is null; expected {{\"metric\": number, ...}}");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} line {e.LineNumber + 1}: not a metric baseline ({{\"metric\": number, ...}}): {e.Message}", e);
        }
    }

    /// <summary>One line per regression ("accuracy 0.912 < baseline 0.965 − 0.010"); empty when none. A metric
    /// in the baseline that the new model does not report is a regression too.</summary>
    public static IReadOnlyList<string> Regressions(IReadOnlyDictionary<string, double> current,
        IReadOnlyDictionary<string, double> baseline, double tolerance)
    {
        var found = new List<string>();
        foreach (var (metric, expected) in baseline.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!current.TryGetValue(metric, out var actual))
                found.Add($"{metric} missing (baseline {expected:F3})");
            else if (actual < expected - tolerance)
                found.Add($"{metric} {actual:F3} < baseline {expected:F3} − {tolerance:F3}");
        }
        return found;
    }
}
