using Notebooks.Engine.Execution;

namespace Notebooks.Runner.Cli;

/// <summary>Hears about a whole `run`: each notebook's start and end, and (as an execution observer) each cell.</summary>
public interface IRunReporter : IExecutionObserver
{
    void NotebookStarted(NotebookFile file, int number, int total) { }

    void NotebookFinished(NotebookFile file, NotebookResult result) { }

    void RunFinished(IReadOnlyList<(NotebookFile File, NotebookResult Result)> results) { }
}
