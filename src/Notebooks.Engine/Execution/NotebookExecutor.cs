using System.Diagnostics;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution.Worker;

namespace Notebooks.Engine.Execution;

/// <summary>
/// Runs a notebook held in memory in a fresh worker process whose current directory is
/// <c>workingDirectory</c>, and returns the executed copy with a result per code cell. Never throws
/// for what a notebook does (failures, timeouts, crashes are results); only cancellation throws.
/// Workers come from <see cref="Workers"/>: one started ahead there is taken, else one starts now.
/// </summary>
public sealed class NotebookExecutor
{
    public const string RaisesExceptionTag = "raises-exception";
    public const string SkipExecutionTag = "skip-execution";
    public const string AllowErrorsKey = "allow_errors";

    readonly ExecutionOptions options;

    public NotebookExecutor(WorkerLauncher launcher, ExecutionOptions? options = null, int spares = 0)
    {
        this.options = options ?? new ExecutionOptions();
        Workers = new WorkerPool(launcher, this.options.StartupTimeout, spares);
    }

    /// <summary>Where workers come from; a run calls StartAhead on it for its next notebook and disposes it at the end.</summary>
    public WorkerPool Workers { get; }

    /// <param name="nextWorkingDirectory">Where the notebook after this one will run: its worker is started
    /// ahead as soon as this one has its own (when <see cref="Workers"/> keeps spares).</param>
    public async Task<NotebookResult> ExecuteAsync(
        Notebook notebook, string workingDirectory, IExecutionObserver? observer = null, CancellationToken cancellation = default,
        string? nextWorkingDirectory = null)
    {
        var clock = Stopwatch.StartNew();
        var executed = notebook.DeepCopy();
        var codeCells = Enumerable.Range(0, executed.Cells.Count).Where(i => executed.Cells[i].Type == CellType.Code).ToList();
        foreach (var index in codeCells) ClearPreviousRun(executed.Cells[index]);

        var cellTimeout = NotebookTimeout(executed) ?? options.CellTimeout;
        var allowErrors = AllowsErrors(executed);
        var results = new List<CellResult>();
        var status = NotebookStatus.Passed;
        string? message = null;
        var executionCount = 0;
        WorkerSession? session = null;
        var startup = TimeSpan.Zero;
        try
        {
            for (var n = 0; n < codeCells.Count; n++)
            {
                var position = new CellPosition(codeCells[n], n + 1, codeCells.Count);
                var cell = executed.Cells[position.Index];
                if (status != NotebookStatus.Passed || cell.HasTag(SkipExecutionTag))
                {
                    var notRun = new CellResult(position.Index, status == NotebookStatus.Passed ? CellStatus.Skipped : CellStatus.NotRun, TimeSpan.Zero);
                    CellStamp.Apply(cell, notRun.Status);
                    results.Add(notRun);
                    continue;
                }

                observer?.CellStarted(executed, position);
                if (session is null)
                {
                    var startClock = Stopwatch.StartNew();
                    session = await Workers.TakeAsync(workingDirectory, cancellation);
                    startup = startClock.Elapsed;
                    if (nextWorkingDirectory is not null) Workers.StartAhead(nextWorkingDirectory);
                }
                if (session.Failure is { } startFailure)
                {
                    status = NotebookStatus.Crashed;
                    message = startFailure;
                    n--; // this cell and all after it are reported NotRun
                    continue;
                }

                var start = DateTimeOffset.UtcNow;
                var cellClock = Stopwatch.StartNew();
                cell.ExecutionCount = ++executionCount;
                var outcome = await RunCellAsync(session, executed, position, cellTimeout, observer, cancellation);
                var (cellStatus, error) = Judge(cell, position, outcome, allowErrors);
                if (error is not null && outcome is not CellOutcome.Completed)
                    cell.Outputs.Add(new ErrorOutput(error.Name, error.Message, error.Detail.Split('\n', StringSplitOptions.RemoveEmptyEntries)));

                var result = new CellResult(position.Index, cellStatus, cellClock.Elapsed, error)
                {
                    Compile = (outcome as CellOutcome.Completed)?.Compile,
                };
                CellStamp.Apply(cell, cellStatus, start, DateTimeOffset.UtcNow);
                results.Add(result);
                observer?.CellFinished(executed, position, result);

                status = cellStatus switch
                {
                    CellStatus.Failed => NotebookStatus.Failed,
                    CellStatus.TimedOut => NotebookStatus.TimedOut,
                    CellStatus.Crashed => NotebookStatus.Crashed,
                    _ => status,
                };
                if (status != NotebookStatus.Passed) message = $"cell {position.Index + 1}: {error?.Name}: {error?.Message}";
            }
        }
        finally
        {
            if (session is not null) await session.DisposeAsync();
            else if (nextWorkingDirectory is not null) Workers.StartAhead(nextWorkingDirectory); // nothing here ran
        }
        return new NotebookResult(notebook.Path, status, executed, results, clock.Elapsed, message) { WorkerStartup = startup };
    }

