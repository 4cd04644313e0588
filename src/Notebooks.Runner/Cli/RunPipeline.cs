using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;

namespace Notebooks.Runner.Cli;

/// <summary>find → read → inject parameters → execute in the notebook's folder → write, for each notebook in turn.</summary>
public sealed class RunPipeline(RunHooks hooks, NotebookExecutor executor, IRunReporter reporter)
{
    public async Task<(ExitCode Code, IReadOnlyList<(NotebookFile File, NotebookResult Result)> Results)> RunAsync(
        RunSettings settings, string currentDirectory, CancellationToken cancellation = default)
    {
        var (files, unmatched) = NotebookFinder.Find(settings.Paths, currentDirectory);
        var results = new List<(NotebookFile, NotebookResult)>();
        foreach (var missing in unmatched)
            results.Add((new NotebookFile(Path.GetFullPath(missing, currentDirectory), missing),
                Invalid(missing, "no notebook (.ipynb or .dib) found at this path")));

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            reporter.NotebookStarted(file, i + 1, files.Count);
            var result = await RunOneAsync(file, settings, currentDirectory, cancellation);
            reporter.NotebookFinished(file, result);
            results.Add((file, result));
        }
        reporter.RunFinished(results);
        var code = results.Count == 0 ? ExitCode.BadInput : results.Max(r => ExitCodeOf(r.Item2.Status));
        return (code, results);
    }

    async Task<NotebookResult> RunOneAsync(NotebookFile file, RunSettings settings, string currentDirectory, CancellationToken cancellation)
    {
        Notebook notebook;
        try { notebook = hooks.InjectParameters(hooks.Read(file.FullPath), settings.Parameters); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Invalid(file.RelativePath, e.Message);
        }

        var workingDirectory = Path.GetDirectoryName(file.FullPath)!;
        var result = await executor.ExecuteAsync(notebook, workingDirectory, reporter, cancellation);
        if (result.Executed is { } executed)
        {
            var target = settings.InPlace
                ? file.FullPath
                : Path.GetFullPath(Path.Combine(settings.OutputDirectory, file.RelativePath), currentDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            hooks.Write(executed, target);
        }
        return result;
    }

    static NotebookResult Invalid(string path, string why) =>
        new(path, NotebookStatus.Invalid, null, [], TimeSpan.Zero, why);

    public static ExitCode ExitCodeOf(NotebookStatus status) => status switch
    {
        NotebookStatus.Passed or NotebookStatus.NotRun => ExitCode.Success,
        NotebookStatus.Failed => ExitCode.CellFailed,
        NotebookStatus.TimedOut => ExitCode.Timeout,
        NotebookStatus.Crashed => ExitCode.Crash,
        _ => ExitCode.BadInput,
    };
}
