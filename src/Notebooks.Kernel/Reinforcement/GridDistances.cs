namespace Notebooks.Kernel.Reinforcement;

/// <summary>Breadth-first step counts over the floor of a grid.</summary>
public static class GridDistances
{
    /// <summary>distance[row, column] in moves from <paramref name="start"/>; -1 where it cannot be reached.</summary>
    public static int[,] From(VacuumLayout layout, Position start) =>
        From(layout.Height, layout.Width, layout.Blocked, start);

    public static int[,] From(int height, int width, Func<Position, bool> blocked, Position start)
    {
        var distance = new int[height, width];
        for (var row = 0; row < height; row++)
            for (var column = 0; column < width; column++)
                distance[row, column] = -1;
        distance[start.Row, start.Column] = 0;
        var queue = new Queue<Position>([start]);
        while (queue.TryDequeue(out var at))
            foreach (var next in Moves.All.Select(m => m.From(at)))
                if (next.Row >= 0 && next.Row < height && next.Column >= 0 && next.Column < width
                    && !blocked(next) && distance[next.Row, next.Column] < 0)
                {
                    distance[next.Row, next.Column] = distance[at.Row, at.Column] + 1;
                    queue.Enqueue(next);
                }
        return distance;
    }
}
