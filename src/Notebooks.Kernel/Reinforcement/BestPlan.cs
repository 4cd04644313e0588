namespace Notebooks.Kernel.Reinforcement;

/// <summary>
/// The best return any policy can get in a world, computed exactly: a breadth-first search over
/// (cell, dirt left) from the start gives the fewest steps to every state. Bumping never helps, so the best
/// episode either docks clean by the shortest route, or, if the battery cannot last that long, cleans as much as
/// it can and runs the battery down.
/// </summary>
public sealed record BestPlan(double Return, int Steps, IReadOnlyList<Position> Path, bool Finishes)
{
    public const int MaxStates = 1 << 24;

    public static BestPlan Of(VacuumWorld world)
    {
        if (world.StateCount > MaxStates)
            throw new ArgumentException($"BestPlan.Of({world.Layout.Name}): {world.StateCount:N0} states (cells × 2^{world.Layout.Dirt.Count} dirt); at most {MaxStates:N0}. Use fewer dirt cells or a smaller map.");
        var (layout, rewards) = (world.Layout, world.Rewards);
        if (rewards.Clean < 0 || rewards.Finish < 0 || rewards.Step > 0 || rewards.Bump > 0)
            throw new ArgumentException($"BestPlan.Of({layout.Name}): exact only when cleaning and finishing pay (≥ 0) and steps and bumps cost (≤ 0); got {rewards}.");
        var distance = new int[world.StateCount];
        var parent = new int[world.StateCount];
        var positions = new Position[world.StateCount];
        Array.Fill(distance, -1);

        var start = world.Reset();
        distance[start.Id] = 0;
        positions[start.Id] = start.Position;
        var queue = new Queue<VacuumState>([start]);
        var finish = -1;
        var fewestLeft = start;
        while (queue.TryDequeue(out var state))
        {
            if (state.DirtLeft < fewestLeft.DirtLeft) fewestLeft = state;
            if (state.DirtMask == 0 && state.Position == layout.Dock && state.Id != start.Id) { finish = state.Id; break; }
            if (distance[state.Id] == world.MaxSteps) continue;
            foreach (var move in Moves.All)
            {
                var at = move.From(state.Position);
                if (layout.Blocked(at)) continue;
                var mask = layout.DirtAt(at) is var dirt and >= 0 ? state.DirtMask & ~(1 << dirt) : state.DirtMask;
                var id = ((at.Row * layout.Width + at.Column) << layout.Dirt.Count) | mask;
                if (distance[id] >= 0) continue;
                (distance[id], parent[id], positions[id]) = (distance[state.Id] + 1, state.Id, at);
                queue.Enqueue(new VacuumState(at, mask, id));
            }
        }
        var all = layout.Dirt.Count;
        if (finish >= 0)
            return new BestPlan(all * rewards.Clean + rewards.Finish + distance[finish] * rewards.Step, distance[finish], PathTo(finish), true);
        var cleaned = all - fewestLeft.DirtLeft;
        return new BestPlan(cleaned * rewards.Clean + world.MaxSteps * rewards.Step, world.MaxSteps, PathTo(fewestLeft.Id), false);

        IReadOnlyList<Position> PathTo(int id)
        {
            var path = new List<Position>();
            for (; id != start.Id; id = parent[id]) path.Add(positions[id]);
            path.Add(start.Position);
            path.Reverse();
            return path;
        }
    }

    public override string ToString() => Finishes
        ? $"best return {Return:F2}: clean everything and dock in {Steps} steps"
        : $"best return {Return:F2}: the battery cannot last a full round; clean what it can in {Steps} steps";
}