    async Task<CellOutcome> RunCellAsync(
        WorkerSession session, Notebook executed, CellPosition position, TimeSpan cellTimeout,
        IExecutionObserver? observer, CancellationToken cancellation)
    {
        var cell = executed.Cells[position.Index];
        var kernel = cell.KernelName ?? executed.DefaultKernelName;
        if (!session.Kernels.Contains(kernel, StringComparer.OrdinalIgnoreCase))
        {
            var unknown = new ErrorEvent(position.Index, "UnknownKernelError",
                $"Cell {position.Index + 1} asks for kernel '{kernel}', but the runner has only: {string.Join(", ", session.Kernels)}.", [], null);
            cell.Outputs.Add(new ErrorOutput(unknown.EName, unknown.EValue, unknown.Traceback));
            observer?.OutputProduced(executed, position, cell.Outputs[^1]);
            return new CellOutcome.Completed(unknown);
        }

        var timeout = ScriptLineMap.RestoresPackages(cell.Source) && options.RestoreTimeout > cellTimeout ? options.RestoreTimeout : cellTimeout;
        return await CellRunner.RunAsync(session.Process!, executed, position.Index, kernel, timeout,
            output => observer?.OutputProduced(executed, position, output), cancellation);
    }

    /// <param name="allowErrors">nbmake's notebook metadata execution.allow_errors (nbclient's allow_errors): a cell
    /// that throws does not fail the notebook, as if tagged raises-exception; a timeout or a crash still does.</param>
    static (CellStatus, CellError?) Judge(Cell cell, CellPosition position, CellOutcome outcome, bool allowErrors)
    {
        var mustRaise = cell.HasTag(RaisesExceptionTag);
        var number = position.Index + 1;
        return outcome switch
        {
            CellOutcome.Completed { Error: null } when mustRaise => (CellStatus.Failed,
                new CellError("MissingExpectedError", $"Cell {number} is tagged '{RaisesExceptionTag}' but ran without an error.", null, null, "")),
            CellOutcome.Completed { Error: null } => (CellStatus.Passed, null),
            CellOutcome.Completed { Error: { } e } => (mustRaise || allowErrors ? CellStatus.ExpectedFailure : CellStatus.Failed, ToCellError(cell, e)),
            CellOutcome.TimedOut t => (CellStatus.TimedOut, new CellError("CellTimeoutError",
                $"Cell {number} did not finish within {t.Limit.TotalSeconds:0.#} s; the worker process was stopped.", null, null, "")),
            CellOutcome.Exited x => (CellStatus.Crashed, new CellError("WorkerCrashedError",
                $"The worker process exited with code {x.ExitCode?.ToString() ?? "unknown"} while running cell {number}"
                + (x.StderrTail.FirstOrDefault(l => l.Trim().Length > 0) is { } cause ? $": {cause.Trim()}" : "."), null, null,
                string.Join('\n', x.StderrTail))),
            _ => throw new UnreachableException(),
        };
    }

    static CellError ToCellError(Cell cell, ErrorEvent error)
    {
        var line = error.ScriptLine is { } scriptLine ? ScriptLineMap.ToCellLine(cell.Source, scriptLine) : null;
        var text = line is { } l ? ScriptLineMap.LineText(cell.Source, l)?.Trim() : null;
        return new CellError(error.EName, error.EValue, line, text, string.Join('\n', error.Traceback));
    }

    static void ClearPreviousRun(Cell cell)
    {
        cell.Outputs.Clear();
        cell.ExecutionCount = null;
        cell.Metadata.Remove("execution");
    }

    static bool AllowsErrors(Notebook notebook) =>
        notebook.Metadata["execution"]?[AllowErrorsKey] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<bool>(out var allow) && allow;

    static TimeSpan? NotebookTimeout(Notebook notebook) =>
        notebook.Metadata["execution"]?["timeout"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<double>(out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
