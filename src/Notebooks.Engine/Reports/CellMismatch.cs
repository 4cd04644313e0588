namespace Notebooks.Engine.Reports;

/// <summary>A code cell whose fresh outputs differ from the stored ones. CellNumber is 1-based in the stored notebook.</summary>
public sealed record CellMismatch(int CellNumber, string Reason, string Diff)
{
    public override string ToString() => $"cell {CellNumber}: {Reason}\n{Diff}";
}
