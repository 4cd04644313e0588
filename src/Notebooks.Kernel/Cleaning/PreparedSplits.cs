using Microsoft.Data.Analysis;
using Notebooks.Kernel.Data;

namespace Notebooks.Kernel.Cleaning;

/// <summary>Saves a train/validation/test split as &lt;folder&gt;/&lt;name&gt;-{train,validation,test}.csv, so a later
/// lesson starts from the prepared data, and reads it back.</summary>
public static class PreparedSplits
{
    static readonly string[] Parts = ["train", "validation", "test"];

    /// <summary>&lt;repo&gt;/artifacts/prepared, beside the data/ folder.</summary>
    public static string DefaultFolder => Path.Combine(Path.GetDirectoryName(DataFolder.Locate())!, "artifacts", "prepared");

    public static IReadOnlyList<string> Paths(string name, string? folder = null) =>
        Parts.Select(part => Path.Combine(folder ?? DefaultFolder, $"{name}-{part}.csv")).ToList();

    public static IReadOnlyList<string> Save(DataSplit split, string name, string? folder = null)
    {
        var paths = Paths(name, folder);
        DataFrame[] frames = [split.Train, split.Validation, split.Test];
        for (int i = 0; i < Parts.Length; i++) CsvWriter.Write(frames[i], paths[i]);
        return paths;
    }

    /// <summary>The saved split, or null when any of its three files is missing.</summary>
    public static DataSplit? TryLoad(string name, string? folder = null)
    {
        var paths = Paths(name, folder);
        if (!paths.All(File.Exists)) return null;
        var frames = paths.Select(TabularFile.Read).ToArray();
        return new DataSplit(frames[0], frames[1], frames[2]);
    }

    /// <summary>Loads the saved split; when it is missing, runs <paramref name="prepare"/> and saves its result first.</summary>
    public static DataSplit LoadOrPrepare(string name, Func<DataSplit> prepare, string? folder = null)
    {
        if (TryLoad(name, folder) is { } saved) return saved;
        Save(prepare(), name, folder);
        return TryLoad(name, folder)!;
    }
}
