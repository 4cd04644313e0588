namespace Notebooks.Engine.Documents;

/// <summary>Splits text into lines the way Python's str.splitlines(keepends=True) does, which is what Jupyter writes.</summary>
public static class TextLines
{
    public static List<string> SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsLineBreak(text[i]))
                continue;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }

        if (start < text.Length)
            lines.Add(text[start..]);
        return lines;
    }

    /// <summary>Splits on \n or \r\n without keeping the ends (the .dib reader's view of lines).</summary>
    public static string[] Split(string text) => text.Replace("\r\n", "\n").Split('\n');

    // Python's line boundaries: \n \r \v \f, the file/group/record separators, NEL, LS, PS.
    private static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';
}
