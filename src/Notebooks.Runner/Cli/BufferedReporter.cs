using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;

namespace Notebooks.Runner.Cli;

/// <summary>
/// For `--parallel`: keeps one notebook's progress and output while it runs, then replays it into the real
/// reporter in one piece, so notebooks running side by side never interleave their lines.
/// </summary>
public sealed class BufferedReporter : IRunReporter
{
    readonly List<Action<IRunReporter>> calls = [];

    public void NotebookStarted(NotebookFile file, int number, int total) => calls.Add(r => r.NotebookStarted(file, number, total));

    public void CellStarted(Notebook notebook, CellPosition position) => calls.Add(r => r.CellStarted(notebook, position));

    public void OutputProduced(Notebook notebook, CellPosition position, CellOutput output) =>
        calls.Add(r => r.OutputProduced(notebook, position, output));

    public void CellFinished(Notebook notebook, CellPosition position, CellResult result) =>
        calls.Add(r => r.CellFinished(notebook, position, result));

    public void NotebookFinished(NotebookFile file, NotebookResult result) => calls.Add(r => r.NotebookFinished(file, result));

    public void BadInput(string message) => calls.Add(r => r.BadInput(message));

    public void ReplayInto(IRunReporter reporter)
    {
        foreach (var call in calls) call(reporter);
        calls.Clear();
    }
}
