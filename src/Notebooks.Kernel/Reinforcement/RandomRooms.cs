namespace Notebooks.Kernel.Reinforcement;

/// <summary>
/// Rooms drawn at random, for training an agent that must cope with layouts it has not seen: a walled
/// rectangle, furniture scattered inside, the dock and the dirt on floor the dock can reach.
/// The same seed gives the same room.
/// </summary>
public static class RandomRooms
{
    public static VacuumLayout Create(int seed, int height = 7, int width = 9, int furniture = 4, int dirt = 5)
    {
        if (height < 3 || width < 3 || height > VacuumLayout.MaxSide || width > VacuumLayout.MaxSide)
            throw new ArgumentException($"RandomRooms.Create: a {height}×{width} room; sides must be 3–{VacuumLayout.MaxSide} (walls included).");
        var inside = (height - 2) * (width - 2);
        if (furniture < 0 || dirt < 1 || dirt > VacuumLayout.MaxDirt || furniture + dirt + 1 > inside)
            throw new ArgumentException($"RandomRooms.Create: {furniture} furniture + {dirt} dirt + a dock do not fit {inside} floor cells (dirt 1–{VacuumLayout.MaxDirt}).");

        var random = new Random(seed);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var map = EmptyRoom(height, width);
            var floor = Shuffled(FloorCells(map), random);
            foreach (var p in floor.Take(furniture)) map[p.Row, p.Column] = 'F';
            var dock = floor[furniture];
            map[dock.Row, dock.Column] = 'D';

            // Furniture can wall the dock in; such a room has too little reachable floor for its dirt, so draw again.
            var distance = GridDistances.From(height, width, p => map[p.Row, p.Column] is '#' or 'F', dock);
            var reachable = Shuffled(FloorCells(map).Where(p => distance[p.Row, p.Column] > 0).ToList(), random);
            if (reachable.Count < dirt) continue;
            foreach (var p in reachable.Take(dirt)) map[p.Row, p.Column] = '*';
            return VacuumLayout.Parse(Text(map), $"random room {seed}");
        }
        throw new ArgumentException($"RandomRooms.Create: in {MaxAttempts} draws for seed {seed}, {furniture} furniture always left the dock " +
            $"fewer than {dirt} reachable floor cells in a {height}×{width} room; use less furniture or a bigger room.");
    }

    const int MaxAttempts = 1000;

    static char[,] EmptyRoom(int height, int width)
    {
        var map = new char[height, width];
        for (var row = 0; row < height; row++)
            for (var column = 0; column < width; column++)
                map[row, column] = row == 0 || column == 0 || row == height - 1 || column == width - 1 ? '#' : '.';
        return map;
    }

    static string Text(char[,] map) =>
        string.Join("\n", Enumerable.Range(0, map.GetLength(0)).Select(row =>
            new string(Enumerable.Range(0, map.GetLength(1)).Select(column => map[row, column]).ToArray())));

    static List<Position> FloorCells(char[,] map) =>
        (from row in Enumerable.Range(0, map.GetLength(0))
         from column in Enumerable.Range(0, map.GetLength(1))
         where map[row, column] == '.'
         select new Position(row, column)).ToList();

    static List<Position> Shuffled(List<Position> cells, Random random)
    {
        for (var i = cells.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (cells[i], cells[j]) = (cells[j], cells[i]);
        }
        return cells;
    }
}
