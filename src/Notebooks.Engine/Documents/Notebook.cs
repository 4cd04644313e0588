using System.Text.Json.Nodes;

namespace Notebooks.Engine.Documents;

public enum NotebookFormat { Ipynb, Dib }

/// <summary>A notebook in memory. Metadata nodes are kept verbatim so a round trip loses nothing.</summary>
public sealed class Notebook
{
    public required string Path { get; init; }
    public NotebookFormat Format { get; init; } = NotebookFormat.Ipynb;
    public JsonObject Metadata { get; set; } = new();
    public int NbFormat { get; set; } = 4;
    public int NbFormatMinor { get; set; } = 5;
    public List<Cell> Cells { get; } = new();

    /// <summary>The kernel a cell runs in when it names none; VS Code often leaves it empty, so "csharp".</summary>
    public string DefaultKernelName =>
        Cell.StringAt(Metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName") is { Length: > 0 } name
            ? name
            : "csharp";

    public string Name => System.IO.Path.GetFileName(Path);
}
