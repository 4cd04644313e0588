namespace Notebooks.Kernel.Data;

/// <summary>Finds the repository's data/ folder: from $NOTEBOOKS_DATA, else by walking up from the current
/// directory (a notebook runs in notebooks/) and from this library's own folder (artifacts/kernel/).</summary>
public static class DataFolder
{
    public const string EnvironmentVariable = "NOTEBOOKS_DATA";
    const string Marker = "convert/convert.py";

    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
            return IsDataFolder(configured) ? Path.GetFullPath(configured)
                : throw new DirectoryNotFoundException($"{EnvironmentVariable}={configured} is not a data folder (no {Marker} in it).");

        return Locate(Directory.GetCurrentDirectory(), Path.GetDirectoryName(typeof(DataFolder).Assembly.Location) ?? AppContext.BaseDirectory);
    }

    /// <summary>Walks up from each start folder in turn; the first folder with a data/ child wins.</summary>
    public static string Locate(params string[] starts)
    {
        foreach (var start in starts)
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (IsDataFolder(Path.Combine(dir.FullName, "data")))
                    return Path.Combine(dir.FullName, "data");

        throw new DirectoryNotFoundException(
            $"Could not find the repository's data/ folder (a 'data' folder holding {Marker}) in or above " +
            $"{string.Join(" or ", starts)}. Run from inside the repository, or set {EnvironmentVariable} to the data folder.");
    }

    static bool IsDataFolder(string path) => File.Exists(Path.Combine(path, Marker));
}
