namespace Notebooks.Engine.Documents;

/// <summary>Removes what running a notebook adds (outputs, execution counts) and nothing else.</summary>
public static class NotebookStripper
{
    /// <summary>Strips the notebook in place; returns whether anything was removed.</summary>
    public static bool Strip(Notebook notebook)
    {
        var changed = HasOutputs(notebook);
        foreach (var cell in notebook.Cells)
        {
            cell.Outputs.Clear();
            cell.ExecutionCount = null;
        }

        return changed;
    }

    /// <summary>True when any cell has outputs or an execution count (what `strip --check` rejects).</summary>
    public static bool HasOutputs(Notebook notebook) =>
        notebook.Cells.Any(cell => cell.Outputs.Count > 0 || cell.ExecutionCount is not null);
}
