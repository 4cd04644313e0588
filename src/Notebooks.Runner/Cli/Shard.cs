namespace Notebooks.Runner.Cli;

/// <summary>
/// `--shard i/n`: this machine runs every n-th notebook of the list sorted by relative path, starting at the
/// i-th (1-based). Round-robin rather than contiguous blocks, so numbered lessons of similar length spread
/// evenly; every notebook lands in exactly one shard, whatever order the paths were given in.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public const string Usage = "--shard takes i/n with 1 ≤ i ≤ n, e.g. --shard 2/4 runs the second of four parts.";

    public static Shard? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var index) && int.TryParse(parts[1], out var count)
            && count >= 1 && index >= 1 && index <= count)
            return new Shard(index, count);
        error = $"--shard '{text}': {Usage}";
        return null;
    }

    public IReadOnlyList<NotebookFile> Select(IEnumerable<NotebookFile> files) =>
        files.OrderBy(f => f.RelativePath.Replace('\\', '/'), StringComparer.Ordinal)
             .Where((_, position) => position % Count == Index - 1)
             .ToList();

    public override string ToString() => $"{Index}/{Count}";
}
