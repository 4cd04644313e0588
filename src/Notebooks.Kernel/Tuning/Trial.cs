using Microsoft.ML;

namespace Notebooks.Kernel.Tuning;

/// <summary>One trainer with one hyperparameter setting, trained and scored on the validation data.</summary>
/// <param name="Number">1-based, in the order the search ran it.</param>
/// <param name="Score">The search's metric on the validation data; NaN when the trial failed.</param>
/// <param name="Model">The fitted pipeline (features + trainer); null when the trial failed.</param>
/// <param name="Error">Why the trial failed; null when it worked.</param>
public sealed record Trial(
    int Number, string Trainer, IReadOnlyList<Hyperparameter> Hyperparameters, double Score, TimeSpan Duration,
    ITransformer? Model, string? Error = null)
{
    public bool Failed => Error is not null;

    public string Settings => string.Join(", ", Hyperparameters);

    public override string ToString() => Failed
        ? $"trial {Number}: {Trainer} ({Settings}) failed: {Error}"
        : $"trial {Number}: {Trainer} ({Settings}) scored {SearchText.Number(Score)}";
}

/// <summary>Why a search stopped. Only <see cref="MaxTrials"/> gives the same leaderboard on every machine.</summary>
public enum SearchStop { MaxTrials, TimeBudget }
