using System.Text.Json.Nodes;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Parameters;
using Xunit;

namespace Notebooks.Tests.Parameters;

public class ParameterInjectorTests
{
    private const string Declarations = "int epochs = 3;\ndouble learningRate = 0.1;\nstring name = \"sgd\";\nbool shuffle = false;";

    [Fact]
    public void When_values_are_valid_then_a_tagged_cell_follows_the_parameters_cell_in_declaration_order()
    {
        var notebook = ParameterNotebooks.With(Declarations);

        var result = ParameterInjector.Inject(notebook, ["name=adam é", "epochs=10", "learningRate=NaN"]);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, result.InjectedCellIndex);
        var injected = notebook.Cells[2];
        Assert.Equal(CellType.Code, injected.Type);
        Assert.Equal(
            "// Injected parameters (--param): these replace the defaults above.\n" +
            "int epochs = 10;\n" +
            "double learningRate = double.NaN;\n" +
            "string name = \"adam \\u00E9\";",
            injected.Source);
        Assert.Equal(["injected-parameters"], injected.Tags);
        Assert.Equal("csharp", injected.KernelName);
        Assert.Null(injected.Metadata["vscode"]);
        Assert.Equal("injected-parameters", injected.Id);
        Assert.Equal("""{"epochs":10,"learningRate":"NaN","name":"adam é"}""",
            notebook.Metadata["parameters"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(["intro", "params", "injected-parameters", "train"], notebook.Cells.Select(c => c.Id));
    }

    [Fact]
    public void When_injected_again_then_the_earlier_injected_cell_is_replaced()
    {
        var notebook = ParameterNotebooks.With(Declarations);
        ParameterInjector.Inject(notebook, ["epochs=10"]);

        var result = ParameterInjector.Inject(notebook, ["shuffle=true"]);

        Assert.True(result.Succeeded, result.Error);
        Assert.Single(notebook.Cells, c => c.HasTag("injected-parameters"));
        Assert.EndsWith("\nbool shuffle = true;", notebook.Cells[2].Source);
        Assert.Equal("""{"shuffle":true}""", notebook.Metadata["parameters"]!.ToJsonString());
        Assert.Equal(4, notebook.Cells.Count);
    }

    [Fact]
    public void When_a_name_is_unknown_then_the_error_lists_the_known_names_and_nothing_changes()
    {
        var notebook = ParameterNotebooks.With(Declarations);
        var before = NotebookWriter.Serialize(notebook);

        var result = ParameterInjector.Inject(notebook, ["epoch=10"]);

        Assert.Equal(
            "lesson.ipynb: unknown parameter 'epoch'; the parameters cell declares epochs (int), learningRate (double), name (string), shuffle (bool)",
            result.Error);
        Assert.Null(result.InjectedCellIndex);
        Assert.Equal(before, NotebookWriter.Serialize(notebook));
    }

    [Fact]
    public void When_several_values_are_wrong_then_every_problem_is_reported_before_anything_runs()
    {
        var notebook = ParameterNotebooks.With(Declarations);

        var result = ParameterInjector.Inject(notebook, ["epochs=3000000000", "shuffle=yes", "learningRate=0,1", "name", "epochs=2"]);

        Assert.Equal(
            [
                "lesson.ipynb: --param epochs=3000000000: epochs is declared int and 3000000000 is out of range for int (-2147483648 to 2147483647)",
                "lesson.ipynb: --param shuffle=yes: shuffle is declared bool and 'yes' is not true or false",
                "lesson.ipynb: --param learningRate=0,1: learningRate is declared double and '0,1' is not a number",
                "lesson.ipynb: --param 'name' is not of the form name=value",
                "lesson.ipynb: --param epochs is given more than once",
            ],
            result.Errors);
        Assert.DoesNotContain(notebook.Cells, c => c.HasTag("injected-parameters"));
        Assert.Null(notebook.Metadata["parameters"]);
    }

    [Fact]
    public void When_there_is_no_parameters_cell_then_the_error_says_so()
    {
        var notebook = ParameterNotebooks.With(Declarations);
        notebook.Cells[1].Metadata.Remove("tags");

        var result = ParameterInjector.Inject(notebook, ["epochs=1"]);

        Assert.Equal("lesson.ipynb: --param needs a code cell tagged 'parameters', and there is none", result.Error);
    }

    [Fact]
    public void When_the_notebook_is_a_dib_then_the_error_explains_that_dib_cells_have_no_tags()
    {
        var notebook = NotebookReader.Parse("#!csharp\nint epochs = 3;\n", "lesson.dib").Notebook!;

        var result = ParameterInjector.Inject(notebook, ["epochs=1"]);

        Assert.EndsWith("there is none (a .dib file cannot tag cells; use .ipynb)", result.Error);
    }

    [Fact]
    public void When_no_values_are_given_then_the_notebook_is_left_alone()
    {
        var notebook = ParameterNotebooks.With(Declarations);

        var result = ParameterInjector.Inject(notebook, []);

        Assert.True(result.Succeeded);
        Assert.Null(result.InjectedCellIndex);
        Assert.Equal(3, notebook.Cells.Count);
    }

    [Fact]
    public void When_a_string_value_contains_equals_signs_then_only_the_first_separates_the_name()
    {
        var notebook = ParameterNotebooks.With(Declarations);

        ParameterInjector.Inject(notebook, ["name=a=b"]);

        Assert.EndsWith("string name = \"a=b\";", notebook.Cells[2].Source);
    }

    [Fact]
    public void When_the_fixture_notebook_is_injected_and_written_then_it_stays_valid_nbformat()
    {
        var notebook = NotebookReader.Read(Documents.DocumentFixtures.PathOf("clean-polyglot.ipynb")).Notebook!;

        var result = ParameterInjector.Inject(notebook, ["epochs=1", "learningRate=inf", "name=\"quoted\"\n"]);
        var written = NotebookWriter.Serialize(notebook);

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(Documents.NbformatSchema.Errors(written));
        var cell = JsonNode.Parse(written)!["cells"]![2]!;
        Assert.Equal("""{"dotnet_interactive":{"language":"csharp"},"polyglot_notebook":{"kernelName":"csharp"},"tags":["injected-parameters"]}""",
            cell["metadata"]!.ToJsonString());
        Assert.Contains("string name = \\\"\\\\\\\"quoted\\\\\\\"\\\\n\\\";", written);
    }

    [Fact]
    public void When_metadata_keys_are_sorted_then_the_parameters_key_goes_where_jupyter_would_put_it()
    {
        var notebook = NotebookReader.Read(Documents.DocumentFixtures.PathOf("clean-polyglot.ipynb")).Notebook!;

        ParameterInjector.Inject(notebook, ["name=b", "epochs=2"]);

        Assert.Equal(["kernelspec", "language_info", "parameters", "polyglot_notebook", "training_notebooks"],
            notebook.Metadata.Select(p => p.Key));
        Assert.Equal("""{"epochs":2,"name":"b"}""", notebook.Metadata["parameters"]!.ToJsonString());
    }

    [Fact]
    public void When_metadata_keys_are_in_a_hand_made_order_then_the_parameters_key_is_appended()
    {
        var notebook = ParameterNotebooks.With(Declarations);
        notebook.Metadata["z"] = 1;
        notebook.Metadata["a"] = 2;

        ParameterInjector.Inject(notebook, ["epochs=2"]);

        Assert.Equal(["z", "a", "parameters"], notebook.Metadata.Select(p => p.Key));
    }

    [Theory]
    [InlineData(5, "injected-parameters")]
    [InlineData(4, null)]
    public void When_the_parameters_cell_has_no_id_then_the_injected_cell_gets_one_only_where_nbformat_allows_ids(int minor, string? id)
    {
        var notebook = ParameterNotebooks.With(Declarations);
        notebook.NbFormatMinor = minor;
        foreach (var cell in notebook.Cells) cell.Id = null;

        ParameterInjector.Inject(notebook, ["epochs=2"]);

        Assert.Equal(id, notebook.Cells[2].Id);
    }
}
