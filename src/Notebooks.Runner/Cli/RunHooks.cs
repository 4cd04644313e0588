using Notebooks.Engine.Documents;

namespace Notebooks.Runner.Cli;

/// <summary>
/// File I/O and parameter injection for `run`, kept out of the pipeline so the engine never opens a
/// file and tests can run notebooks built in memory. An exception from Read or InjectParameters marks
/// that notebook as bad input, with the exception's message as the reason.
/// </summary>
public sealed class RunHooks
{
    public required Func<string, Notebook> Read { get; init; }

    /// <summary>Writes an executed notebook to the given path (its folder exists).</summary>
    public required Action<Notebook, string> Write { get; init; }

    public Func<Notebook, IReadOnlyDictionary<string, string>, Notebook> InjectParameters { get; init; } =
        (notebook, parameters) => parameters.Count == 0
            ? notebook
            : throw new NotSupportedException("--param given, but this runner has no parameter injector wired in.");
}
