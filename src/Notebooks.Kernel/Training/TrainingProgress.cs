using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Kernel.Training;

/// <summary>
/// Live training progress. In a notebook it shows one output and updates it in place (progress bar, ETA,
/// latest metrics, charts); elsewhere it prints compact lines. Updates at most every <see cref="MinInterval"/>,
/// and less often when drawing takes long (drawing gets at most a tenth of the time); the last epoch always shows.
/// </summary>
public sealed class TrainingProgress
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(250);

    readonly TextWriter? console;
    readonly TimeProvider time;
    readonly long started;
    TimeSpan? nextDue;
    int logs;
    int shownLogs = -1;
    DisplayedValue? display;

    /// <param name="console">Where lines go outside a notebook; Console.Out when null.</param>
    /// <param name="time">The clock; tests pass a fake one.</param>
    public TrainingProgress(int totalEpochs, TrainingHistory? history = null, TextWriter? console = null, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(totalEpochs, 1);
        TotalEpochs = totalEpochs;
        History = history ?? new TrainingHistory();
        this.console = console;
        this.time = time ?? TimeProvider.System;
        started = this.time.GetTimestamp();
    }

    public int TotalEpochs { get; }
    public TrainingHistory History { get; }
    /// <summary>How many times the output was drawn or printed.</summary>
    public int Updates { get; private set; }

    /// <summary>Logs the epoch's metrics into <see cref="History"/> and refreshes the view when due.</summary>
    public void Log(int epoch, params (string Name, double Value)[] metrics)
    {
        History.Log(epoch, metrics);
        logs++;
        Show(force: History.Count >= TotalEpochs);
    }

    /// <summary>Shows the final state, e.g. after stopping early; nothing happens if it is already shown.</summary>
    public void Complete() => Show(force: true);

    void Show(bool force)
    {
        var elapsed = time.GetElapsedTime(started);
        if (logs == shownLogs) return;
        if (!force && elapsed < nextDue) return;
        shownLogs = logs;
        Updates++;

        var context = console is null ? KernelInvocationContext.Current : null;
        if (context is null && display is null)
            (console ?? Console.Out).WriteLine(new TrainingProgressView(History, TotalEpochs, elapsed, withCharts: false));
        else if (display is null)
            display = KernelInvocationContextExtensions.Display(
                context!, new TrainingProgressView(History, TotalEpochs, elapsed), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        else
            display.Update(new TrainingProgressView(History, TotalEpochs, elapsed));

        var drawing = time.GetElapsedTime(started) - elapsed;
        nextDue = elapsed + TimeSpan.FromTicks(Math.Max(MinInterval.Ticks, 10 * drawing.Ticks));
    }
}
