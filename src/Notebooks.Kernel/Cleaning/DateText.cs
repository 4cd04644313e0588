using System.Globalization;
using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

/// <summary>Turns a text column of dates ("Jun 12 1998") into a date column using only the formats named, so
/// "03/04/05" is never guessed. Text that fits no format is quarantined with the text and the formats as the reason.</summary>
public static class DateText
{
    public static CleaningResult Parse(DataFrame df, string column, params string[] formats)
    {
        if (formats.Length == 0) throw new ArgumentException("Name at least one date format, e.g. \"MMM dd yyyy\".");
        if (Frames.Column(df, column) is not StringDataFrameColumn text) throw new ArgumentException($"Column '{column}' is not text.");
        var dates = new DateTime?[text.Length];
        var reasons = new string?[text.Length];
        for (long i = 0; i < text.Length; i++)
        {
            if (text[i] is not { } s) continue;
            if (DateTime.TryParseExact(s.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) dates[i] = date;
            else reasons[i] = $"{column} = \"{s}\" is not a date in the format {string.Join(" or ", formats)}";
        }
        var parsed = df.Clone();
        parsed.Columns[parsed.Columns.IndexOf(column)] = new DateTimeDataFrameColumn(column, dates);
        var kept = CleaningResult.Partition(parsed, reasons);
        // The quarantine keeps the text that failed to parse (the parsed column holds null there).
        return kept with { Quarantine = OriginalText(kept.Quarantine, df, column, reasons) };
    }

    static DataFrame OriginalText(DataFrame quarantine, DataFrame df, string column, string?[] reasons)
    {
        var failed = Enumerable.Range(0, reasons.Length).Where(i => reasons[i] is not null).Select(i => (string?)df.Columns[column][i]);
        var result = quarantine.Clone();
        result.Columns[result.Columns.IndexOf(column)] = new StringDataFrameColumn(column, failed);
        return result;
    }
}
