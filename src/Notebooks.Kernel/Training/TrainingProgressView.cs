using System.Globalization;

namespace Notebooks.Kernel.Training;

/// <summary>One frame of <see cref="TrainingProgress"/>: drawn when made, so later epochs do not change it.</summary>
public sealed class TrainingProgressView
{
    const int BarWidth = 20;

    internal TrainingProgressView(TrainingHistory history, int totalEpochs, TimeSpan elapsed, bool withCharts = true)
    {
        Done = history.Count;
        Total = totalEpochs;
        Elapsed = elapsed;
        Eta = Done == 0 ? null : elapsed / Done * Math.Max(0, Total - Done);
        StepName = history.StepName;
        Metrics = history.LatestMetrics();
        ChartsHtml = withCharts ? history.ChartsHtml() : "";
        TableHtml = withCharts ? history.TableHtml(lastRows: 3) : "";
    }

    public int Done { get; }
    public int Total { get; }
    public TimeSpan Elapsed { get; }
    public TimeSpan? Eta { get; }
    public string StepName { get; }
    /// <summary>The latest metrics, e.g. "loss 0.1234, val_loss 0.2345".</summary>
    public string Metrics { get; }
    string ChartsHtml { get; }
    string TableHtml { get; }

    string Timing => $"{Seconds(Elapsed)} elapsed" + (Done < Total && Eta is { } eta ? $", ETA {Seconds(eta)}" : "");

    public string ToHtml() =>
        $"""<div class="training-progress"><div><progress value="{Done}" max="{Total}" style="width:240px"></progress> {StepName} {Done}/{Total} · {Timing}</div>{TableHtml}{ChartsHtml}</div>""";

    public override string ToString()
    {
        var filled = (int)Math.Round(BarWidth * (double)Done / Total);
        return $"{StepName} {Done}/{Total} [{new string('#', filled)}{new string('-', BarWidth - filled)}] {Timing} | {Metrics}";
    }

    static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
