namespace Notebooks.Engine.Execution.Worker;

/// <summary>A worker that has been started and has said which kernels it has — or why it did not start.</summary>
sealed class WorkerSession : IAsyncDisposable
{
    public WorkerProcess? Process { get; private init; }
    public IReadOnlyList<string> Kernels { get; private init; } = [];
    public string? Failure { get; private init; }

    public static async Task<WorkerSession> StartAsync(
        WorkerLauncher launcher, string workingDirectory, TimeSpan timeout, CancellationToken cancellation)
    {
        WorkerProcess process;
        try { process = WorkerProcess.Start(launcher.StartInfo(workingDirectory)); }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            return new WorkerSession { Failure = $"The worker process could not start ({launcher.FileName}): {e.Message}" };
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        try
        {
            if (await process.ReadAsync(deadline.Token) is ReadyEvent ready)
                return new WorkerSession { Process = process, Kernels = ready.Kernels };
            var exitCode = await process.ExitCodeAsync();
            await process.DisposeAsync();
            return new WorkerSession
            {
                Failure = $"The worker process exited with code {exitCode?.ToString() ?? "unknown"} before it was ready: "
                          + string.Join(" | ", process.StderrTail.TakeLast(5)),
            };
        }
        catch (OperationCanceledException)
        {
            process.Kill(); // whether the wait ran out or the caller gave up, no half-started worker stays behind
            await process.DisposeAsync();
            cancellation.ThrowIfCancellationRequested();
            return new WorkerSession { Failure = $"The worker process did not get ready within {timeout.TotalSeconds:0} s." };
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Process is not null) await Process.DisposeAsync();
    }
}
