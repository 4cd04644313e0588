using Microsoft.ML;

namespace Notebooks.Kernel.Tuning;

/// <summary>One trainer family in a search: how to draw its hyperparameters, and how to build it from a draw.</summary>
/// <param name="Sample">Draws one setting of the hyperparameters from the search's seeded random numbers.</param>
/// <param name="Build">The trainer for that setting; the context is seeded per trial.</param>
public sealed record TrainerChoice(
    string Name,
    Func<Random, IReadOnlyList<Hyperparameter>> Sample,
    Func<MLContext, IReadOnlyList<Hyperparameter>, IEstimator<ITransformer>> Build);

/// <summary>A named value; whole-number hyperparameters (tree counts, leaves) are stored as doubles and shown without decimals.</summary>
public readonly record struct Hyperparameter(string Name, double Value)
{
    public override string ToString() => $"{Name}={Tuning.SearchText.Number(Value)}";
}

/// <summary>Draws hyperparameters on a log scale: a learning rate is as likely to be near 0.01 as near 0.1.</summary>
public static class Draw
{
    public static double LogUniform(Random random, double low, double high)
    {
        if (!(low > 0 && high >= low))
            throw new ArgumentOutOfRangeException(nameof(low), $"Draw.LogUniform needs 0 < low ≤ high; got [{low}, {high}].");
        return Math.Exp(Math.Log(low) + random.NextDouble() * (Math.Log(high) - Math.Log(low)));
    }

    public static int LogUniformInt(Random random, int low, int high) =>
        (int)Math.Clamp(Math.Round(LogUniform(random, low, high)), low, high);
}
