using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

/// <summary>Text that stands for "no value" (".", "NA", ...) becomes a real null, so missing-value steps see it.</summary>
public static class Placeholders
{
    public static readonly IReadOnlyList<string> Common = [".", "NA", "N/A", "null", "none", "?", "-", ""];

    /// <summary>Compares trimmed text ignoring case; only text columns are touched (all of them unless named).</summary>
    public static DataFrame ToNull(DataFrame df, IEnumerable<string>? placeholders = null, params string[] columns)
    {
        var set = new HashSet<string>((placeholders ?? Common).Select(p => p.Trim()), StringComparer.OrdinalIgnoreCase);
        var result = df.Clone();
        var targets = columns.Length > 0 ? columns.Select(c => Frames.Column(result, c)) : result.Columns.Where(c => c is StringDataFrameColumn);
        foreach (var column in targets)
        {
            if (column is not StringDataFrameColumn text) throw new ArgumentException($"Column '{column.Name}' is not text.");
            for (long i = 0; i < text.Length; i++)
                if (text[i] is { } s && set.Contains(s.Trim()))
                    text[i] = null;
        }
        return result;
    }
}
