using System.CommandLine;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Parameters;

namespace Notebooks.Runner.Cli;

/// <summary>
/// `notebooks params &lt;notebook&gt;`: the parameters a notebook takes, with their types and defaults; and
/// `notebooks params inject …`: copies with values injected (<see cref="InjectCommand"/>).
/// </summary>
public static class ParamsCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("notebook") { Description = "The notebook to inspect." };
        var command = new Command("params", "List the parameters of a notebook's cell tagged 'parameters' (name, C# type, default).")
        {
            path, InjectCommand.Create(),
        };
        command.SetAction(parse =>
        {
            var read = NotebookReader.Read(parse.GetValue(path)!);
            if (read.Notebook is not { } notebook) { Console.Error.WriteLine(read.Error); return (int)ExitCode.BadInput; }
            var listing = ParameterListing.Of(notebook);
            if (listing.Error is { } error) { Console.Error.WriteLine(error); return (int)ExitCode.BadInput; }
            Console.WriteLine(listing.ToText());
            return 0;
        });
        return command;
    }
}
