using System.Security.Cryptography;
using Notebooks.Kernel.Data;
using Xunit;

namespace Notebooks.Tests.Data;

public class ReadmeChecksumTests
{
    /// <summary>Rows of the "Name | File | Rows × columns | Bytes | SHA-256" table in data/README.md.</summary>
    static List<string[]> ReadmeFiles()
    {
        var lines = File.ReadAllLines(Path.Combine(DataFolder.Locate(), "README.md"));
        var header = Array.FindIndex(lines, l => l.StartsWith("| Name | File |"));
        Assert.True(header >= 0, "data/README.md has no '| Name | File | ...' table");
        return lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
    }

    [Fact]
    public void When_files_are_hashed_then_every_checksum_in_the_readme_matches()
    {
        var folder = DataFolder.Locate();
        var rows = ReadmeFiles();
        Assert.NotEmpty(rows);
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var (file, expected) = (row[1], row[4]);
            var path = Path.Combine(folder, file);
            if (!File.Exists(path)) { wrong.Add($"{file}: listed in README but missing"); continue; }
            var bytes = File.ReadAllBytes(path);
            var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (actual != expected) wrong.Add($"{file}: README says {expected}, file hashes to {actual}");
            if (long.Parse(row[3].Replace(",", "")) != bytes.Length) wrong.Add($"{file}: README says {row[3]} bytes, file has {bytes.Length:N0}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void When_the_readme_and_the_catalog_are_compared_then_they_agree()
    {
        var readme = ReadmeFiles().Select(r => $"{r[0]} | {r[1]} | {r[2]} | {r[4]}").ToList();
        var catalog = DatasetCatalog.All.Select(d => $"{d.Name} | {d.File} | {d.Rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} × {d.Columns} | {d.Sha256}").ToList();
        Assert.Equal(catalog, readme);
    }

    [Fact]
    public void When_the_data_folder_is_listed_then_every_data_file_is_in_the_catalog()
    {
        var files = Directory.GetFiles(DataFolder.Locate()).Select(Path.GetFileName).Where(f => f != "README.md").Order();
        Assert.Equal(DatasetCatalog.All.Select(d => d.File).Order(), files);
    }
}
