using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

/// <summary>Keeps the first of identical rows (equal in the named columns, all unless named; nulls equal) and
/// quarantines the rest with the row they repeat.</summary>
public static class Duplicates
{
    public static CleaningResult Remove(DataFrame df, params string[] columns)
    {
        var keyColumns = columns.Length > 0 ? columns.Select(c => Frames.Column(df, c)).ToList() : df.Columns.ToList();
        var firstSeen = new Dictionary<object?[], long>(RowKeyComparer.Instance);
        var reasons = new string?[df.Rows.Count];
        for (long i = 0; i < df.Rows.Count; i++)
        {
            var key = keyColumns.Select(c => c[i]).ToArray();
            if (firstSeen.TryGetValue(key, out var first)) reasons[i] = $"duplicate of row {first + 1}";
            else firstSeen[key] = i;
        }
        return CleaningResult.Partition(df, reasons);
    }

    sealed class RowKeyComparer : IEqualityComparer<object?[]>
    {
        public static readonly RowKeyComparer Instance = new();
        public bool Equals(object?[]? a, object?[]? b) => a!.SequenceEqual(b!);
        public int GetHashCode(object?[] key)
        {
            var hash = new HashCode();
            foreach (var v in key) hash.Add(v);
            return hash.ToHashCode();
        }
    }
}
