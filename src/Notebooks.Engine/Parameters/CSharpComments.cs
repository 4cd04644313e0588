using System.Text;

namespace Notebooks.Engine.Parameters;

/// <summary>Removes // and /* */ comments from a line of C#, leaving string and char literals alone.</summary>
internal static class CSharpComments
{
    /// <param name="inBlock">Whether a /* comment is open; carried from line to line.</param>
    public static string Strip(string line, ref bool inBlock)
    {
        var code = new StringBuilder();
        var quote = '\0';
        var verbatim = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            if (inBlock)
            {
                if (c == '*' && next == '/')
                {
                    inBlock = false;
                    i++;
                }

                continue;
            }

            if (quote != '\0')
            {
                code.Append(c);
                if (!verbatim && c == '\\' && next != '\0')
                    code.Append(line[++i]);
                else if (verbatim && c == '"' && next == '"')
                    code.Append(line[++i]);
                else if (c == quote)
                    quote = '\0';
                continue;
            }

            if (c == '/' && next == '/')
                break;
            if (c == '/' && next == '*')
            {
                inBlock = true;
                i++;
                code.Append(' ');
                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                verbatim = c == '"' && i > 0 && line[i - 1] == '@';
            }

            code.Append(c);
        }

        return code.ToString();
    }
}
