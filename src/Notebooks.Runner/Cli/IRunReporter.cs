using Notebooks.Engine.Execution;

namespace Notebooks.Runner.Cli;

/// <summary>Hears about a whole `run`: each notebook's start and end, and (as an execution observer) each cell.</summary>
public interface IRunReporter : IExecutionObserver
{
    void NotebookStarted(NotebookFile file, int number, int total) { }

    void NotebookFinished(NotebookFile file, NotebookResult result) { }

    /// <summary>A problem with the input or output files that is not any one cell's fault.</summary>
    void BadInput(string message) { }

    void RunFinished(IReadOnlyList<(NotebookFile File, NotebookResult Result)> results) { }
}
