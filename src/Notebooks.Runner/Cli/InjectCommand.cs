using System.CommandLine;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Parameters;

namespace Notebooks.Runner.Cli;

/// <summary>
/// `notebooks params inject &lt;notebooks…&gt; --param name=value --output-dir DIR`: papermill's prepare step alone.
/// Writes each notebook with the cell `run --param` would inject, without running it, so another executor
/// (Jupyter's nbconvert, VS Code) runs the same parameters. Every notebook is checked before any copy is written.
/// </summary>
public static class InjectCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("notebooks") { Description = "Notebook files, folders or globs.", Arity = ArgumentArity.OneOrMore };
        var parameters = new Option<string[]>("--param")
        {
            Description = "A parameter as name=value, checked against the cell tagged 'parameters'; repeat for more.",
            Arity = ArgumentArity.OneOrMore,
            Required = true,
        };
        var outputDir = new Option<string>("--output-dir")
        {
            Description = "The folder the copies go in, flat (one file per notebook, named as the notebook).",
            Required = true,
        };
        var command = new Command("inject", "Write copies of notebooks with parameters injected (a cell tagged 'injected-parameters'), without running them.")
        {
            paths, parameters, outputDir,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(parameters)!, parse.GetValue(outputDir)!,
            Environment.CurrentDirectory, Console.Out, Console.Error));
        return command;
    }

    /// <returns>0 when every copy was written; BadInput (and nothing written) when any notebook or value is wrong.</returns>
    public static int Run(IEnumerable<string> arguments, IReadOnlyList<string> assignments, string outputDir,
        string currentDirectory, TextWriter stdout, TextWriter stderr)
    {
        var (files, unmatched) = NotebookFinder.Find(arguments, currentDirectory);
        var errors = unmatched.Select(missing => $"{missing}: no notebook found at this path").ToList();
        var folder = Path.GetFullPath(outputDir, currentDirectory);
        var copies = new List<(NotebookFile File, Notebook Notebook, string Target)>();
        foreach (var file in files)
        {
            var read = NotebookReader.Read(file.FullPath);
            if (read.Notebook is not { } notebook) { errors.Add(read.Error!); continue; }
            var injection = ParameterInjector.Inject(notebook, assignments);
            if (!injection.Succeeded) { errors.AddRange(injection.Errors); continue; } // each names the notebook
            var target = Path.Combine(folder, Path.GetFileName(file.FullPath));
            if (target == file.FullPath) { errors.Add($"{file.RelativePath}: --output-dir is the notebook's own folder; the copy would overwrite it"); continue; }
            if (copies.FirstOrDefault(c => c.Target == target).File is { } twin)
            {
                errors.Add($"{file.RelativePath}: {twin.RelativePath} has the same name, and copies go flat into {outputDir}");
                continue;
            }
            copies.Add((file, notebook, target));
        }
        if (errors.Count > 0)
        {
            foreach (var error in errors) stderr.WriteLine(error);
            stderr.WriteLine("nothing written");
            return (int)ExitCode.BadInput;
        }

        Directory.CreateDirectory(folder);
        var failed = false;
        foreach (var (file, notebook, target) in copies)
        {
            if (NotebookWriter.Write(notebook, target).Error is { } error) { stderr.WriteLine(error); failed = true; }
            else stdout.WriteLine($"{file.RelativePath} → {Shown(target, currentDirectory)}");
        }
        return failed ? (int)ExitCode.BadInput : 0;
    }

    static string Shown(string path, string currentDirectory) =>
        Path.GetRelativePath(currentDirectory, path) is var relative && !relative.StartsWith("..") ? relative : path;
}
