using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

/// <summary>Quarantines rows with a null in any of the named columns (all columns unless named).</summary>
public static class MissingValues
{
    public static CleaningResult DropRows(DataFrame df, params string[] columns)
    {
        var checkedColumns = columns.Length > 0 ? columns.Select(c => Frames.Column(df, c)).ToList() : df.Columns.ToList();
        var reasons = new string?[df.Rows.Count];
        for (long i = 0; i < df.Rows.Count; i++)
        {
            var missing = checkedColumns.Where(c => c[i] is null).Select(c => c.Name).ToList();
            if (missing.Count > 0) reasons[i] = "missing " + string.Join(", ", missing);
        }
        return CleaningResult.Partition(df, reasons);
    }
}
