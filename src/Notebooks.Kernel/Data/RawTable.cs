namespace Notebooks.Kernel.Data;

/// <summary>One value as read from a file, before its column's type is known. <paramref name="Quoted"/>
/// marks a JSON string: it may become text or a date, never a number or a bool.</summary>
public readonly record struct RawCell(string? Text, bool Quoted = false)
{
    public static readonly RawCell Missing = new(null);
}

/// <summary>A parsed file: column names, and per row its source line and cells.</summary>
public sealed record RawTable(string File, IReadOnlyList<string> Columns, IReadOnlyList<RawRow> Rows);

public sealed record RawRow(int Line, RawCell[] Cells);
