namespace Notebooks.Kernel.Data;

static class ColumnNames
{
    /// <summary>Header names must be non-empty and unique: a DataFrame looks columns up by name.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<string> names, string file, int line)
    {
        var seen = new HashSet<string>();
        for (int i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
                throw new DataFileException(file, line, $"column {i + 1} has no name");
            if (!seen.Add(names[i]))
                throw new DataFileException(file, line, $"column name '{names[i]}' appears twice");
        }
        return names;
    }
}
