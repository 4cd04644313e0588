using Notebooks.Kernel.Charts;
using Notebooks.Kernel.Formatters;
using static Notebooks.Kernel.Html.HtmlBuilder;

namespace Notebooks.Kernel.Tuning;

/// <summary>The trials of a search, best first (ties: the earlier trial first; failed trials last).</summary>
public sealed class Leaderboard
{
    internal Leaderboard(IReadOnlyList<Trial> trials, string metricName, SearchStop stoppedBy, TimeSpan elapsed,
        int maxTrials, TimeSpan timeBudget, int seed)
    {
        Trials = trials;
        MetricName = metricName;
        StoppedBy = stoppedBy;
        Elapsed = elapsed;
        MaxTrials = maxTrials;
        TimeBudget = timeBudget;
        Seed = seed;
        Ranked = trials.OrderBy(t => t.Failed).ThenByDescending(t => t.Failed ? 0 : t.Score).ThenBy(t => t.Number).ToArray();
    }

    /// <summary>In the order they ran.</summary>
    public IReadOnlyList<Trial> Trials { get; }
    public IReadOnlyList<Trial> Ranked { get; }
    public string MetricName { get; }
    public SearchStop StoppedBy { get; }
    public TimeSpan Elapsed { get; }
    public int MaxTrials { get; }
    public TimeSpan TimeBudget { get; }
    public int Seed { get; }

    public Trial Best => Ranked.Count > 0 && !Ranked[0].Failed
        ? Ranked[0]
        : throw new InvalidOperationException($"The search has no successful trial: {string.Join("; ", Trials.Take(3))}");

    /// <summary>The best score of each trainer family, best first: which model kind suits this data.</summary>
    public IReadOnlyList<(string Trainer, double Score, int Trials)> ByTrainer() =>
        Trials.Where(t => !t.Failed).GroupBy(t => t.Trainer)
              .Select(g => (g.Key, g.Max(t => t.Score), g.Count()))
              .OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal).ToArray();

    /// <summary>The best score after each trial: how the search improves with more trials.</summary>
    public IReadOnlyList<double> BestSoFar()
    {
        var best = double.NaN;
        return Trials.Select(t => best = t.Failed || t.Score <= best ? best : t.Score).ToArray();
    }

    /// <summary>Best score so far against the trial number.</summary>
    public ChartView Chart(string title = "") => Charts.Chart.Line(
        Trials.Select(t => (double)t.Number).ToArray(),
        [($"best {MetricName} so far", BestSoFar()), ($"trial {MetricName}", Trials.Select(t => t.Score).ToArray())],
        title.Length > 0 ? title : $"Search: {MetricName} per trial", "trial", MetricName);

    public string StopText => StoppedBy == SearchStop.MaxTrials
        ? $"stopped after the trial cap ({MaxTrials}): the same seed gives the same leaderboard anywhere"
        : $"stopped by the time budget ({SearchText.Seconds(TimeBudget)}) after {Trials.Count} of {MaxTrials} trials: a faster machine runs more";

    string Caption => $"Leaderboard: {Trials.Count} trials, seed {Seed}, {MetricName} on validation data, {SearchText.Seconds(Elapsed)}; {StopText}";

    static readonly string[] Headers = ["rank", "trial", "trainer", "hyperparameters", "score", "seconds"];

    IEnumerable<string[]> Rows(int top) => Ranked.Take(top).Select((t, i) => new[]
    {
        (i + 1).ToString(), t.Number.ToString(), t.Trainer, Truncate(t.Settings, 120),
        t.Failed ? Truncate("failed: " + t.Error, 120) : SearchText.Number(t.Score),
        t.Duration.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
    });

    string More(int top) => Ranked.Count > top ? $"… {Ranked.Count - top} more trials (Ranked holds all)" : "";

    /// <summary>The top rows only: a search of hundreds of trials stays one screen.</summary>
    public string ToHtml(int top = 10) =>
        Table(Headers.Select(h => h.Replace("score", MetricName)), Rows(top), Caption)
        + (More(top) is { Length: > 0 } more ? TextElement("div", more) : "");

    public string ToText(int top = 10) =>
        Caption + Environment.NewLine + TextTable.Render(Headers, Rows(top)) + More(top);

    public override string ToString() => Trials.Any(t => !t.Failed)
        ? $"Leaderboard: {Trials.Count} trials, best {Best}; {StopText}"
        : $"Leaderboard: {Trials.Count} trials, none succeeded; {StopText}";
}
