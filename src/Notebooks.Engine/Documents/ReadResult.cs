namespace Notebooks.Engine.Documents;

/// <summary>Either a notebook or a one-line error that names the file and says why it could not be read.</summary>
public sealed record ReadResult(Notebook? Notebook, string? Error)
{
    public bool Succeeded => Notebook is not null;

    public static ReadResult Ok(Notebook notebook) => new(notebook, null);

    public static ReadResult Fail(string error) => new(null, error);
}
