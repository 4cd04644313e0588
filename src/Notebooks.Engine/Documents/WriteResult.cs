namespace Notebooks.Engine.Documents;

/// <summary>Whether a notebook reached the disk; Error names the file and says why not.</summary>
public sealed record WriteResult(string? Error)
{
    public bool Succeeded => Error is null;

    public static readonly WriteResult Ok = new((string?)null);
}
