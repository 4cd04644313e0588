using Microsoft.Extensions.FileSystemGlobbing;

namespace Notebooks.Runner.Cli;

/// <summary>A notebook to run: its full path, and the relative path its executed copy is written under.</summary>
public sealed record NotebookFile(string FullPath, string RelativePath);

/// <summary>Expands `run` arguments (files, folders searched recursively, globs) into notebook files.</summary>
public static class NotebookFinder
{
    static readonly string[] Extensions = [".ipynb", ".dib"];
    static readonly string[] SkippedFolders = ["artifacts", "bin", "obj", ".git", ".ipynb_checkpoints"];

    /// <summary>The files found, in a stable order, and the arguments that matched nothing.</summary>
    public static (IReadOnlyList<NotebookFile> Files, IReadOnlyList<string> Unmatched) Find(IEnumerable<string> arguments, string currentDirectory)
    {
        var files = new List<NotebookFile>();
        var unmatched = new List<string>();
        foreach (var argument in arguments)
        {
            var found = Expand(argument, currentDirectory).ToList();
            if (found.Count == 0) unmatched.Add(argument);
            files.AddRange(found.Where(f => !files.Any(known => known.FullPath == f.FullPath)));
        }
        return (files, unmatched);
    }

    static IEnumerable<NotebookFile> Expand(string argument, string currentDirectory)
    {
        var full = Path.GetFullPath(argument, currentDirectory);
        if (File.Exists(full))
            return [new NotebookFile(full, RelativeTo(currentDirectory, full, Path.GetDirectoryName(full)!))];
        if (Directory.Exists(full))
            return Search(full, "**/*").Select(f => new NotebookFile(f, RelativeTo(currentDirectory, f, full)));
        if (argument.IndexOfAny(['*', '?']) < 0) return [];

        var root = GlobRoot(argument, currentDirectory);
        return Directory.Exists(root)
            ? Search(root, Path.GetRelativePath(root, full)).Select(f => new NotebookFile(f, RelativeTo(currentDirectory, f, root)))
            : [];
    }

    static IEnumerable<string> Search(string root, string pattern)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern.Replace('\\', '/'));
        foreach (var folder in SkippedFolders) matcher.AddExclude($"**/{folder}/**");
        return matcher.GetResultsInFullPath(root)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The folder above a glob's first wildcard segment: where the search starts.</summary>
    static string GlobRoot(string argument, string currentDirectory)
    {
        var segments = argument.Replace('\\', '/').Split('/');
        var fixedSegments = segments.TakeWhile(s => s.IndexOfAny(['*', '?']) < 0).ToArray();
        var prefix = string.Join('/', fixedSegments);
        return Path.GetFullPath(prefix.Length == 0 && argument.StartsWith('/') ? "/" : prefix.Length == 0 ? "." : prefix, currentDirectory);
    }

    /// <summary>Relative to where we run when the file is below it, else to the folder it was found from.</summary>
    static string RelativeTo(string currentDirectory, string file, string searchRoot)
    {
        var fromHere = Path.GetRelativePath(currentDirectory, file);
        return fromHere.StartsWith("..") || Path.IsPathRooted(fromHere) ? Path.GetRelativePath(searchRoot, file) : fromHere;
    }
}
