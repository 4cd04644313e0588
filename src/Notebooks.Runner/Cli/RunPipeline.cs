using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Notebooks.Engine.Reports;

namespace Notebooks.Runner.Cli;

/// <summary>
/// find (and keep this --shard's part) → read and inject parameters (all notebooks, before any runs) → execute
/// each in its own folder, --parallel N at a time, the next one's worker starting ahead → compare → write. Results come back in
/// input order. Unreadable notebooks are reported and the rest still run; a bad --param stops everything up front.
/// </summary>
public sealed class RunPipeline(RunHooks hooks, NotebookExecutor executor, IRunReporter reporter)
{
    public async Task<(ExitCode Code, IReadOnlyList<(NotebookFile File, NotebookResult Result)> Results)> RunAsync(
        RunSettings settings, string currentDirectory, CancellationToken cancellation = default)
    {
        var (found, unmatched) = NotebookFinder.Find(settings.Paths, currentDirectory);
        var files = settings.Shard is { } shard ? shard.Select(found) : found;
        if (settings.Shard is not null && files.Count == 0 && found.Count > 0 && unmatched.Count == 0)
        {
            reporter.BadInput($"--shard {settings.Shard}: no notebook falls in this shard ({found.Count} found in all); nothing to run.");
            return (ExitCode.Success, []);
        }
        var prepared = files.Select(file => Prepare(file, settings)).ToList();
        var parameterErrors = prepared.Where(p => p.ParameterError is not null).ToList();
        if (parameterErrors.Count > 0)
        {
            foreach (var p in parameterErrors)
                reporter.BadInput($"{p.File.RelativePath}: --param: {p.ParameterError}");
            return (ExitCode.BadInput, []);
        }

        var results = unmatched
            .Select(missing => (new NotebookFile(Path.GetFullPath(missing, currentDirectory), missing),
                Invalid(missing, "no notebook (.ipynb or .dib) found at this path")))
            .ToList();
        using var budget = settings.TotalTimeout is { } total ? new CancellationTokenSource(total) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, budget.Token);
        var outcomes = new NotebookResult[prepared.Count];
        string? stopReason = null;
        var next = -1;
        var replay = new object();

        // A single notebook keeps its live report whatever --parallel says.
        var lanes = Math.Clamp(prepared.Count, 1, Math.Max(1, settings.Parallel));

