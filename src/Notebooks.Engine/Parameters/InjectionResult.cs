namespace Notebooks.Engine.Parameters;

/// <summary>
/// What --param did: the index of the injected cell (null when no values were given), or every problem found,
/// one per line, before anything was changed.
/// </summary>
public sealed record InjectionResult(int? InjectedCellIndex, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public string? Error => Succeeded ? null : string.Join("\n", Errors);
}
