using System.Text;
using Notebooks.Engine.Documents;

namespace Notebooks.Engine.Parameters;

/// <summary>What `params &lt;notebook&gt;` shows: each parameter's name, C# type and default, or why there are none.</summary>
public sealed record ParameterListing(string Notebook, IReadOnlyList<NotebookParameter> Parameters, IReadOnlyList<string> Ignored, string? Error)
{
    public bool Succeeded => Error is null;

    public static ParameterListing Of(Notebook notebook)
    {
        if (NotebookParameters.Parse(notebook) is not { } cell)
            return new(notebook.Name, [], [], $"{notebook.Name}: no code cell is tagged '{NotebookParameters.Tag}'");
        return new(notebook.Name, cell.Parameters, cell.Ignored.Select(note => $"{notebook.Name}: parameters cell {note}").ToList(), null);
    }

    /// <summary>A plain aligned table (NAME, TYPE, DEFAULT), then one line per skipped line of the cell.</summary>
    public string ToText()
    {
        if (Error is not null)
            return Error + "\n";

        var rows = new List<(string Name, string Type, string Default)> { ("NAME", "TYPE", "DEFAULT") };
        rows.AddRange(Parameters.Select(p => (p.Name, p.Type, p.DefaultLiteral)));
        var nameWidth = rows.Max(r => r.Name.Length);
        var typeWidth = rows.Max(r => r.Type.Length);
        var text = new StringBuilder();
        foreach (var (name, type, literal) in rows)
            text.Append(name.PadRight(nameWidth)).Append("  ").Append(type.PadRight(typeWidth)).Append("  ").Append(literal).Append('\n');
        foreach (var note in Ignored)
            text.Append("skipped: ").Append(note).Append('\n');
        return text.ToString();
    }
}
