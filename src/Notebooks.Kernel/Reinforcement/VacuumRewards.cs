namespace Notebooks.Kernel.Reinforcement;

/// <summary>
/// What each event is worth. Every step costs <see cref="Step"/> (time is battery); a bump costs
/// <see cref="Bump"/> on top and the robot stays put; docking with every cell clean ends the episode with
/// <see cref="Finish"/>.
/// </summary>
public sealed record VacuumRewards(double Clean = 1.0, double Step = -0.05, double Bump = -0.5, double Finish = 2.0)
{
    public static readonly VacuumRewards Default = new();
}
