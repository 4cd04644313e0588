using static TorchSharp.torch;

namespace Notebooks.Kernel.Training;

/// <summary>
/// Stops training once a watched metric has not improved for <see cref="Patience"/> epochs, and puts the weights of
/// the best epoch back: the model a run hands over is the one that validated best, not the last one trained.
/// Give it to <see cref="Trainer.EarlyStopping"/>: <c>EarlyStopping.Minimize("val_loss", patience: 5)</c>.
/// </summary>
public sealed class EarlyStopping
{
    Dictionary<string, Tensor>? bestWeights;
    int epochsWithoutImprovement;

    EarlyStopping(string metric, int patience, bool maximize)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metric);
        ArgumentOutOfRangeException.ThrowIfLessThan(patience, 1);
        Metric = metric;
        Patience = patience;
        HigherIsBetter = maximize;
    }

    public static EarlyStopping Minimize(string metric = "val_loss", int patience = 5) => new(metric, patience, maximize: false);
    public static EarlyStopping Maximize(string metric = "val_accuracy", int patience = 5) => new(metric, patience, maximize: true);

    public string Metric { get; }
    public int Patience { get; }
    public bool HigherIsBetter { get; }
    /// <summary>The epoch whose weights were restored; 0 before any epoch was seen.</summary>
    public int BestEpoch { get; private set; }
    public double BestValue { get; private set; } = double.NaN;
    /// <summary>The epoch training stopped at early; null when it ran every epoch.</summary>
    public int? StoppedEpoch { get; private set; }

    /// <summary>Forgets the previous run (the trainer calls this when a fit starts).</summary>
    public void Reset()
    {
        DisposeBest();
        BestEpoch = 0;
        BestValue = double.NaN;
        StoppedEpoch = null;
        epochsWithoutImprovement = 0;
    }

    /// <summary>Records the epoch's metrics; keeps a copy of the weights when they are the best so far.
    /// Returns true when training should stop.</summary>
    public bool Update(int epoch, IReadOnlyList<(string Name, double Value)> metrics, nn.Module model)
    {
        var value = ValueOf(epoch, metrics);
        if (BestEpoch == 0 || Improves(value))
        {
            BestEpoch = epoch;
            BestValue = value;
            epochsWithoutImprovement = 0;
            DisposeBest();
            bestWeights = model.state_dict().ToDictionary(p => p.Key, p => p.Value.detach().clone().DetachFromDisposeScope());
            return false;
        }
        if (++epochsWithoutImprovement < Patience) return false;
        StoppedEpoch = epoch;
        return true;
    }

    /// <summary>Puts the best epoch's weights back into the model.</summary>
    public void RestoreBest(nn.Module model)
    {
        if (bestWeights is null) throw new InvalidOperationException("EarlyStopping.RestoreBest: no epoch has been recorded yet.");
        using var noGrad = no_grad();
        foreach (var (name, weights) in model.state_dict())
            weights.copy_(bestWeights[name]);
    }

    bool Improves(double value) => HigherIsBetter ? value > BestValue : value < BestValue;

    double ValueOf(int epoch, IReadOnlyList<(string Name, double Value)> metrics)
    {
        foreach (var (name, value) in metrics)
            if (name == Metric) return value;
        throw new ArgumentException(
            $"EarlyStopping watches '{Metric}' but epoch {epoch} logged only: {string.Join(", ", metrics.Select(m => m.Name))}" +
            (Metric.StartsWith(TrainingHistory.ValidationPrefix) ? " (give the trainer validation data)." : "."));
    }

    void DisposeBest()
    {
        if (bestWeights is null) return;
        foreach (var weights in bestWeights.Values) weights.Dispose();
        bestWeights = null;
    }

    public override string ToString() => BestEpoch == 0
        ? $"EarlyStopping on {Metric} (patience {Patience}): no epoch seen yet"
        : $"EarlyStopping on {Metric} (patience {Patience}): best epoch {BestEpoch} ({Metric} {TrainingHistory.Format(BestValue)}), " +
          (StoppedEpoch is { } stopped ? $"stopped at epoch {stopped}, best weights restored" : "ran every epoch, best weights restored");
}
