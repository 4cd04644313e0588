namespace Notebooks.Engine.Execution;

public static class FailureDescription
{
    /// <summary>
    /// "path: cell 4, line 2: InvalidOperationException: boom", then the line's text indented;
    /// null when the notebook passed.
    /// </summary>
    public static string? Describe(NotebookResult result, string displayPath)
    {
        if (result.Succeeded) return null;
        if (result.Status == NotebookStatus.Invalid)
            return $"{displayPath}: {result.Message}"; // a reader's message says what is wrong with the file
        if (result.FailingCell is not { Error: { } error } cell)
            return $"{displayPath}: {result.Status}: {result.Message}";

        var headline = $"{displayPath}: {Where(cell)}: {error.Name}: {error.Message}";
        return error.LineText is { Length: > 0 } text ? $"{headline}\n    {text}" : headline;
    }

    /// <summary>"cell 4, line 2" (or just "cell 4" when the line is unknown); cells count from 1, as a reader counts.</summary>
    public static string Where(CellResult cell) =>
        cell.Error?.Line is { } line ? $"cell {cell.Index + 1}, line {line}" : $"cell {cell.Index + 1}";
}
