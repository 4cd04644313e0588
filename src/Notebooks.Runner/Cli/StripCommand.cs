using System.CommandLine;
using Notebooks.Engine.Documents;

namespace Notebooks.Runner.Cli;

/// <summary>`notebooks strip [--check] &lt;paths…&gt;`: remove outputs and execution counts, like nbstripout.</summary>
public static class StripCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Notebook files, folders or globs.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 and name each notebook that carries outputs." };
        var command = new Command("strip", "Remove outputs and execution counts from notebooks, keeping everything else as it is.") { paths, check };
        command.SetAction(parse =>
        {
            var (files, unmatched) = NotebookFinder.Find(parse.GetValue(paths)!, Environment.CurrentDirectory);
            var failed = false;
            foreach (var missing in unmatched) { Console.Error.WriteLine($"{missing}: no notebook found at this path"); failed = true; }
            foreach (var file in files)
            {
                var read = NotebookReader.Read(file.FullPath);
                if (read.Notebook is not { } notebook) { Console.Error.WriteLine(read.Error); failed = true; continue; }
                if (parse.GetValue(check))
                {
                    if (!NotebookStripper.HasOutputs(notebook)) continue;
                    Console.Error.WriteLine($"{file.RelativePath}: has outputs or execution counts; run `notebooks strip {file.RelativePath}`");
                    failed = true;
                }
                else if (NotebookStripper.Strip(notebook))
                {
                    if (NotebookWriter.Write(notebook, file.FullPath).Error is { } error) { Console.Error.WriteLine(error); failed = true; }
                    else Console.WriteLine($"stripped {file.RelativePath}");
                }
            }
            return failed ? 1 : 0;
        });
        return command;
    }
}
