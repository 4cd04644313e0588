namespace Notebooks.Kernel.Reinforcement;

/// <summary>
/// Where the robot is and which dirt is left: bit i of <see cref="DirtMask"/> is set while dirt i of the layout
/// (<see cref="VacuumLayout.Dirt"/>) is still there. <see cref="Id"/> numbers every state of one layout 0..StateCount-1,
/// the row of a Q-table.
/// </summary>
public readonly record struct VacuumState(Position Position, int DirtMask, int Id)
{
    public int DirtLeft => System.Numerics.BitOperations.PopCount((uint)DirtMask);
}

/// <summary>What one step did: the new state, its reward, and whether the episode is over.</summary>
public readonly record struct StepResult(VacuumState State, double Reward, bool Done);
