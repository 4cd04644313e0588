using System.CommandLine;
using Notebooks.Engine.Documents;
using Notebooks.Runner.Cli;
using Notebooks.Tests.Execution;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class CommandTests
{
    static int Invoke(Command command, string workingDirectory, params string[] args)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = workingDirectory;
        try { return new RootCommand { command }.Parse(args).Invoke(); }
        finally { Environment.CurrentDirectory = previous; }
    }

    static string FolderWith(params (string Name, Notebook Notebook)[] notebooks)
    {
        var folder = Directory.CreateTempSubdirectory("nb-cli-").FullName;
        foreach (var (name, notebook) in notebooks) Assert.True(NotebookWriter.Write(notebook, Path.Combine(folder, name)).Succeeded);
        return folder;
    }

    static Notebook Executed()
    {
        var notebook = Of(Code("1 + 1"));
        notebook.Cells[0].ExecutionCount = 1;
        notebook.Cells[0].Outputs.Add(new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = "2" }, IsResult: true));
        return notebook;
    }

    [Fact]
    public void When_strip_check_finds_outputs_then_it_exits_1_and_changes_nothing()
    {
        var folder = FolderWith(("clean.ipynb", Of(Code("1 + 1"))), ("executed.ipynb", Executed()));
        var before = File.ReadAllText(Path.Combine(folder, "executed.ipynb"));

        Assert.Equal(1, Invoke(StripCommand.Create(), folder, "strip", "--check", "."));
        Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "executed.ipynb")));
    }

    [Fact]
    public void When_strip_runs_then_outputs_are_gone_and_check_passes()
    {
        var folder = FolderWith(("executed.ipynb", Executed()));

        Assert.Equal(0, Invoke(StripCommand.Create(), folder, "strip", "."));
        var stripped = NotebookReader.Read(Path.Combine(folder, "executed.ipynb")).Notebook!;
        Assert.Empty(stripped.Cells[0].Outputs);
        Assert.Null(stripped.Cells[0].ExecutionCount);
        Assert.Equal(0, Invoke(StripCommand.Create(), folder, "strip", "--check", "."));
    }

    [Fact]
    public void When_params_reads_a_notebook_with_a_parameters_cell_then_it_exits_0_and_without_one_4()
    {
        var folder = FolderWith(("p.ipynb", Of(Code("bool quick = false;\nint epochs = 5;", "parameters"))), ("none.ipynb", Of(Code("1"))));

        Assert.Equal(0, Invoke(ParamsCommand.Create(), folder, "params", "p.ipynb"));
        Assert.Equal((int)ExitCode.BadInput, Invoke(ParamsCommand.Create(), folder, "params", "none.ipynb"));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Process-wide console and current directory";
}
