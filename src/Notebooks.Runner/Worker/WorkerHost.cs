using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using System.Threading.Channels;
using Notebooks.Engine.Execution.Worker;

namespace Notebooks.Runner.Worker;

/// <summary>
/// The hidden `worker` subcommand: hosts one kernel for one notebook, reads cell requests from
/// stdin and answers with protocol events on stdout until stdin closes. Stdin closing while a cell
/// runs means the runner is gone (killed, crashed): the worker exits at once instead of training on alone.
/// </summary>
static class WorkerHost
{
    /// <summary>Nobody reads it (the runner is gone); it tells a process listing why the worker ended.</summary>
    const int RunnerGoneExitCode = 75;

    /// <param name="warm">Started ahead of its notebook: warm the compiler up before saying ready.</param>
    public static async Task<int> RunAsync(bool warm)
    {
        var protocol = new ProtocolWriter(Console.OpenStandardOutput());
        var requests = new StreamReader(Console.OpenStandardInput());
        // Stray writes (background threads, the kernel's own logging) must not corrupt the protocol,
        // and user code must not read our requests.
        Console.SetOut(Console.Error);
        Console.SetIn(TextReader.Null);

        if (warm) await CompilerWarmUp.RunAsync();
        var (composite, csharp) = KernelFactory.Create();
        var lines = new ScriptOptionsAdapter(csharp);
        using var compileClock = new CompileClock();
        var current = -1;
        using var forwarding = composite.KernelEvents.Subscribe(e =>
        {
            if (Volatile.Read(ref current) is var cell && cell >= 0 && EventTranslator.Output(cell, e) is { } message)
                protocol.Send(message);
        });

        var queue = Channel.CreateUnbounded<CellRequest>(new() { SingleReader = true, SingleWriter = true });
        _ = Task.Run(async () =>
        {
            while (await requests.ReadLineAsync() is { } line)
                if (line.Trim().Length > 0 && WorkerProtocol.DecodeRequest(line) is { } request) queue.Writer.TryWrite(request);
            // The runner closes stdin only between cells; mid-cell, it was killed and no one will read our output.
            if (Volatile.Read(ref current) >= 0)
            {
                Console.Error.WriteLine($"worker: the runner closed the pipe while cell {Volatile.Read(ref current) + 1} ran; exiting");
                Environment.Exit(RunnerGoneExitCode);
            }
            queue.Writer.TryComplete();
        });

        protocol.Send(new ReadyEvent(KernelFactory.Names(composite)));
        await foreach (var request in queue.Reader.ReadAllAsync())
        {
            var fileName = WorkerProtocol.ScriptFileName(request.Cell);
            lines.PrepareSubmission(fileName);
            Volatile.Write(ref current, request.Cell);
            compileClock.Start();
            var result = await composite.SendAsync(new SubmitCode(request.Code, request.Kernel));
            Volatile.Write(ref current, -1);

            var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
            if (failed is not null) protocol.Send(EventTranslator.Error(request.Cell, failed, fileName));
            protocol.Send(new DoneEvent(request.Cell, failed is null, compileClock.CompileSeconds));
        }
        composite.Dispose();
        return 0;
    }
}
