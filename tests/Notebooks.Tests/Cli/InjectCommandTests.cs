using System.CommandLine;
using Notebooks.Engine.Documents;
using Notebooks.Runner.Cli;
using Notebooks.Tests.Documents;
using Notebooks.Tests.Parameters;

namespace Notebooks.Tests.Cli;

/// <summary>`notebooks params inject`: papermill-style copies with parameters injected, not run.</summary>
[Collection(ConsoleCollection.Name)]
public class InjectCommandTests
{
    static (int Code, string Output) Invoke(string workingDirectory, params string[] args)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = workingDirectory;
        var output = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(output);
        try
        {
            var code = new RootCommand { ParamsCommand.Create() }.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output });
            return (code, output.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Environment.CurrentDirectory = previous;
        }
    }

    /// <summary>A repository-like folder: lessons/a.ipynb and lessons/b.ipynb, each with a parameters cell.</summary>
    static string Lessons()
    {
        var root = Directory.CreateTempSubdirectory("nb-inject-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "lessons"));
        foreach (var name in new[] { "a.ipynb", "b.ipynb" })
            Assert.True(NotebookWriter.Write(ParameterNotebooks.With("bool quick = false;\nint epochs = 5;"), Path.Combine(root, "lessons", name)).Succeeded);
        return root;
    }

    [Fact]
    public void When_params_inject_writes_copies_then_each_has_the_injected_cell_and_the_originals_are_untouched()
    {
        var root = Lessons();
        var original = File.ReadAllText(Path.Combine(root, "lessons", "a.ipynb"));

        var (code, output) = Invoke(root, "params", "inject", "lessons", "--param", "quick=true", "--param", "epochs=1", "--output-dir", "fast");

        Assert.True(code == 0, output);
        Assert.Contains("lessons/a.ipynb → fast/a.ipynb", output);
        foreach (var name in new[] { "a.ipynb", "b.ipynb" })
        {
            var copy = NotebookReader.Read(Path.Combine(root, "fast", name)).Notebook!;
            var injected = copy.Cells[2];
            Assert.Equal(["injected-parameters"], injected.Tags);
            Assert.Equal("injected-parameters", injected.Id);
            Assert.EndsWith("\nbool quick = true;\nint epochs = 1;", injected.Source);
            Assert.Equal(["intro", "params", "injected-parameters", "train"], copy.Cells.Select(c => c.Id));
            Assert.Empty(copy.Cells.SelectMany(c => c.Outputs));
        }
        Assert.Equal(original, File.ReadAllText(Path.Combine(root, "lessons", "a.ipynb")));
    }

    [Fact]
    public void When_copies_are_written_then_they_are_valid_against_the_official_nbformat_schema()
    {
        var root = Lessons();
        var noIds = ParameterNotebooks.With("bool quick = false;");
        foreach (var cell in noIds.Cells) cell.Id = null; // ids come from the writer, the injected one too
        Assert.True(NotebookWriter.Write(noIds, Path.Combine(root, "lessons", "no-ids.ipynb")).Succeeded);

        var (code, output) = Invoke(root, "params", "inject", "lessons", "--param", "quick=true", "--output-dir", "fast");

        Assert.True(code == 0, output);
        foreach (var copy in Directory.GetFiles(Path.Combine(root, "fast")))
            Assert.Empty(NbformatSchema.Errors(File.ReadAllText(copy)));
    }

    [Fact]
    public void When_any_value_is_wrong_then_every_problem_is_named_and_nothing_is_written()
    {
        var root = Lessons();

        var (code, output) = Invoke(root, "params", "inject", "lessons", "missing.ipynb", "--param", "quick=maybe", "--output-dir", "fast");

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("a.ipynb: --param quick=maybe: quick is declared bool and 'maybe' is not true or false", output);
        Assert.Contains("b.ipynb: --param quick=maybe", output);
        Assert.Contains("missing.ipynb: no notebook found at this path", output);
        Assert.Contains("nothing written", output);
        Assert.False(Directory.Exists(Path.Combine(root, "fast")));
    }

    [Fact]
    public void When_two_notebooks_share_a_name_then_nothing_is_written_rather_than_one_overwriting_the_other()
    {
        var root = Lessons();
        Directory.CreateDirectory(Path.Combine(root, "more"));
        File.Copy(Path.Combine(root, "lessons", "a.ipynb"), Path.Combine(root, "more", "a.ipynb"));

        var (code, output) = Invoke(root, "params", "inject", "lessons", "more", "--param", "quick=true", "--output-dir", "fast");

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("more/a.ipynb: lessons/a.ipynb has the same name", output);
        Assert.False(Directory.Exists(Path.Combine(root, "fast")));
    }

    [Fact]
    public void When_the_output_folder_is_the_notebooks_own_then_it_refuses_to_overwrite_them()
    {
        var root = Lessons();

        var (code, output) = Invoke(root, "params", "inject", "lessons/a.ipynb", "--param", "quick=true", "--output-dir", "lessons");

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("the copy would overwrite it", output);
    }

    [Theory]
    [InlineData("--param", "quick=true")]
    [InlineData("--output-dir", "fast")]
    public void When_a_required_option_is_missing_then_the_error_and_the_usage_are_printed(params string[] given)
    {
        var root = Lessons();

        var (code, output) = Invoke(root, ["params", "inject", "lessons", .. given]);

        Assert.NotEqual(0, code);
        Assert.Contains("is required", output);
        Assert.Contains("Usage:", output);
        Assert.False(Directory.Exists(Path.Combine(root, "fast")));
    }
}
