using Notebooks.Kernel.Html;
using System.Globalization;
using Microsoft.Data.Analysis;
using Notebooks.Kernel.Formatters;

namespace Notebooks.Kernel.Profiling;

/// <summary>Computes a <see cref="ColumnProfile"/> in one pass over the column's values.</summary>
public static class ColumnProfiler
{
    public const int MaxTopValues = 5;
    const int MaxExamples = 3;

    public static ColumnProfile Profile(DataFrameColumn column) =>
        column.IsNumericColumn() ? Numeric(column) : Categorical(column);

    static ColumnProfile Numeric(DataFrameColumn column)
    {
        var values = new List<double>((int)Math.Min(column.Length - column.NullCount, int.MaxValue));
        long nans = 0;
        for (long i = 0; i < column.Length; i++)
        {
            if (column[i] is not { } value) continue;
            var x = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (double.IsNaN(x)) nans++;
            else values.Add(x);
        }
        var problems = new List<string>();
        if (nans > 0) problems.Add($"{ValueText.Count(nans)} NaN values");
        if (values.Count == 0)
            return Build(column, distinct: 0, null, null, null, null, [], problems);

        var mean = values.Average();
        var std = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
        var outliers = ZScoreOutliers.Find(values, mean, std);
        if (outliers.Count > 0)
        {
            var extremes = outliers.OrderByDescending(v => Math.Abs(v - mean)).ThenBy(v => v).Take(MaxExamples).Select(ValueText.Number);
            problems.Add($"{ValueText.Count(outliers.Count)} outliers with |z| > 3 (e.g. {string.Join(", ", extremes)})");
        }
        return Build(column, values.Distinct().LongCount(), values.Min(), values.Max(), mean, std, [], problems);
    }

    static ColumnProfile Categorical(DataFrameColumn column)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        for (long i = 0; i < column.Length; i++)
        {
            if (column[i] is not { } value) continue;
            var text = value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? "";
            counts[text] = counts.GetValueOrDefault(text) + 1;
        }
        var top = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(MaxTopValues).Select(kv => new ValueCount(kv.Key, kv.Value)).ToList();
        var problems = column.DataType == typeof(string) ? StringProblems(counts) : [];
        return Build(column, counts.Count, null, null, null, null, top, problems);
    }

    static List<string> StringProblems(Dictionary<string, long> counts)
    {
        var problems = new List<string>();
        var placeholders = counts.Where(kv => PlaceholderValues.IsPlaceholder(kv.Key))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        if (placeholders.Count > 0)
        {
            var total = placeholders.Sum(kv => kv.Value);
            var examples = placeholders.Take(MaxExamples).Select(kv => $"'{HtmlBuilder.Truncate(kv.Key, 20)}' ×{ValueText.Count(kv.Value)}");
            problems.Add($"{ValueText.Count(total)} placeholder values ({string.Join(", ", examples)})");
        }

        var real = counts.Where(kv => !PlaceholderValues.IsPlaceholder(kv.Key)).ToList();
        var numbers = real.Where(kv => IsNumber(kv.Key)).ToList();
        var words = real.Where(kv => !IsNumber(kv.Key)).ToList();
        if (numbers.Count > 0 && words.Count > 0)
        {
            var example = (numbers.Sum(kv => kv.Value) <= words.Sum(kv => kv.Value) ? numbers : words)
                .OrderBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
            problems.Add($"mixed types: {ValueText.Count(numbers.Sum(kv => kv.Value))} numbers and " +
                         $"{ValueText.Count(words.Sum(kv => kv.Value))} words (e.g. '{HtmlBuilder.Truncate(example, 20)}')");
        }
        return problems;
    }

    static bool IsNumber(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    static ColumnProfile Build(DataFrameColumn column, long distinct, double? min, double? max, double? mean, double? std,
        IReadOnlyList<ValueCount> top, IReadOnlyList<string> problems) =>
        new(column.Name, DataFrameFormatter.TypeName(column.DataType), column.Length, column.NullCount, distinct,
            min, max, mean, std, top, problems);
}
