namespace Notebooks.Kernel.Reinforcement;

/// <summary>The four actions of a grid agent; the numbers are the action indices a Q-table or network uses.</summary>
public enum Move { Up = 0, Down = 1, Left = 2, Right = 3 }

public static class Moves
{
    public static readonly Move[] All = [Move.Up, Move.Down, Move.Left, Move.Right];

    public static Position From(this Move move, Position at) => move switch
    {
        Move.Up => at with { Row = at.Row - 1 },
        Move.Down => at with { Row = at.Row + 1 },
        Move.Left => at with { Column = at.Column - 1 },
        Move.Right => at with { Column = at.Column + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, "a move is Up, Down, Left or Right (0–3)."),
    };
}

/// <summary>A cell of a grid map; row 0 is the top line of the map text.</summary>
public readonly record struct Position(int Row, int Column)
{
    public override string ToString() => $"(row {Row}, column {Column})";
}
