using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Profiling;

/// <summary>Counts rows equal to an earlier row (all columns equal; nulls equal each other).</summary>
public static class DuplicateRows
{
    public static long Count(DataFrame frame)
    {
        var columns = frame.Columns.ToArray();
        var seen = new HashSet<object?[]>(RowComparer.Instance);
        long duplicates = 0;
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            var row = new object?[columns.Length];
            for (var c = 0; c < columns.Length; c++) row[c] = columns[c][r];
            if (!seen.Add(row)) duplicates++;
        }
        return duplicates;
    }

    sealed class RowComparer : IEqualityComparer<object?[]>
    {
        public static readonly RowComparer Instance = new();

        public bool Equals(object?[]? a, object?[]? b) =>
            a is not null && b is not null && a.Length == b.Length && a.Zip(b).All(p => object.Equals(p.First, p.Second));

        public int GetHashCode(object?[] row)
        {
            var hash = new HashCode();
            foreach (var value in row) hash.Add(value);
            return hash.ToHashCode();
        }
    }
}
