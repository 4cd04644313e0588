using System.Globalization;

namespace Throughput;

/// <summary>
/// The repo's CSV files, read and split exactly as bench/python/data.py does: digits' first 1,400 rows train,
/// the other 397 test; breast cancer's every fifth row (0, 5, 10, …) tests; every fourth first name is a sequence.
/// </summary>
public static class BenchData
{
    public const int DigitsTrainRows = 1400;
    public const string NameBoundary = ".";
    public const int NameContext = 16;
    /// <summary>Every fourth name (2,213 of 8,849): an epoch of seconds, not minutes, on two cores.</summary>
    public const int NameStride = 4;

    static string[][] Rows(string file) =>
        File.ReadAllLines(file).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();

    /// <summary>Pixels scaled to 0–1 (the 8×8 images hold 0–16) and labels 0–9, train rows only.</summary>
    public static (float[] Pixels, long[] Labels) DigitsTrain(string dataFolder)
    {
        var rows = Rows(Path.Combine(dataFolder, "digits.csv")).Take(DigitsTrainRows).ToArray();
        var pixels = rows.SelectMany(r => r.Take(64).Select(v => float.Parse(v, CultureInfo.InvariantCulture) / 16f)).ToArray();
        return (pixels, rows.Select(r => long.Parse(r[64], CultureInfo.InvariantCulture)).ToArray());
    }

    public sealed record Split(float[][] TrainX, bool[] TrainY, float[][] TestX, bool[] TestY);

    /// <summary>30 features and the 'malignant' label (true/false).</summary>
    public static Split BreastCancer(string dataFolder)
    {
        var rows = Rows(Path.Combine(dataFolder, "breast-cancer.csv"));
        var x = rows.Select(r => r.Take(30).Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var y = rows.Select(r => r[30] == "true").ToArray();
        bool IsTest(int i) => i % 5 == 0;
        return new(
            x.Where((_, i) => !IsTest(i)).ToArray(), y.Where((_, i) => !IsTest(i)).ToArray(),
            x.Where((_, i) => IsTest(i)).ToArray(), y.Where((_, i) => IsTest(i)).ToArray());
    }

    /// <summary>
    /// Each lower-cased name as ".name." padded with "." to 17 characters: inputs are the first 16 character ids,
    /// targets the 16 after them. The vocabulary is the sorted set of characters (with ".").
    /// </summary>
    public static (long[] Inputs, long[] Targets, int Rows, int Vocabulary) Names(string dataFolder)
    {
        var names = Rows(Path.Combine(dataFolder, "first-names.csv")).Where((_, i) => i % NameStride == 0).Select(r => r[0].ToLowerInvariant()).ToArray();
        var vocabulary = names.SelectMany(n => n).Append(NameBoundary[0]).Distinct().Order().ToArray();
        var ids = vocabulary.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => (long)p.i);
        var inputs = new List<long>();
        var targets = new List<long>();
        foreach (var name in names)
        {
            var text = (NameBoundary + name + NameBoundary).PadRight(NameContext + 1, NameBoundary[0])[..(NameContext + 1)];
            var sequence = text.Select(c => ids[c]).ToArray();
            inputs.AddRange(sequence[..NameContext]);
            targets.AddRange(sequence[1..]);
        }
        return (inputs.ToArray(), targets.ToArray(), names.Length, vocabulary.Length);
    }
}
