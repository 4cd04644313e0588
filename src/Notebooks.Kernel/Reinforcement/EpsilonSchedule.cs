namespace Notebooks.Kernel.Reinforcement;

/// <summary>
/// How often an ε-greedy agent explores: ε falls linearly from <see cref="Start"/> to <see cref="End"/> over
/// <see cref="Steps"/> steps, then stays at <see cref="End"/>.
/// </summary>
public sealed class EpsilonSchedule
{
    public EpsilonSchedule(double start, double end, int steps)
    {
        if (start is < 0 or > 1 || end is < 0 or > 1 || steps < 1)
            throw new ArgumentException($"EpsilonSchedule({start}, {end}, {steps}): ε must be in 0–1 and steps ≥ 1.");
        (Start, End, Steps) = (start, end, steps);
    }

    public double Start { get; }
    public double End { get; }
    public int Steps { get; }

    public double At(int step) => step >= Steps ? End : Start + (End - Start) * Math.Max(0, step) / Steps;

    /// <summary>With probability ε a random move, otherwise the greedy one.</summary>
    public Move Choose(int step, Random random, Func<Move> greedy) =>
        random.NextDouble() < At(step) ? Moves.All[random.Next(Moves.All.Length)] : greedy();

    public override string ToString() => $"ε from {Start} to {End} over {Steps:N0} steps";
}
