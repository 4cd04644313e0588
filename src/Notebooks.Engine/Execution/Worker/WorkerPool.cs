namespace Notebooks.Engine.Execution.Worker;

/// <summary>
/// Hands out worker sessions, one per notebook. A run that knows which notebook comes next calls
/// <see cref="StartAhead"/> so that worker's start and compiler warm-up overlap the current notebook
/// instead of delaying the next. At most <c>spares</c> unclaimed workers live at once (0: none is
/// started ahead); <see cref="StopSparesAsync"/> kills those no notebook took.
/// </summary>
public sealed class WorkerPool(WorkerLauncher launcher, TimeSpan startupTimeout, int spares = 1) : IAsyncDisposable
{
    sealed record Spare(string WorkingDirectory, Task<WorkerSession> Starting, CancellationTokenSource Stop);

    readonly List<Spare> waiting = [];
    // Warming costs a cold worker about what it saves its first cell; ahead of time it is off the critical path.
    readonly WorkerLauncher warmLauncher = launcher.WithArgument(WorkerProtocol.WarmFlag);
    bool disposed;

    /// <summary>Starts a worker in <paramref name="workingDirectory"/> for a notebook that will run there soon.</summary>
    public void StartAhead(string workingDirectory)
    {
        Spare? evicted = null;
        lock (waiting)
        {
            if (disposed || spares < 1 || waiting.Any(s => s.WorkingDirectory == workingDirectory)) return;
            if (waiting.Count >= spares)
            {
                evicted = waiting[0];
                waiting.RemoveAt(0);
            }
            var stop = new CancellationTokenSource();
            waiting.Add(new Spare(workingDirectory, WorkerSession.StartAsync(warmLauncher, workingDirectory, startupTimeout, stop.Token), stop));
        }
        if (evicted is not null) _ = DiscardAsync(evicted);
    }

    /// <summary>Unclaimed workers, started or starting.</summary>
    public int SpareCount
    {
        get { lock (waiting) return waiting.Count; }
    }

    /// <summary>A worker started ahead in this folder if there is one that came up, else a fresh one.</summary>
    internal async Task<WorkerSession> TakeAsync(string workingDirectory, CancellationToken cancellation)
    {
        Spare? spare;
        lock (waiting)
        {
            spare = waiting.FirstOrDefault(s => s.WorkingDirectory == workingDirectory);
            if (spare is not null) waiting.Remove(spare);
        }
        if (spare is not null)
        {
            WorkerSession? session = null;
            using (spare.Stop)
            using (cancellation.Register(spare.Stop.Cancel))
            {
                try { session = await spare.Starting; }
                catch (OperationCanceledException) { cancellation.ThrowIfCancellationRequested(); }
            }
            if (session is { Failure: null }) return session;
        }
        return await WorkerSession.StartAsync(launcher, workingDirectory, startupTimeout, cancellation);
    }

    static async Task DiscardAsync(Spare spare)
    {
        spare.Stop.Cancel(); // a worker still starting is killed by its own startup wait
        try
        {
            var session = await spare.Starting;
            session.Process?.Kill();
            await session.DisposeAsync();
        }
        catch (OperationCanceledException) { }
        finally { spare.Stop.Dispose(); }
    }

    /// <summary>Kills the workers no notebook took (the run ended, failed fast or was cancelled); the pool stays usable.</summary>
    public async Task StopSparesAsync()
    {
        List<Spare> left;
        lock (waiting)
        {
            left = [.. waiting];
            waiting.Clear();
        }
        await Task.WhenAll(left.Select(DiscardAsync));
    }

    public async ValueTask DisposeAsync()
    {
        lock (waiting) disposed = true;
        await StopSparesAsync();
    }
}
