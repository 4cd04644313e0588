using System.Text.RegularExpressions;
using Notebooks.Engine.Documents;

namespace Notebooks.Engine.Parameters;

/// <summary>Finds the parameters cell (papermill's convention: the first code cell tagged "parameters") and reads its declarations.</summary>
public static partial class NotebookParameters
{
    public const string Tag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <summary>The C# types --param can set.</summary>
    public static readonly IReadOnlyList<string> SupportedTypes = ["bool", "int", "long", "double", "float", "string", "decimal"];

    public static int FindCellIndex(Notebook notebook) =>
        notebook.Cells.FindIndex(cell => cell.Type == CellType.Code && cell.HasTag(Tag));

    /// <summary>The parameters cell and its declarations; null when no code cell is tagged "parameters".</summary>
    public static ParametersCell? Parse(Notebook notebook)
    {
        var index = FindCellIndex(notebook);
        if (index < 0)
            return null;
        var (parameters, ignored) = ParseSource(notebook.Cells[index].Source);
        return new ParametersCell(index, parameters, ignored);
    }

    /// <summary>Reads <c>type name = literal;</c> lines (one per line, comments allowed); notes the lines it cannot use.</summary>
    public static (IReadOnlyList<NotebookParameter> Parameters, IReadOnlyList<string> Ignored) ParseSource(string source)
    {
        var parameters = new List<NotebookParameter>();
        var ignored = new List<string>();
        var inComment = false;
        var lines = TextLines.Split(source);
        for (var i = 0; i < lines.Length; i++)
        {
            var code = CSharpComments.Strip(lines[i], ref inComment).Trim();
            if (code.Length == 0)
                continue;

            var line = i + 1;
            var match = Declaration().Match(code);
            if (!match.Success)
            {
                ignored.Add($"line {line}: `{code}` is not a declaration of the form `<type> <name> = <literal>;`");
                continue;
            }

            var (declared, name, literal) = (match.Groups["type"].Value, match.Groups["name"].Value, match.Groups["literal"].Value.Trim());
            var type = declared == "var" ? CSharpLiterals.TypeOf(literal) : declared;
            if (type is null)
                ignored.Add($"line {line}: cannot tell the type of `var {name} = {literal};`; declare it with a type");
            else if (!SupportedTypes.Contains(type))
                ignored.Add($"line {line}: {name} is a {type}; --param can set {string.Join(", ", SupportedTypes)}");
            else if (parameters.Any(p => p.Name == name))
                ignored.Add($"line {line}: {name} is declared again");
            else
                parameters.Add(new NotebookParameter(name, type, literal, line));
        }

        return (parameters, ignored);
    }

    [GeneratedRegex("""^(?<type>[A-Za-z_][\w.<>\[\],?]*)\s+(?<name>[A-Za-z_]\w*)\s*=\s*(?<literal>[^;]+|"(?:[^"\\]|\\.)*")\s*;$""")]
    private static partial Regex Declaration();
}
