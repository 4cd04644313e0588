namespace Notebooks.Kernel.Reinforcement;

/// <summary>
/// The robot-vacuum environment. The robot starts on the dock; each <see cref="Step"/> moves it one cell
/// (or bumps it into a wall or furniture, where it stays), cleans dirt it moves onto, and ends the episode when
/// it is back on the dock with every cell clean or when the battery (<see cref="MaxSteps"/>) runs out.
/// Nothing in it is random: the same moves always give the same states and rewards.
/// </summary>
public sealed class VacuumWorld
{
    public VacuumWorld(VacuumLayout layout, int maxSteps = 100, VacuumRewards? rewards = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 1);
        Layout = layout;
        MaxSteps = maxSteps;
        Rewards = rewards ?? VacuumRewards.Default;
        Reset();
    }

    public VacuumLayout Layout { get; }
    public int MaxSteps { get; }
    public VacuumRewards Rewards { get; }
    /// <summary>Rows of a Q-table: every (cell, dirt left) pair of this layout.</summary>
    public int StateCount => Layout.Height * Layout.Width << Layout.Dirt.Count;

    public VacuumState State { get; private set; }
    public int Steps { get; private set; }
    public int Bumps { get; private set; }
    public double Return { get; private set; }
    public bool Done { get; private set; }
    /// <summary>True when the episode ended on the dock with everything clean (not by an empty battery).</summary>
    public bool Finished { get; private set; }
    public int Cleaned => Layout.Dirt.Count - State.DirtLeft;

    public VacuumState Reset()
    {
        State = StateAt(Layout.Dock, Layout.FullDirtMask);
        (Steps, Bumps, Return, Done, Finished) = (0, 0, 0, false, false);
        return State;
    }

    public StepResult Step(Move move)
    {
        if (Done) throw new InvalidOperationException($"VacuumWorld ({Layout.Name}): the episode is over after {Steps} steps; call Reset() first.");
        var reward = Rewards.Step;
        var (at, mask) = (move.From(State.Position), State.DirtMask);
        if (Layout.Blocked(at))
        {
            (at, reward) = (State.Position, reward + Rewards.Bump);
            Bumps++;
        }
        else if (Layout.DirtAt(at) is var dirt and >= 0 && (mask & 1 << dirt) != 0)
        {
            mask &= ~(1 << dirt);
            reward += Rewards.Clean;
        }
        Steps++;
        Finished = mask == 0 && at == Layout.Dock;
        if (Finished) reward += Rewards.Finish;
        Done = Finished || Steps >= MaxSteps;
        State = StateAt(at, mask);
        Return += reward;
        return new StepResult(State, reward, Done);
    }

    VacuumState StateAt(Position at, int mask) =>
        new(at, mask, ((at.Row * Layout.Width + at.Column) << Layout.Dirt.Count) | mask);
}
