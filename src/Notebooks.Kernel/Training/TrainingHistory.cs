using System.Globalization;
using System.Net;
using System.Text;
using Notebooks.Kernel.Charts;

namespace Notebooks.Kernel.Training;

/// <summary>
/// Metrics per epoch (or per step): <c>history.Log(epoch, ("loss", 0.3), ("val_loss", 0.4))</c>.
/// Shown as one line chart per metric, each training metric paired with its "val_" twin, plus the last rows.
/// </summary>
public sealed class TrainingHistory(string stepName = "epoch")
{
    public const string ValidationPrefix = "val_";

    readonly List<int> steps = [];
    readonly List<Dictionary<string, double>> rows = [];
    readonly List<string> names = [];

    /// <summary>What one row is: "epoch" or "step".</summary>
    public string StepName { get; } = stepName;
    public int Count => steps.Count;
    public IReadOnlyList<int> Steps => steps;
    /// <summary>In the order first logged.</summary>
    public IReadOnlyList<string> MetricNames => names;

    /// <summary>Adds metrics for a step; logging the latest step again adds to its row.</summary>
    public void Log(int step, params (string Name, double Value)[] metrics)
    {
        if (metrics is null || metrics.Length == 0)
            throw new ArgumentException($"TrainingHistory.Log({StepName} {step}): no metrics given; pass pairs like (\"loss\", 0.3).", nameof(metrics));
        if (steps.Count > 0 && step < steps[^1])
            throw new ArgumentException($"TrainingHistory.Log: {StepName} {step} logged after {StepName} {steps[^1]}; log in increasing order.", nameof(step));
        if (steps.Count == 0 || step > steps[^1])
        {
            steps.Add(step);
            rows.Add([]);
        }
        foreach (var (name, value) in metrics)
        {
            if (string.IsNullOrWhiteSpace(name))
                throw new ArgumentException($"TrainingHistory.Log({StepName} {step}): a metric has no name.", nameof(metrics));
            if (!names.Contains(name)) names.Add(name);
            rows[^1][name] = value;
        }
    }

    /// <summary>The (step, value) pairs where the metric was logged.</summary>
    public IReadOnlyList<(int Step, double Value)> Series(string metric)
    {
        if (!names.Contains(metric))
            throw new KeyNotFoundException($"TrainingHistory has no metric '{metric}'; it has: {string.Join(", ", names)}.");
        return steps.Zip(rows).Where(p => p.Second.ContainsKey(metric)).Select(p => (p.First, p.Second[metric])).ToArray();
    }

    public double Last(string metric) => Series(metric)[^1].Value;

    /// <summary>One chart per metric: "loss" first, each with its "val_" twin when there is one.</summary>
    public IReadOnlyList<ChartView> Charts(int width = 460, int height = 320) =>
        MetricGroups()
            .Select(group => Chart.Line(group.Members.Select(LineSeries).ToArray(), group.Name, StepName, group.Name, width, height))
            .ToArray();

    (string, IReadOnlyList<double>, IReadOnlyList<double>) LineSeries(string metric)
    {
        var points = Series(metric);
        return (metric, points.Select(p => (double)p.Step).ToArray(), points.Select(p => p.Value).ToArray());
    }

    IEnumerable<(string Name, string[] Members)> MetricGroups() =>
        names.GroupBy(BaseName)
             .OrderBy(g => g.Key == "loss" ? 0 : 1)
             .Select(g => (g.Key, g.OrderBy(n => n.StartsWith(ValidationPrefix) ? 1 : 0).ToArray()));

    static string BaseName(string metric) =>
        metric.StartsWith(ValidationPrefix) && metric.Length > ValidationPrefix.Length ? metric[ValidationPrefix.Length..] : metric;

    public string ToHtml(int lastRows = 5) =>
        $"""<div class="training-history">{ChartsHtml()}{TableHtml(lastRows)}</div>""";

    internal string ChartsHtml() => Count == 0
        ? ""
        : $"""<div style="display:flex;flex-wrap:wrap;gap:8px">{string.Concat(Charts().Select(c => c.Html))}</div>""";

    /// <summary>The last rows only: a table of every epoch of a long run would bury the charts.</summary>
    internal string TableHtml(int lastRows)
    {
        var html = new StringBuilder("""<table class="training-history-table"><thead><tr>""");
        foreach (var header in names.Prepend(StepName))
            html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (var i = Math.Max(0, Count - lastRows); i < Count; i++)
        {
            html.Append("<tr><td>").Append(steps[i]).Append("</td>");
            foreach (var name in names)
                html.Append("<td>").Append(rows[i].TryGetValue(name, out var v) ? Format(v) : "").Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (Count > lastRows)
            html.Append($"<div><small>last {lastRows} of {Count} {StepName}s</small></div>");
        return html.ToString();
    }

    internal static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>"loss 0.1234, val_loss 0.2345" for the latest step.</summary>
    internal string LatestMetrics() => Count == 0
        ? ""
        : string.Join(", ", names.Where(rows[^1].ContainsKey).Select(n => $"{n} {Format(rows[^1][n])}"));

    public override string ToString() => Count == 0
        ? $"TrainingHistory: nothing logged yet"
        : $"TrainingHistory: {Count} {StepName}s ({steps[0]}–{steps[^1]}); {StepName} {steps[^1]}: {LatestMetrics()}";
}
