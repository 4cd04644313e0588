using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Notebooks.Kernel.Tuning;

/// <summary>
/// What AutoML does, small enough to read: draw a trainer and its hyperparameters at random (seeded), train on
/// the training data, score on the validation data, repeat; the leaderboard ranks the trials. It stops after
/// <see cref="MaxTrials"/> trials or when <see cref="TimeBudget"/> is spent, whichever comes first. The trials
/// themselves repeat exactly for a seed, but how many fit in a time budget depends on the machine: make the trial
/// cap the stop that bites when results must repeat (CI, quick mode), and the budget a safety net.
/// </summary>
public sealed class TrainerSearch(IReadOnlyList<TrainerChoice> choices)
{
    public IReadOnlyList<TrainerChoice> Choices { get; } = choices is { Count: > 0 }
        ? choices
        : throw new ArgumentException("TrainerSearch needs at least one trainer to choose from, e.g. BinaryTrainers.All().", nameof(choices));

    public int MaxTrials { get; init; } = 20;
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromMinutes(1);
    public int Seed { get; init; }
    /// <summary>Label column of the data (a Boolean for binary classification).</summary>
    public string Label { get; init; } = "Label";
    /// <summary>Higher is better; read from ML.NET's binary metrics on the validation data.</summary>
    public (string Name, Func<BinaryClassificationMetrics, double> Value) Metric { get; init; } =
        ("AUC", m => m.AreaUnderRocCurve);

    /// <param name="featurizer">Fitted once on the training data; turns raw columns into "Features" (and scales them).</param>
    public Leaderboard Run(IDataView train, IDataView validation, IEstimator<ITransformer> featurizer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTrials, 1);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(featurizer);

        var features = featurizer.Fit(train);
        var (trainFeatures, validationFeatures) = (features.Transform(train), features.Transform(validation));
        var random = new Random(Seed);
        var clock = Stopwatch.StartNew();
        var trials = new List<Trial>();
        var stop = SearchStop.MaxTrials;
        for (var number = 1; number <= MaxTrials; number++)
        {
            if (clock.Elapsed >= TimeBudget) { stop = SearchStop.TimeBudget; break; }
            var choice = Choices[random.Next(Choices.Count)];
            var settings = choice.Sample(random);
            trials.Add(RunTrial(number, choice, settings, features, trainFeatures, validationFeatures));
        }
        return new Leaderboard(trials, Metric.Name, stop, clock.Elapsed, MaxTrials, TimeBudget, Seed);
    }

    Trial RunTrial(int number, TrainerChoice choice, IReadOnlyList<Hyperparameter> settings,
        ITransformer features, IDataView train, IDataView validation)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            // A context per trial, seeded from the search seed and the trial number: a trial's result does not
            // depend on which trials ran before it.
            var ml = new MLContext(Seed * 1_000 + number);
            var model = choice.Build(ml, settings).Fit(train);
            var metrics = ml.BinaryClassification.EvaluateNonCalibrated(model.Transform(validation), Label);
            var pipeline = new TransformerChain<ITransformer>(features, model);
            return new Trial(number, choice.Name, settings, Metric.Value(metrics), clock.Elapsed, pipeline);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or DllNotFoundException or FormatException)
        {
            return new Trial(number, choice.Name, settings, double.NaN, clock.Elapsed, null, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