        // Each of `Parallel` lanes takes the next notebook in input order; with one lane this is the plain
        // sequential run, reporting live. With more, each notebook's report is buffered and shown whole.
        async Task LaneAsync()
        {
            for (var i = Interlocked.Increment(ref next); i < prepared.Count; i = Interlocked.Increment(ref next))
            {
                var (file, notebook, _, readError) = prepared[i];
                if (Volatile.Read(ref stopReason) is { } reason)
                {
                    outcomes[i] = NotRun(file.RelativePath, reason);
                    continue;
                }
                var lane = lanes > 1 ? new BufferedReporter() : reporter;
                lane.NotebookStarted(file, i + 1, prepared.Count);
                var result = readError is not null
                    ? Invalid(file.RelativePath, readError)
                    : await RunOneAsync(file, notebook!, settings, currentDirectory, lane, linked.Token, budget,
                        i + 1 < prepared.Count && prepared[i + 1] is { ReadError: null } upcoming ? WorkingDirectory(upcoming.File) : null);
                lane.NotebookFinished(file, result);
                if (lane is BufferedReporter buffered)
                    lock (replay) buffered.ReplayInto(reporter);
                outcomes[i] = result;
                if (budget.IsCancellationRequested)
                    Interlocked.CompareExchange(ref stopReason, $"not run: the total timeout of {settings.TotalTimeout!.Value.TotalSeconds:0} s was spent", null);
                else if (settings.FailFast && !result.Succeeded)
                    Interlocked.CompareExchange(ref stopReason, $"not run: --fail-fast stopped after {file.RelativePath}", null);
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, lanes).Select(_ => Task.Run(LaneAsync)));
        }
        finally
        {
            await executor.Workers.StopSparesAsync(); // a spare outlives its use after --fail-fast, a timeout or Ctrl+C
        }
        results.AddRange(prepared.Select((p, i) => (p.File, outcomes[i])));
        reporter.RunFinished(results);
        var code = results.Count == 0 ? ExitCode.BadInput : results.Max(r => ExitCodeOf(r.Item2.Status));
        return (code, results);
    }

    sealed record Prepared(NotebookFile File, Notebook? Notebook, string? ParameterError, string? ReadError);

    Prepared Prepare(NotebookFile file, RunSettings settings)
    {
        var read = hooks.Read(file.FullPath);
        if (read.Notebook is not { } notebook) return new(file, null, null, WithoutPath(read.Error!, file.FullPath));
        if (settings.Parameters.Count == 0) return new(file, notebook, null, null);
        var injection = hooks.InjectParameters(notebook, settings.Parameters);
        return new(file, notebook, injection.Error, null);
    }

    /// <summary>A notebook runs in its own folder, so its relative paths (data, the helper library) resolve.</summary>
    static string WorkingDirectory(NotebookFile file) => Path.GetDirectoryName(file.FullPath)!;

    /// <summary>Reader errors start with the file's path; the report shows the path once, as the user gave it.</summary>
    static string WithoutPath(string error, string fullPath) =>
        error.StartsWith(fullPath + ": ", StringComparison.Ordinal) ? error[(fullPath.Length + 2)..] : error;

    async Task<NotebookResult> RunOneAsync(NotebookFile file, Notebook notebook, RunSettings settings,
        string currentDirectory, IRunReporter reporter, CancellationToken cancellation, CancellationTokenSource budget,
        string? nextWorkingDirectory)
    {
        var workingDirectory = WorkingDirectory(file);
        NotebookResult result;
        try
        {
            result = await executor.ExecuteAsync(notebook, workingDirectory, reporter, cancellation, nextWorkingDirectory);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return new(file.RelativePath, NotebookStatus.TimedOut, null, [], TimeSpan.Zero,
                $"stopped: the total timeout of {settings.TotalTimeout!.Value.TotalSeconds:0} s ran out in this notebook");
        }
        if (settings.Compare && result.Succeeded && result.Executed is { } fresh)
            result = Compared(result, notebook, fresh);
        if (result.Executed is { } executed)
        {
            var target = settings.InPlace
                ? file.FullPath
                : Path.GetFullPath(Path.Combine(settings.OutputDirectory, file.RelativePath), currentDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (hooks.Write(executed, target).Error is { } writeError)
                reporter.BadInput(writeError);
        }
        return result with { Path = file.RelativePath };
    }

    /// <summary>nbval's check: fresh outputs must match the ones stored in the source notebook.</summary>
    static NotebookResult Compared(NotebookResult result, Notebook stored, Notebook fresh)
    {
        var mismatches = OutputComparer.Compare(stored, fresh);
        return mismatches.Count == 0
            ? result
            : result with
            {
                Status = NotebookStatus.Failed,
                Message = $"outputs differ from the stored ones in {mismatches.Count} cell(s):\n" + string.Join("\n", mismatches),
            };
    }

    static NotebookResult Invalid(string path, string why) =>
        new(path, NotebookStatus.Invalid, null, [], TimeSpan.Zero, why);

    static NotebookResult NotRun(string path, string why) =>
        new(path, NotebookStatus.NotRun, null, [], TimeSpan.Zero, why);

    public static ExitCode ExitCodeOf(NotebookStatus status) => status switch
    {
        NotebookStatus.Passed or NotebookStatus.NotRun => ExitCode.Success,
        NotebookStatus.Failed => ExitCode.CellFailed,
        NotebookStatus.TimedOut => ExitCode.Timeout,
        NotebookStatus.Crashed => ExitCode.Crash,
        _ => ExitCode.BadInput,
    };
}
