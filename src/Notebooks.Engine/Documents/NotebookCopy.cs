namespace Notebooks.Engine.Documents;

public static class NotebookCopy
{
    /// <summary>A copy that shares nothing mutable with the original (metadata nodes, cells, output lists).</summary>
    public static Notebook DeepCopy(this Notebook notebook)
    {
        var copy = new Notebook
        {
            Path = notebook.Path,
            Format = notebook.Format,
            Metadata = (System.Text.Json.Nodes.JsonObject)notebook.Metadata.DeepClone(),
            NbFormat = notebook.NbFormat,
            NbFormatMinor = notebook.NbFormatMinor,
        };
        foreach (var cell in notebook.Cells)
        {
            var cellCopy = new Cell
            {
                Type = cell.Type,
                Source = cell.Source,
                Id = cell.Id,
                Metadata = (System.Text.Json.Nodes.JsonObject)cell.Metadata.DeepClone(),
                ExecutionCount = cell.ExecutionCount,
            };
            cellCopy.Outputs.AddRange(cell.Outputs); // records: immutable, safe to share
            copy.Cells.Add(cellCopy);
        }
        return copy;
    }
}
