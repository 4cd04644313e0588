namespace Notebooks.Runner.Doctor;

/// <summary>The repository folder (the one holding Notebooks.sln), found from the current folder or the runner's own.</summary>
public static class RepoRoot
{
    public static string? Find() => FindFrom(Environment.CurrentDirectory) ?? FindFrom(AppContext.BaseDirectory);

    static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Notebooks.sln"))) return dir.FullName;
        return null;
    }
}
