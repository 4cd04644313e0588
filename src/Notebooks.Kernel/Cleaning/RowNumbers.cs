using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

/// <summary>Numbers the rows 1, 2, ... as loaded, so a quarantined or split row can always be traced back to its raw row.</summary>
public static class RowNumbers
{
    public const string DefaultColumn = "Row";

    public static DataFrame Add(DataFrame df, string column = DefaultColumn)
    {
        if (df.Columns.IndexOf(column) >= 0) throw new ArgumentException($"The frame already has a '{column}' column.");
        var result = df.Clone();
        result.Columns.Insert(0, new Int32DataFrameColumn(column, Enumerable.Range(1, (int)df.Rows.Count)));
        return result;
    }
}
