using System.Diagnostics;
using System.Threading.Channels;

namespace Notebooks.Engine.Execution.Worker;

/// <summary>One running worker: requests go to its stdin, protocol events come back from its stdout.</summary>
sealed class WorkerProcess : IAsyncDisposable
{
    const int StderrHeadKept = 10;
    const int StderrTailKept = 30;

    readonly Process process;
    readonly Channel<WorkerEvent> events = Channel.CreateUnbounded<WorkerEvent>(new() { SingleReader = true });
    readonly List<string> stderrHead = new();
    readonly Queue<string> stderrTail = new();
    readonly Task pump;

    WorkerProcess(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderrTail)
            {
                if (stderrHead.Count < StderrHeadKept) { stderrHead.Add(e.Data); return; }
                stderrTail.Enqueue(e.Data);
                if (stderrTail.Count > StderrTailKept) stderrTail.Dequeue();
            }
        };
        process.BeginErrorReadLine();
        pump = Task.Run(PumpAsync);
    }

    public static WorkerProcess Start(ProcessStartInfo info) =>
        new(Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}"));

    public int Id => process.Id;

    /// <summary>
    /// The first and last lines the worker wrote to stderr: the only trace a crash leaves (the runtime
    /// names the cause first, e.g. "Stack overflow.", then thousands of frames).
    /// </summary>
    public IReadOnlyList<string> StderrTail
    {
        get { lock (stderrTail) return [.. stderrHead, .. stderrTail]; }
    }

    public async Task SendAsync(CellRequest request)
    {
        await process.StandardInput.WriteLineAsync(WorkerProtocol.Encode(request));
        await process.StandardInput.FlushAsync();
    }

    /// <summary>The next event, or null once the worker has closed its output (it exited).</summary>
    public async Task<WorkerEvent?> ReadAsync(CancellationToken cancellation)
    {
        return await events.Reader.WaitToReadAsync(cancellation) && events.Reader.TryRead(out var message)
            ? message
            : null;
    }

    /// <summary>The exit code once the worker has exited by itself; waits briefly for the exit to land.</summary>
    public async Task<int?> ExitCodeAsync()
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try { await process.WaitForExitAsync(wait.Token); }
        catch (OperationCanceledException) { return null; }
        return process.ExitCode;
    }

    public void Kill()
    {
        try { process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // already gone
        process.WaitForExit(10_000);
    }

    async Task PumpAsync()
    {
        try
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                // Code that writes to fd 1 directly bypasses the protocol; keep its text as stdout.
                var message = WorkerProtocol.TryDecodeEvent(line) ?? new StreamEvent(-1, "stdout", line + "\n");
                events.Writer.TryWrite(message);
            }
        }
        finally { events.Writer.TryComplete(); }
    }

    public async ValueTask DisposeAsync()
    {
        try { process.StandardInput.Close(); } // end of input: the worker leaves its loop
        catch (IOException) { }
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try { await process.WaitForExitAsync(wait.Token); }
        catch (OperationCanceledException) { Kill(); }
        await pump;
        process.Dispose();
    }
}
