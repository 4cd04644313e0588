namespace Notebooks.Kernel.Profiling;

/// <summary>Strings that stand for "no value" in hand-made data files, e.g. the "." sex of some penguins.</summary>
public static class PlaceholderValues
{
    public static readonly IReadOnlySet<string> Known =
        new HashSet<string>([".", "N/A", "NA", "null", "?", "-", ""], StringComparer.OrdinalIgnoreCase);

    public static bool IsPlaceholder(string value) => Known.Contains(value.Trim());
}
