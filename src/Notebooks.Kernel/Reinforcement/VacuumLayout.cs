namespace Notebooks.Kernel.Reinforcement;

/// <summary>
/// A room for the robot vacuum, read from an ASCII map a learner can edit:
/// <c>#</c> wall, <c>F</c> furniture, <c>.</c> floor, <c>*</c> dirt, <c>D</c> the charging dock (where the robot starts).
/// Outside the map counts as wall. Every dirt cell must be reachable from the dock.
/// </summary>
public sealed class VacuumLayout
{
    public const int MaxSide = 32;
    public const int MaxDirt = 20;
    public const string Legend = "# wall, F furniture, . floor, * dirt, D dock";

    readonly Tile[,] tiles;
    readonly Dictionary<Position, int> dirtIndex;

    VacuumLayout(string name, Tile[,] tiles, Position dock, IReadOnlyList<Position> dirt)
    {
        Name = name;
        this.tiles = tiles;
        Dock = dock;
        Dirt = dirt;
        dirtIndex = dirt.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
    }

    public string Name { get; }
    public int Height => tiles.GetLength(0);
    public int Width => tiles.GetLength(1);
    public Position Dock { get; }
    /// <summary>Dirt cells in reading order; dirt i is bit i of a state's dirt mask.</summary>
    public IReadOnlyList<Position> Dirt { get; }
    public int FullDirtMask => (1 << Dirt.Count) - 1;

    public bool Inside(Position p) => p.Row >= 0 && p.Row < Height && p.Column >= 0 && p.Column < Width;
    public Tile this[Position p] => Inside(p) ? tiles[p.Row, p.Column] : Tile.Wall;
    public bool Blocked(Position p) => this[p] != Tile.Floor;
    /// <summary>The dirt number of a cell, or -1 when the map has no dirt there.</summary>
    public int DirtAt(Position p) => dirtIndex.TryGetValue(p, out var i) ? i : -1;

    public IEnumerable<Position> Cells() =>
        from row in Enumerable.Range(0, Height) from column in Enumerable.Range(0, Width) select new Position(row, column);

    /// <param name="name">Shown in errors and drawings, e.g. "test room".</param>
    public static VacuumLayout Parse(string map, string name = "map")
    {
        ArgumentNullException.ThrowIfNull(map);
        var lines = map.Replace("\r", "").Split('\n').Select(l => l.TrimEnd()).ToList();
        var first = lines.FindIndex(l => l.Length > 0);
        if (first < 0) throw new FormatException($"{name}: the map is empty; draw it with {Legend}.");
        var last = lines.FindLastIndex(l => l.Length > 0);
        lines = lines[first..(last + 1)];
        var width = lines.Max(l => l.Length);
        if (lines.Count > MaxSide || width > MaxSide)
            throw new FormatException($"{name}: the map is {lines.Count}×{width}; at most {MaxSide}×{MaxSide}.");

        var tiles = new Tile[lines.Count, width];
        Position? dock = null;
        var dirt = new List<Position>();
        for (var row = 0; row < lines.Count; row++)
        {
            if (lines[row].Length != width)
                throw new FormatException($"{name}, line {row + 1}: {lines[row].Length} characters but the widest line has {width}; every line must be as wide.");
            for (var column = 0; column < width; column++)
            {
                var at = new Position(row, column);
                var symbol = lines[row][column];
                tiles[row, column] = symbol switch { '#' => Tile.Wall, 'F' => Tile.Furniture, _ => Tile.Floor };
                if (symbol == '*') dirt.Add(at);
                else if (symbol == 'D')
                    dock = dock is null ? at : throw new FormatException($"{name}, line {row + 1}, column {column + 1}: a second dock; a map has exactly one D.");
                else if (symbol is not ('#' or 'F' or '.'))
                    throw new FormatException($"{name}, line {row + 1}, column {column + 1}: '{symbol}' is not a map symbol; use {Legend}.");
            }
        }
        if (dock is null) throw new FormatException($"{name}: no dock; put one D on the floor.");
        if (dirt.Count == 0) throw new FormatException($"{name}: no dirt; put at least one * on the floor.");
        if (dirt.Count > MaxDirt) throw new FormatException($"{name}: {dirt.Count} dirt cells; at most {MaxDirt}.");

        var layout = new VacuumLayout(name, tiles, dock.Value, dirt);
        var reachable = GridDistances.From(layout, layout.Dock);
        foreach (var d in dirt.Where(d => reachable[d.Row, d.Column] < 0))
            throw new FormatException($"{name}, line {d.Row + 1}, column {d.Column + 1}: this dirt cannot be reached from the dock.");
        return layout;
    }

    /// <summary>The map text again, as <see cref="Parse"/> reads it.</summary>
    public override string ToString() => string.Join("\n", Enumerable.Range(0, Height).Select(row =>
        new string(Enumerable.Range(0, Width).Select(column => Symbol(new Position(row, column))).ToArray())));

    char Symbol(Position p) => this[p] switch
    {
        Tile.Wall => '#',
        Tile.Furniture => 'F',
        _ => p == Dock ? 'D' : DirtAt(p) >= 0 ? '*' : '.',
    };
}
