using Notebooks.Engine.Execution.Worker;

namespace Notebooks.Engine.Execution;

/// <summary>How one cell's round trip with the worker ended.</summary>
abstract record CellOutcome
{
    /// <summary>The worker said done; Error is set when the code failed.</summary>
    public sealed record Completed(ErrorEvent? Error, TimeSpan? Compile = null) : CellOutcome;

    public sealed record TimedOut(TimeSpan Limit) : CellOutcome;

    /// <summary>The worker's output ended before the cell did.</summary>
    public sealed record Exited(int? ExitCode, IReadOnlyList<string> StderrTail) : CellOutcome;
}
