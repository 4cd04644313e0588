using Notebooks.Engine.Documents;
using Notebooks.Engine.Parameters;
using Xunit;

namespace Notebooks.Tests.Parameters;

public class NotebookParametersTests
{
    [Fact]
    public void When_the_cell_declares_typed_values_with_comments_then_each_is_read_with_its_line()
    {
        const string source = """
            // Training settings
            int epochs = 3;            // passes over the data
            double learningRate = 1e-3; /* step size */
            string optimizer = "sgd // not a comment";
            /* a block
               comment */ bool shuffle = true;
            var batchSize = 32;
            var label = @"c:\runs";
            decimal budget = 12.50m;
            float dropout = 0.1f;
            long seed = 42L;
            """;

        var (parameters, ignored) = NotebookParameters.ParseSource(source);

        Assert.Empty(ignored);
        Assert.Equal(
            [
                new NotebookParameter("epochs", "int", "3", 2),
                new NotebookParameter("learningRate", "double", "1e-3", 3),
                new NotebookParameter("optimizer", "string", "\"sgd // not a comment\"", 4),
                new NotebookParameter("shuffle", "bool", "true", 6),
                new NotebookParameter("batchSize", "int", "32", 7),
                new NotebookParameter("label", "string", "@\"c:\\runs\"", 8),
                new NotebookParameter("budget", "decimal", "12.50m", 9),
                new NotebookParameter("dropout", "float", "0.1f", 10),
                new NotebookParameter("seed", "long", "42L", 11),
            ],
            parameters);
    }

    [Fact]
    public void When_lines_are_not_settable_declarations_then_they_are_noted_with_their_line()
    {
        const string source = "int epochs = 3;\nDateTime start = DateTime.Now;\nvar xs = new[] { 1 };\nConsole.WriteLine(epochs);\nint epochs = 4;";

        var (parameters, ignored) = NotebookParameters.ParseSource(source);

        Assert.Equal(["epochs"], parameters.Select(p => p.Name));
        Assert.Equal(
            [
                "line 2: start is a DateTime; --param can set bool, int, long, double, float, string, decimal",
                "line 3: cannot tell the type of `var xs = new[] { 1 };`; declare it with a type",
                "line 4: `Console.WriteLine(epochs);` is not a declaration of the form `<type> <name> = <literal>;`",
                "line 5: epochs is declared again",
            ],
            ignored);
    }

    [Fact]
    public void When_several_cells_are_tagged_then_the_first_code_cell_is_the_parameters_cell()
    {
        var notebook = ParameterNotebooks.With("int a = 1;");
        notebook.Cells.Insert(0, new Cell { Type = CellType.Markdown, Source = "x", Metadata = ParameterNotebooks.Tagged("parameters") });
        notebook.Cells.Add(new Cell { Type = CellType.Code, Source = "int b = 2;", Metadata = ParameterNotebooks.Tagged("parameters") });

        var cell = NotebookParameters.Parse(notebook)!;

        Assert.Equal(2, cell.CellIndex);
        Assert.Equal(["a"], cell.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void When_no_cell_is_tagged_then_there_is_no_parameters_cell()
    {
        var notebook = ParameterNotebooks.With("int a = 1;");
        notebook.Cells[1].Metadata.Remove("tags");

        Assert.Null(NotebookParameters.Parse(notebook));
    }

    [Fact]
    public void When_listing_then_names_types_and_defaults_are_aligned_and_skipped_lines_shown()
    {
        var notebook = ParameterNotebooks.With("int epochs = 3;\ndouble learningRate = 0.1;\nfoo();");

        var listing = ParameterListing.Of(notebook);

        Assert.True(listing.Succeeded);
        Assert.Equal(
            "NAME          TYPE    DEFAULT\n" +
            "epochs        int     3\n" +
            "learningRate  double  0.1\n" +
            "skipped: lesson.ipynb: parameters cell line 3: `foo();` is not a declaration of the form `<type> <name> = <literal>;`\n",
            listing.ToText());
    }

    [Fact]
    public void When_listing_a_notebook_without_parameters_cell_then_the_error_names_the_notebook()
    {
        var notebook = ParameterNotebooks.With("int a = 1;");
        notebook.Cells[1].Metadata.Remove("tags");

        var listing = ParameterListing.Of(notebook);

        Assert.Equal("lesson.ipynb: no code cell is tagged 'parameters'", listing.Error);
    }

    [Fact]
    public void When_listing_the_polyglot_fixture_then_its_three_parameters_are_found()
    {
        var notebook = NotebookReader.Read(Documents.DocumentFixtures.PathOf("clean-polyglot.ipynb")).Notebook!;

        var listing = ParameterListing.Of(notebook);

        Assert.Equal(["epochs int 3", "learningRate double 0.1", "name string \"sgd\""],
            listing.Parameters.Select(p => $"{p.Name} {p.Type} {p.DefaultLiteral}"));
    }
}
