using Notebooks.Engine.Documents;

namespace Notebooks.Runner.Cli;

/// <summary>The file I/O `run` uses. The coordinator swaps in NotebookReader, NotebookWriter and ParameterInjector here.</summary>
static class RunnerWiring
{
    public static RunHooks Hooks() => new()
    {
        Read = TemporaryIpynbLoader.Read,
        Write = (Notebook _, string path) => Console.Error.WriteLine($"(not written, no notebook writer wired in yet: {path})"),
    };
}
