using Notebooks.Engine.Documents;
using Notebooks.Engine.Parameters;

namespace Notebooks.Runner.Cli;

/// <summary>
/// File I/O and parameter injection for `run`, kept out of the pipeline so the engine never opens a
/// file and tests can run notebooks built in memory.
/// </summary>
public sealed class RunHooks
{
    /// <summary>A notebook, or a one-line error naming the file.</summary>
    public Func<string, ReadResult> Read { get; init; } = NotebookReader.Read;

    /// <summary>Writes an executed notebook to the given path (its folder exists).</summary>
    public Func<Notebook, string, WriteResult> Write { get; init; } = NotebookWriter.Write;

    /// <summary>Injects `--param name=value` values after the parameters cell; every problem, before anything runs.</summary>
    public Func<Notebook, IReadOnlyList<string>, InjectionResult> InjectParameters { get; init; } =
        (notebook, values) => ParameterInjector.Inject(notebook, values);
}
