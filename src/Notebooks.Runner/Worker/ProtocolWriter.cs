using System.Text;
using Notebooks.Engine.Execution.Worker;

namespace Notebooks.Runner.Worker;

/// <summary>
/// Owns the process's real stdout for protocol lines. .NET Interactive swaps Console.Out
/// process-wide during a command, so the protocol must never go through Console.
/// </summary>
sealed class ProtocolWriter(Stream stdout)
{
    readonly StreamWriter writer = new(stdout, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };

    public void Send(WorkerEvent message)
    {
        var line = WorkerProtocol.Encode(message);
        lock (writer) writer.WriteLine(line);
    }
}
