using System.Text.Json.Nodes;
using Notebooks.Engine.Documents;

namespace Notebooks.Engine.Parameters;

/// <summary>
/// Papermill's injection for C#: checks every name=value against the parameters cell, then puts a cell tagged
/// "injected-parameters" right after it (replacing one from an earlier run) and records the values in the
/// notebook's metadata under "parameters". Nothing changes unless every value is valid.
/// </summary>
public static class ParameterInjector
{
    public const string MetadataKey = "parameters";

    /// <param name="assignments">"name=value" texts as given to --param; a string value is taken literally ("null" is four letters).</param>
    public static InjectionResult Inject(Notebook notebook, IReadOnlyList<string> assignments)
    {
        if (assignments.Count == 0)
            return new InjectionResult(null, []);

        var (values, errors) = Validate(notebook, assignments);
        if (errors.Count > 0)
            return new InjectionResult(null, errors);

        notebook.Cells.RemoveAll(cell => cell.HasTag(NotebookParameters.InjectedTag));
        var parametersIndex = NotebookParameters.FindCellIndex(notebook);
        var parametersCell = notebook.Cells[parametersIndex];
        notebook.Cells.Insert(parametersIndex + 1, InjectedCell(notebook, parametersCell, values));

        Record(notebook.Metadata, values);
        return new InjectionResult(parametersIndex + 1, []);
    }

    /// <summary>Keys go where Jupyter's sorted writer would put them, so saving in Jupyter later changes nothing.</summary>
    private static void Record(JsonObject metadata, List<(NotebookParameter, ParameterValue)> values)
    {
        var recorded = new JsonObject();
        foreach (var (parameter, value) in values.OrderBy(v => v.Item1.Name, StringComparer.Ordinal))
            recorded[parameter.Name] = value.Json?.DeepClone();

        metadata.Remove(MetadataKey);
        var keys = metadata.Select(pair => pair.Key).ToList();
        var sorted = keys.SequenceEqual(keys.Order(StringComparer.Ordinal));
        var at = sorted ? keys.Count(key => string.CompareOrdinal(key, MetadataKey) < 0) : keys.Count;
        metadata.Insert(at, MetadataKey, recorded);
    }

    private static (List<(NotebookParameter, ParameterValue)>, List<string>) Validate(Notebook notebook, IReadOnlyList<string> assignments)
    {
        var values = new List<(NotebookParameter, ParameterValue)>();
        var errors = new List<string>();
        var cell = NotebookParameters.Parse(notebook);
        if (cell is null)
        {
            var hint = notebook.Format == NotebookFormat.Dib ? " (a .dib file cannot tag cells; use .ipynb)" : "";
            errors.Add($"{notebook.Name}: --param needs a code cell tagged '{NotebookParameters.Tag}', and there is none{hint}");
            return (values, errors);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=');
            var name = equals > 0 ? assignment[..equals].Trim() : "";
            if (name.Length == 0)
            {
                errors.Add($"{notebook.Name}: --param '{assignment}' is not of the form name=value");
                continue;
            }

            if (!seen.Add(name))
            {
                errors.Add($"{notebook.Name}: --param {name} is given more than once");
                continue;
            }

            if (cell.Find(name) is not { } parameter)
            {
                errors.Add($"{notebook.Name}: unknown parameter '{name}'; the parameters cell declares {Known(cell)}");
                continue;
            }

            var text = assignment[(equals + 1)..];
            var value = CSharpLiterals.FromText(parameter.Type, text);
            if (value.Error is not null)
                errors.Add($"{notebook.Name}: --param {name}={text}: {name} is declared {parameter.Type} and {value.Error}");
            else
                values.Add((parameter, value));
        }

        values.Sort((a, b) => a.Item1.Line.CompareTo(b.Item1.Line));
        return (values, errors);
    }

    private static string Known(ParametersCell cell) => cell.Parameters.Count == 0
        ? "none"
        : string.Join(", ", cell.Parameters.Select(p => $"{p.Name} ({p.Type})"));

    /// <summary>Same kernel metadata as the parameters cell, so Polyglot runs it in the same kernel.</summary>
    private static Cell InjectedCell(Notebook notebook, Cell parametersCell, List<(NotebookParameter, ParameterValue)> values)
    {
        var metadata = new JsonObject();
        foreach (var (key, node) in parametersCell.Metadata)
        {
            if (key is "polyglot_notebook" or "dotnet_interactive")
                metadata[key] = node?.DeepClone();
            else if (key == "tags")
                metadata[key] = new JsonArray(NotebookParameters.InjectedTag);
        }

        var lines = values.Select(v => $"{v.Item1.Type} {v.Item1.Name} = {v.Item2.Literal};");
        return new Cell
        {
            Type = CellType.Code,
            Id = parametersCell.Id is null && !HasCellIds(notebook) ? null : UniqueId(notebook, NotebookParameters.InjectedTag),
            Metadata = metadata,
            Source = string.Join("\n", lines.Prepend("// Injected parameters (--param): these replace the defaults above.")),
        };
    }

    /// <summary>nbformat 4.5 made cell ids required; 4.4 and older forbid them.</summary>
    private static bool HasCellIds(Notebook notebook) => notebook.NbFormat > 4 || (notebook.NbFormat == 4 && notebook.NbFormatMinor >= 5);

    private static string UniqueId(Notebook notebook, string id)
    {
        var candidate = id;
        for (var n = 2; notebook.Cells.Any(cell => cell.Id == candidate); n++)
            candidate = $"{id}-{n}";
        return candidate;
    }
}
