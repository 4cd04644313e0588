namespace Notebooks.Kernel.Reinforcement;

/// <summary>
/// What the robot sees, centred on itself: a (2r+1)×(2r+1) window in three channels — blocked (wall,
/// furniture, outside the map), dirt still there, dock. Because the window moves with the robot, "dirt just
/// to my right" is the same input in every room, which is what lets a network trained in one room act
/// sensibly in another. With r ≥ the map's larger side the robot sees the whole room from anywhere.
/// </summary>
public static class LocalView
{
    public const int Channels = 3;

    public static int Size(int radius) => Channels * (2 * radius + 1) * (2 * radius + 1);

    public static float[] Encode(VacuumWorld world, int radius)
    {
        var view = new float[Size(radius)];
        Encode(world, radius, view);
        return view;
    }

    public static void Encode(VacuumWorld world, int radius, Span<float> into) => Encode(world.Layout, world.State, radius, into);

    /// <summary>
    /// Writes the view of <paramref name="state"/> into <paramref name="into"/> as [channel, row, column], row 0
    /// above the robot. A replay buffer can keep states (a few bytes) and draw the views only for a batch.
    /// </summary>
    public static void Encode(VacuumLayout layout, VacuumState state, int radius, Span<float> into)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(radius, 0);
        if (into.Length != Size(radius))
            throw new ArgumentException($"LocalView.Encode: radius {radius} needs {Size(radius)} floats; got {into.Length}.", nameof(into));
        var side = 2 * radius + 1;
        var plane = side * side;
        into.Clear();
        var (row, column) = (state.Position.Row - radius, state.Position.Column - radius);
        for (var r = 0; r < side; r++)
            for (var c = 0; c < side; c++)
                if (layout.Blocked(new Position(row + r, column + c))) into[r * side + c] = 1;
        for (var i = 0; i < layout.Dirt.Count; i++)
            if ((state.DirtMask & 1 << i) != 0 && Index(layout.Dirt[i]) is var at and >= 0) into[plane + at] = 1;
        if (Index(layout.Dock) is var dock and >= 0) into[2 * plane + dock] = 1;

        int Index(Position p) =>
            p.Row - row is var r && p.Column - column is var c && r >= 0 && r < side && c >= 0 && c < side ? r * side + c : -1;
    }
}
