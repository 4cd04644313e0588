using Microsoft.Data.Analysis;
using Notebooks.Kernel.Data;

namespace Notebooks.Kernel.Cleaning;

/// <summary>Saves a train/validation/test split as &lt;folder&gt;/&lt;name&gt;-{train,validation,test}.csv, so a later
/// lesson starts from the prepared data, and reads it back. Beside the three files, &lt;name&gt;.fingerprint records
/// what the split was made from (source data, recipe, seed): a split saved from other data or by an older recipe
/// is never served, it is prepared again.</summary>
public static class PreparedSplits
{
    static readonly string[] Parts = ["train", "validation", "test"];

    /// <summary>&lt;repo&gt;/artifacts/prepared, beside the data/ folder.</summary>
    public static string DefaultFolder => Path.Combine(Path.GetDirectoryName(DataFolder.Locate())!, "artifacts", "prepared");

    public static IReadOnlyList<string> Paths(string name, string? folder = null) =>
        Parts.Select(part => Path.Combine(folder ?? DefaultFolder, $"{name}-{part}.csv")).ToList();

    public static string FingerprintPath(string name, string? folder = null) =>
        Path.Combine(folder ?? DefaultFolder, $"{name}.fingerprint");

    /// <param name="fingerprint">What the split was made from, e.g. the data's SHA-256, the recipe's version and
    /// the seed; <see cref="TryLoad"/> serves the files only to a caller expecting the same fingerprint.</param>
    public static IReadOnlyList<string> Save(DataSplit split, string name, string fingerprint, string? folder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        var paths = Paths(name, folder);
        Directory.CreateDirectory(folder ?? DefaultFolder);
        File.Delete(FingerprintPath(name, folder)); // a crash between the files leaves no stamp, so no half-written split is served
        DataFrame[] frames = [split.Train, split.Validation, split.Test];
        for (int i = 0; i < Parts.Length; i++) CsvWriter.Write(frames[i], paths[i]);
        File.WriteAllText(FingerprintPath(name, folder), fingerprint);
        return paths;
    }

    /// <summary>The saved split, or null when any of its files is missing or it was saved with another fingerprint.</summary>
    public static DataSplit? TryLoad(string name, string fingerprint, string? folder = null)
    {
        var paths = Paths(name, folder);
        var stamp = FingerprintPath(name, folder);
        if (!File.Exists(stamp) || File.ReadAllText(stamp) != fingerprint || !paths.All(File.Exists)) return null;
        var frames = paths.Select(TabularFile.Read).ToArray();
        return new DataSplit(frames[0], frames[1], frames[2]);
    }

    /// <summary>Loads the saved split; when it is missing or stale, runs <paramref name="prepare"/> and saves its result first.</summary>
    public static DataSplit LoadOrPrepare(string name, string fingerprint, Func<DataSplit> prepare, string? folder = null)
    {
        if (TryLoad(name, fingerprint, folder) is { } saved) return saved;
        Save(prepare(), name, fingerprint, folder);
        return TryLoad(name, fingerprint, folder)!;
    }
}
