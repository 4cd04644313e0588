using System.CommandLine;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Export;
using Notebooks.Runner.Doctor;

namespace Notebooks.Runner.Cli;

/// <summary>
/// `notebooks export &lt;notebooks…&gt; [--output-dir DIR]`: one C# file-based app per notebook (lesson.ipynb →
/// lesson.cs), which `dotnet run lesson.cs` runs as is. Apps go beside their notebooks unless --output-dir says
/// otherwise; each references src/Notebooks.Kernel by a relative #:project path, so keep them inside the repository.
/// </summary>
public static class ExportCommand
{
    public const string KernelProject = "src/Notebooks.Kernel/Notebooks.Kernel.csproj";

    public static Command Create()
    {
        var paths = new Argument<string[]>("notebooks") { Description = "Notebook files, folders or globs.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output-dir") { Description = "Where the .cs files go (default: beside each notebook)." };
        var command = new Command("export", "Export notebooks to C# file-based apps (dotnet run lesson.cs), magics and parameters included.") { paths, output };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(output), Environment.CurrentDirectory, Console.Out, Console.Error));
        return command;
    }

    /// <returns>0 when every notebook was written; BadInput when any could not be read or exported (the others are still written).</returns>
    public static int Run(IEnumerable<string> arguments, string? outputDir, string currentDirectory, TextWriter stdout, TextWriter stderr)
    {
        var (files, unmatched) = NotebookFinder.Find(arguments, currentDirectory);
        var failed = false;
        foreach (var missing in unmatched) { stderr.WriteLine($"{missing}: no notebook found at this path"); failed = true; }
        foreach (var file in files)
        {
            if (Export(file, outputDir is null ? null : Path.GetFullPath(outputDir, currentDirectory)) is { } error)
            {
                stderr.WriteLine(error);
                failed = true;
            }
            else stdout.WriteLine($"exported {file.RelativePath} → {Path.GetRelativePath(currentDirectory, AppPath(file, outputDir, currentDirectory))}");
        }
        return failed ? (int)ExitCode.BadInput : 0;
    }

    static string AppPath(NotebookFile file, string? outputDir, string currentDirectory) =>
        Path.Combine(outputDir is null ? Path.GetDirectoryName(file.FullPath)! : Path.GetFullPath(outputDir, currentDirectory),
            Path.GetFileNameWithoutExtension(file.FullPath) + ".cs");

    /// <returns>null when written, else the error text naming the notebook (and cell and line).</returns>
    static string? Export(NotebookFile file, string? outputDir)
    {
        var read = NotebookReader.Read(file.FullPath);
        if (read.Notebook is not { } notebook) return read.Error;
        var folder = outputDir ?? Path.GetDirectoryName(file.FullPath)!;
        var repo = RepoOf(file.FullPath) ?? RepoRoot.Find();
        if (repo is null) return $"{file.RelativePath}: cannot find the repository (Notebooks.sln) above it, so the app cannot reference {KernelProject}";

        var appName = Path.GetFileNameWithoutExtension(file.FullPath) + ".cs";
        var kernel = Path.GetRelativePath(folder, Path.Combine(repo, KernelProject)).Replace('\\', '/');
        var notebookPath = Path.GetRelativePath(repo, file.FullPath).Replace('\\', '/');
        var result = NotebookExporter.Export(notebook, new ExportOptions(kernel, notebookPath, appName));
        if (result.Source is null)
            return string.Join("\n", result.Errors.Select(e => $"{file.RelativePath}: {e}"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, appName), result.Source);
        return null;
    }

    static string? RepoOf(string path)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(path)!); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, KernelProject))) return dir.FullName;
        return null;
    }
}
