namespace Notebooks.Kernel.Reinforcement;

/// <summary>One played episode: the cells the robot visited (start included) and what it earned. Drawn as the room with the path.</summary>
public sealed record VacuumEpisode(VacuumLayout Layout, IReadOnlyList<Position> Path, double Return, int Steps,
    int Cleaned, int Bumps, bool Finished, string Label = "")
{
    /// <summary>Resets the world and lets the policy choose every move until the episode ends.</summary>
    public static VacuumEpisode Play(VacuumWorld world, Func<VacuumWorld, Move> policy, string label = "")
    {
        world.Reset();
        var path = new List<Position> { world.State.Position };
        while (!world.Done)
            path.Add(world.Step(policy(world)).State.Position);
        return new VacuumEpisode(world.Layout, path, world.Return, world.Steps, world.Cleaned, world.Bumps, world.Finished, label);
    }

    public string Summary =>
        $"{(Label.Length > 0 ? Label + ": " : "")}return {Return:F2} in {Steps} steps, cleaned {Cleaned}/{Layout.Dirt.Count}, " +
        $"{Bumps} bumps, {(Finished ? "docked" : "battery ran out")}";

    public override string ToString() => Summary;
}
