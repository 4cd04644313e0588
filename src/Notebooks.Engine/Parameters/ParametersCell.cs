namespace Notebooks.Engine.Parameters;

/// <summary>
/// The first code cell tagged "parameters": its index, the declarations --param can set, and one note per
/// line that is neither blank, a comment nor such a declaration (so a listing can say what it skipped).
/// </summary>
public sealed record ParametersCell(int CellIndex, IReadOnlyList<NotebookParameter> Parameters, IReadOnlyList<string> Ignored)
{
    public NotebookParameter? Find(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}
