using Notebooks.Engine.Parameters;

namespace Notebooks.Engine.Export;

/// <summary>
/// The parameters cell in a file-based app: each declaration --param could set keeps its type and default, and
/// takes its value from the command line instead (<c>dotnet run lesson.cs -- --quick true</c>).
/// <c>bool quick = false; // why</c> becomes <c>bool quick = FileApp.Parameter&lt;bool&gt;("quick", false); // why</c>.
/// </summary>
static class ParameterLines
{
    public static string[] Rewrite(string[] lines, IReadOnlyList<NotebookParameter> parameters)
    {
        var result = (string[])lines.Clone();
        var inComment = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var code = CSharpComments.Strip(lines[i], ref inComment).Trim();
            if (parameters.FirstOrDefault(p => p.Line == i + 1) is not { } p) continue;
            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
            var rest = lines[i].TrimStart();
            var comment = rest.StartsWith(code, StringComparison.Ordinal) ? rest[code.Length..] : "";
            result[i] = $"{indent}{p.Type} {p.Name} = FileApp.Parameter<{p.Type}>({CSharpLiterals.String(p.Name)}, {p.DefaultLiteral});{comment}";
        }
        return result;
    }
}
