using System.Text.RegularExpressions;

namespace Notebooks.Engine.Execution;

/// <summary>
/// .NET Interactive removes its directive lines (#!…, #i, #r "nuget:…"; a plain #r "file" stays for
/// the compiler) before C# sees a cell and, when it removed any, the blank lines the code then starts
/// with. A compiler or stack-trace line N counts lines of what remains; this maps it back to the cell.
/// </summary>
public static partial class ScriptLineMap
{
    public static int? ToCellLine(string source, int scriptLine)
    {
        var lines = SplitLines(source);
        var hasDirectives = lines.Any(IsDirective);
        var started = !hasDirectives;
        var seen = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsDirective(lines[i])) continue;
            started |= lines[i].Trim().Length > 0;
            if (started && ++seen == scriptLine) return i + 1;
        }
        return null;
    }

    public static string? LineText(string source, int cellLine)
    {
        var lines = SplitLines(source);
        return cellLine >= 1 && cellLine <= lines.Length ? lines[cellLine - 1] : null;
    }

    /// <summary>Rewrites this cell's script line numbers in a traceback (compiler "(L,C)" and ":line L") to cell lines.</summary>
    public static IReadOnlyList<string> RewriteTraceback(IReadOnlyList<string> traceback, int cellIndex, string source)
    {
        var file = Regex.Escape(Worker.WorkerProtocol.ScriptFileName(cellIndex));
        var frame = new Regex(file + @"(:line |\()(\d+)");
        return traceback
            .Select(line => frame.Replace(line, m =>
                ToCellLine(source, int.Parse(m.Groups[2].Value)) is { } cellLine
                    ? m.Value[..^m.Groups[2].Length] + cellLine
                    : m.Value))
            .ToList();
    }

    public static bool IsDirective(string line) => DirectivePattern().IsMatch(line);

    /// <summary>A cell whose package restore may take minutes.</summary>
    public static bool RestoresPackages(string source) => NugetReferencePattern().IsMatch(source);

    static string[] SplitLines(string source) => source.ReplaceLineEndings("\n").Split('\n');

    [GeneratedRegex(@"^\s*(#!|#i\s|#r\s+""nuget:)")]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"^\s*#r\s+""nuget:", RegexOptions.Multiline)]
    private static partial Regex NugetReferencePattern();
}
