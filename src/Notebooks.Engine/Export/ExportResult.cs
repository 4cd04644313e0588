namespace Notebooks.Engine.Export;

/// <summary>Why a cell could not be exported. Cell is 1-based (as the runner counts cells); Line is 1-based in the cell.</summary>
public sealed record ExportError(int Cell, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"cell {Cell}, line {line}: {Message}" : $"cell {Cell}: {Message}";
}

/// <summary>Either the file-based app's source or every reason the notebook could not become one.</summary>
public sealed record ExportResult(string? Source, IReadOnlyList<ExportError> Errors)
{
    public bool Succeeded => Source is not null;
}

/// <param name="KernelProject">The path #:project gets: Notebooks.Kernel.csproj relative to the app's folder.</param>
/// <param name="NotebookPath">How the header names the notebook, e.g. "notebooks/00-getting-started.ipynb".</param>
/// <param name="AppFileName">The app's file name, for the header's "run it" line.</param>
public sealed record ExportOptions(string KernelProject, string NotebookPath, string AppFileName);
