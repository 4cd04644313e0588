using Microsoft.Data.Analysis;

namespace Notebooks.Tests.Cleaning;

/// <summary>Tiny frames for the cleaning tests.</summary>
static class Frame
{
    public static DataFrame Of(params DataFrameColumn[] columns) => new(columns);
    public static StringDataFrameColumn Text(string name, params string?[] values) => new(name, values);
    public static DoubleDataFrameColumn Num(string name, params double?[] values) => new(name, values);
    public static object?[] Values(DataFrame df, string column) => df.Columns[column].Cast<object?>().ToArray();
}
