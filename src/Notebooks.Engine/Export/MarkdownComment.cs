using System.Text;
using System.Text.RegularExpressions;

namespace Notebooks.Engine.Export;

/// <summary>
/// A markdown cell as // comments that still read as markdown: headings stay headings, paragraphs and list
/// items are re-wrapped to the width, fenced code, tables, quotes and HTML stay line for line.
/// </summary>
public static partial class MarkdownComment
{
    public const int Width = 100;

    public static IReadOnlyList<string> Lines(string markdown, int width = Width)
    {
        var output = new List<string>();
        var paragraph = new Paragraph(output, width);
        string? fence = null;
        foreach (var line in Documents.TextLines.Split(markdown.TrimEnd()))
        {
            var trimmed = line.Trim();
            if (fence is not null)
            {
                output.Add(Comment(line));
                if (trimmed.StartsWith(fence, StringComparison.Ordinal)) fence = null;
                continue;
            }
            if (trimmed.Length == 0)
            {
                paragraph.Flush();
                if (output.Count > 0 && output[^1] != "//") output.Add("//");
                continue;
            }
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                paragraph.Flush();
                fence = trimmed[..3];
                output.Add(Comment(line));
                continue;
            }
            if (Verbatim().IsMatch(line))
            {
                paragraph.Flush();
                output.Add(Comment(line));
                continue;
            }
            if (ListItem().Match(line) is { Success: true } item)
            {
                paragraph.Flush();
                paragraph.Start(item.Groups["indent"].Value, item.Groups["marker"].Value);
                paragraph.Add(line[item.Length..]);
                continue;
            }
            paragraph.Add(trimmed);
        }
        paragraph.Flush();
        return output;
    }

    static string Comment(string text) => text.TrimEnd().Length == 0 ? "//" : "// " + text.TrimEnd();

    /// <summary>Words gathered until the block ends, then written in lines of at most the width (a longer word keeps its own line).</summary>
    sealed class Paragraph(List<string> output, int width)
    {
        readonly List<string> words = [];
        string first = "", rest = "";

        public void Start(string indent, string marker) => (first, rest) = (indent + marker + " ", indent + new string(' ', marker.Length + 1));

        public void Add(string text) => words.AddRange(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        public void Flush()
        {
            var line = new StringBuilder("// " + first);
            var empty = true;
            foreach (var word in words)
            {
                if (!empty && line.Length + 1 + word.Length > width)
                {
                    output.Add(line.ToString());
                    line.Clear().Append("// " + rest);
                    empty = true;
                }
                if (!empty) line.Append(' ');
                line.Append(word);
                empty = false;
            }
            if (!empty) output.Add(line.ToString());
            words.Clear();
            (first, rest) = ("", "");
        }
    }

    /// <summary>Headings, tables, quotes, HTML and indented code: kept as written.</summary>
    [GeneratedRegex(@"^(\s{0,3}#{1,6}\s|\s*\||\s{0,3}>|\s{0,3}<|\s{4,}(?![-*+]\s|\d+[.)]\s))")]
    private static partial Regex Verbatim();

    [GeneratedRegex(@"^(?<indent>\s*)(?<marker>[-*+]|\d+[.)])\s+")]
    private static partial Regex ListItem();
}
