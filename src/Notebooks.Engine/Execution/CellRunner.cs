using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution.Worker;

namespace Notebooks.Engine.Execution;

/// <summary>Sends one cell to the worker and turns the events that come back into the cell's outputs.</summary>
static class CellRunner
{
    public static async Task<CellOutcome> RunAsync(
        WorkerProcess worker, Notebook notebook, int index, string kernel, TimeSpan timeout,
        Action<CellOutput> produced, CancellationToken cancellation)
    {
        var cell = notebook.Cells[index];
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        ErrorEvent? error = null;
        try
        {
            await worker.SendAsync(new CellRequest(index, kernel, cell.Source));
            while (await worker.ReadAsync(deadline.Token) is { } message)
            {
                switch (message)
                {
                    case StreamEvent stream:
                        Append(cell, new StreamOutput(stream.Name, stream.Text), produced);
                        break;
                    case DisplayEvent display:
                        Append(cell, new DisplayOutput(display.Data, false, display.DisplayId), produced);
                        break;
                    case ResultEvent result:
                        Append(cell, new DisplayOutput(result.Data, IsResult: true), produced);
                        break;
                    case UpdateEvent update when !ReplaceDisplay(notebook, update):
                        // .NET Interactive 1.0 gives display()'s returned handle a different id than the
                        // display it published, so an update often matches nothing: show it, don't lose it.
                        Append(cell, new DisplayOutput(update.Data, false, update.DisplayId), produced);
                        break;
                    case ErrorEvent failed:
                        error = failed with { Traceback = ScriptLineMap.RewriteTraceback(failed.Traceback, index, cell.Source) };
                        Append(cell, new ErrorOutput(error.EName, error.EValue, error.Traceback), produced);
                        break;
                    case DoneEvent done:
                        return new CellOutcome.Completed(done.Ok ? null : error ?? Unexplained(index),
                            done.CompileSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            worker.Kill(); // a spinning loop cannot be cancelled inside a C# script: stop the process
            return new CellOutcome.TimedOut(timeout);
        }
        catch (OperationCanceledException)
        {
            worker.Kill(); // the caller gave up (Ctrl+C): leave no worker spinning behind
            throw;
        }
        catch (IOException)
        {
            // stdin closed under us: the worker died; the exit code tells why
        }
        return new CellOutcome.Exited(await worker.ExitCodeAsync(), worker.StderrTail);
    }

    static void Append(Cell cell, CellOutput output, Action<CellOutput> produced)
    {
        // Consecutive writes to one stream become one output, as Jupyter stores them.
        if (output is StreamOutput next && cell.Outputs.Count > 0 && cell.Outputs[^1] is StreamOutput last && last.Name == next.Name)
            cell.Outputs[^1] = last with { Text = last.Text + next.Text };
        else
            cell.Outputs.Add(output);
        produced(output);
    }

    static bool ReplaceDisplay(Notebook notebook, UpdateEvent update)
    {
        var replaced = false;
        foreach (var cell in notebook.Cells)
            for (var i = 0; i < cell.Outputs.Count; i++)
                if (cell.Outputs[i] is DisplayOutput shown && shown.DisplayId == update.DisplayId)
                {
                    cell.Outputs[i] = shown with { Data = update.Data };
                    replaced = true;
                }
        return replaced;
    }

    static ErrorEvent Unexplained(int index) =>
        new(index, "CellFailed", "The kernel reported a failure without an error message.", [], null);
}
