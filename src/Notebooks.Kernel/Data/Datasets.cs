using System.Security.Cryptography;
using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Data;

/// <summary>The public way in: <c>Datasets.Load("penguins")</c>. Every load checks the file's SHA-256 and
/// shape against the catalog, so a lesson never runs on a silently changed file.</summary>
public static class Datasets
{
    public static IReadOnlyList<DatasetInfo> List() => DatasetCatalog.All;

    public static DatasetInfo Info(string name) => DatasetCatalog.Get(name);

    public static string PathOf(string name, string? dataFolder = null) =>
        Path.Combine(dataFolder ?? DataFolder.Locate(), Info(name).File);

    /// <param name="dataFolder">null: the repository's data/ folder (see <see cref="DataFolder"/>).</param>
    public static DataFrame Load(string name, string? dataFolder = null)
    {
        var info = Info(name);
        var path = PathOf(name, dataFolder);
        if (!File.Exists(path)) throw new DataFileException(info.File, null, $"file not found at {path}");
        var bytes = File.ReadAllBytes(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (sha != info.Sha256)
            throw new DataFileException(info.File, null,
                $"SHA-256 is {sha} but the catalog expects {info.Sha256}; rebuild it with data/convert/convert.py");
        var frame = TabularFile.Read(bytes, info.File);
        if (frame.Rows.Count != info.Rows || frame.Columns.Count != info.Columns)
            throw new DataFileException(info.File, null,
                $"has {frame.Rows.Count} rows × {frame.Columns.Count} columns but the catalog expects {info.Rows} × {info.Columns}");
        return frame;
    }
}
