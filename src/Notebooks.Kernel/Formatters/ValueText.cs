using Notebooks.Kernel.Html;
using System.Globalization;

namespace Notebooks.Kernel.Formatters;

/// <summary>How one data value reads in a table: culture-independent, bounded in length, null spelled out.</summary>
public static class ValueText
{
    public const int DefaultMaxLength = 40;

    public static string Of(object? value, int maxLength = DefaultMaxLength) => value switch
    {
        null => "null",
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        float f => f.ToString("G6", CultureInfo.InvariantCulture),
        DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => HtmlBuilder.Truncate(f.ToString(null, CultureInfo.InvariantCulture), maxLength),
        _ => HtmlBuilder.Truncate(value.ToString() ?? "", maxLength),
    };

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(double x) =>
        double.IsNaN(x) ? "NaN" : x.ToString("G6", CultureInfo.InvariantCulture);
}
