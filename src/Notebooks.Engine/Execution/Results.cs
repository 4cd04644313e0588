using Notebooks.Engine.Documents;

namespace Notebooks.Engine.Execution;

public enum CellStatus { Passed, Failed, ExpectedFailure, Skipped, TimedOut, Crashed, NotRun }

public enum NotebookStatus { Passed, Failed, TimedOut, Crashed, Invalid, NotRun }

/// <summary>Where and why a cell failed: Line is 1-based within the cell's source, when known.</summary>
public sealed record CellError(string Name, string Message, int? Line, string? LineText, string Detail);

/// <summary>Index is the 0-based position in the executed notebook's cells (an injected cell counts).</summary>
public sealed record CellResult(int Index, CellStatus Status, TimeSpan Duration, CellError? Error = null)
{
    /// <summary>The part of Duration spent compiling the cell's C# (parsing, binding, emitting), when known.</summary>
    public TimeSpan? Compile { get; init; }
}

/// <summary>The outcome of one notebook: what ran, what failed, and the notebook with its outputs.</summary>
public sealed record NotebookResult(
    string Path,
    NotebookStatus Status,
    Notebook? Executed,
    IReadOnlyList<CellResult> Cells,
    TimeSpan Duration,
    string? Message = null)
{
    public bool Succeeded => Status == NotebookStatus.Passed;

    /// <summary>Time to start the worker process and its kernel, before the first cell could run.</summary>
    public TimeSpan WorkerStartup { get; init; }

    public CellResult? FailingCell =>
        Cells.FirstOrDefault(c => c.Status is CellStatus.Failed or CellStatus.TimedOut or CellStatus.Crashed);
}
