using Notebooks.Engine.Documents;

namespace Notebooks.Engine.Execution;

/// <summary>Where a code cell sits: Index in the notebook's cells, Number 1-based among its Total code cells.</summary>
public sealed record CellPosition(int Index, int Number, int Total);

/// <summary>Live news from a run, for progress and streamed output. Called on the executor's thread, in order.</summary>
public interface IExecutionObserver
{
    void CellStarted(Notebook notebook, CellPosition position) { }

    void OutputProduced(Notebook notebook, CellPosition position, CellOutput output) { }

    void CellFinished(Notebook notebook, CellPosition position, CellResult result) { }
}
