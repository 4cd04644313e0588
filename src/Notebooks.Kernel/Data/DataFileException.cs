namespace Notebooks.Kernel.Data;

/// <summary>A data file that cannot be read as promised: names the file, the line (1-based, as an editor
/// counts them; null when the fault is the whole file) and the reason.</summary>
public sealed class DataFileException(string file, int? line, string reason)
    : Exception(line is null ? $"{file}: {reason}" : $"{file} line {line}: {reason}")
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
}
