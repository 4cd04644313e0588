using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;

namespace Notebooks.Kernel.Cleaning;

public enum LetterCase { Lower, Upper, Title }

/// <summary>" MALE", "male " and "Male" are one category: trims, collapses inner white space and sets one case.
/// Text that is empty after trimming becomes null.</summary>
public static partial class CategoryText
{
    public static DataFrame Normalise(DataFrame df, string column, LetterCase letterCase = LetterCase.Lower)
    {
        var result = df.Clone();
        if (Frames.Column(result, column) is not StringDataFrameColumn text) throw new ArgumentException($"Column '{column}' is not text.");
        for (long i = 0; i < text.Length; i++)
            if (text[i] is { } s)
                text[i] = Normalise(s, letterCase);
        return result;
    }

    public static string? Normalise(string s, LetterCase letterCase)
    {
        var collapsed = Spaces().Replace(s.Trim(), " ");
        if (collapsed.Length == 0) return null;
        var invariant = CultureInfo.InvariantCulture.TextInfo;
        return letterCase switch
        {
            LetterCase.Lower => invariant.ToLower(collapsed),
            LetterCase.Upper => invariant.ToUpper(collapsed),
            _ => invariant.ToTitleCase(invariant.ToLower(collapsed)),
        };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
