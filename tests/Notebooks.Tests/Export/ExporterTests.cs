using Notebooks.Tests.Execution;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Export;

public class ExporterTests
{
    [Fact]
    public void When_a_cell_uses_a_magic_with_no_file_based_equivalent_then_export_fails_naming_cell_and_line()
    {
        var error = Exported.SingleError(Of(Markdown("# t"), Code("var x = 1;"), Code("var y = 2;\n#!time\nvar z = 3;")));
        Assert.Equal(3, error.Cell);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("cell 3, line 2: #!time has no file-based app equivalent", error.ToString());
    }

    [Theory]
    [InlineData("#!seed abc", "#!seed: 'abc' is not an integer")]
    [InlineData("#!seed 1 --fast", "#!seed: unknown option --fast")]
    [InlineData("#!dataset", "#!dataset: missing the data set name")]
    [InlineData("#!dataset penguins --as 1x", "'1x' is not a valid C# variable name")]
    [InlineData("#!profile --help", "#!profile --help has no file-based app equivalent")]
    [InlineData("#!fsharp", "#!fsharp has no file-based app equivalent")]
    [InlineData("#r \"lib/Other.dll\"", "references an assembly file")]
    [InlineData("#i \"nuget: /feed\"", "#i (a package source) has no file-based app equivalent")]
    [InlineData("var shown = display(1);", "display(...) is used as a value")]
    [InlineData("HTML(\"<b>hi</b>\")", "HTML(...) is a notebook kernel helper")]
    [InlineData("int Answer => 42;", "a property at the top level of a cell")]
    [InlineData("var x = ;", "C# syntax error")]
    public void When_a_line_has_no_file_based_equivalent_then_the_error_says_why(string line, string expected)
    {
        var error = Exported.SingleError(Of(Code("var before = 0;"), Code(line)));
        Assert.Equal((2, 1), (error.Cell, error.Line));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void When_a_variable_is_declared_again_in_a_later_cell_then_the_error_names_both_places()
    {
        var error = Exported.SingleError(Of(Code("var model = 1;"), Code("// again\nvar model = 2;")));
        Assert.Equal("cell 2, line 2: 'model' is declared again (first in cell 1, line 1); in a file-based app all cells share one scope: rename it, or assign it without declaring", error.ToString());
    }

    [Fact]
    public void When_a_cell_runs_in_another_kernel_then_export_fails()
    {
        var cell = Code("printfn \"hi\"");
        cell.Metadata["polyglot_notebook"] = new System.Text.Json.Nodes.JsonObject { ["kernelName"] = "fsharp" };
        Assert.Contains("runs in the 'fsharp' kernel", Exported.SingleError(Of(cell)).Message);
    }

    [Fact]
    public void When_the_notebook_has_magics_then_each_becomes_the_library_call_the_magic_makes()
    {
        var source = Exported.Source(Of(
            Code("#r \"../artifacts/kernel/Notebooks.Kernel.dll\"\nusing Notebooks.Kernel;\nNotebookSetup.Load();"),
            Code("#!seed 7\n#!dataset seattle-weather\n#!dataset penguins --as birds\n#!profile birds\n#!device\n#!dataset --list"),
            Code("#!dataset seattle-weather")));

        Assert.Contains("#:project ../src/Notebooks.Kernel/Notebooks.Kernel.csproj", source);
        Assert.DoesNotContain("#r ", source);
        Assert.Contains("// NotebookSetup.Load(): in a file-based app FileApp.Start (at the top) registers the formatters", source);
        Assert.Contains("""
            FileApp.Seed(7);
            var seattle_weather = FileApp.Dataset("seattle-weather");
            var birds = FileApp.Dataset("penguins", "birds");
            FileApp.Profile(birds);
            FileApp.Device();
            FileApp.DatasetList();
            """.ReplaceLineEndings("\n"), source);
        Assert.Contains("\nseattle_weather = FileApp.Dataset(\"seattle-weather\");", source); // loaded again: assigned, not declared again
    }

    [Fact]
    public void When_a_nuget_reference_is_exported_then_it_becomes_a_package_directive_at_the_top()
    {
        var source = Exported.Source(Of(Code("#r \"nuget: CsvHelper, 34.0.0\"\n#r \"nuget:Markdig\"\nvar x = 1;")));
        var lines = source.Split('\n');
        Assert.Equal(["#:package CsvHelper@34.0.0", "#:package Markdig@*"], lines.Where(l => l.StartsWith("#:package")));
        Assert.True(Array.FindIndex(lines, l => l.StartsWith("#:package")) < Array.FindIndex(lines, l => l.StartsWith("//")));
    }

    [Fact]
    public void When_a_cell_ends_in_an_expression_or_displays_then_the_value_is_shown_through_FileApp()
    {
        var source = Exported.Source(Of(
            Code("var list = new[] { 1, 2 };\nlist.Length"),
            Code("display(list);\ndisplay(\"two\")"),
            Code("Console.WriteLine(\"no value\")"),
            Code("Claim.That(true, \"void too\")"),
            Code("var nothing = 0; // ends in a statement")));

        Assert.Contains("FileApp.Show(list.Length);", source);
        Assert.Contains("FileApp.Show(list);\nFileApp.Show(\"two\");", source);
        Assert.Contains("Console.WriteLine(\"no value\");", source);
        Assert.Contains("Claim.That(true, \"void too\");", source);
        Assert.DoesNotContain("FileApp.Show(var", source);
    }

    [Fact]
    public void When_cells_have_usings_and_types_then_usings_go_to_the_top_and_types_after_all_statements()
    {
        var source = Exported.Source(Of(
            Code("using System.Text;\nrecord Point(int X, int Y);\nvar p = new Point(1, 2);"),
            Code("using static System.Math;\nusing System.Text;\npublic static int Twice(int x) => 2 * x;\nenum Size { S, M }\nTwice(Abs(p.X))")));

        var usings = source.Split('\n').Where(l => l.StartsWith("using ")).ToList();
        Assert.Equal(["using Notebooks.Kernel;", "using System.Text;", "using static System.Math;"], usings);
        var start = source.IndexOf("FileApp.Start(args);", StringComparison.Ordinal);
        var statements = new[] { "var p = new Point(1, 2);", "static int Twice(int x) => 2 * x;", "FileApp.Show(Twice(Abs(p.X)));" }
            .Select(s => source.IndexOf(s, StringComparison.Ordinal)).ToList();
        var types = new[] { "record Point(int X, int Y);", "enum Size { S, M }" }.Select(s => source.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(statements, i => Assert.True(i > start));
        Assert.True(statements.Max() < types.Min(), source);
        Assert.DoesNotContain("public static int Twice", source);
    }

    [Fact]
    public void When_the_notebook_has_a_parameters_cell_then_each_declaration_reads_the_command_line_with_the_same_default()
    {
        var source = Exported.Source(Of(
            Code("bool quick = false; // CI sets true\nvar epochs = 20;\ndouble rate = 0.5;\nstring name = \"x;y\";\nvar derived = epochs * 2;", "parameters")));

        Assert.Contains("""
            bool quick = FileApp.Parameter<bool>("quick", false); // CI sets true
            int epochs = FileApp.Parameter<int>("epochs", 20);
            double rate = FileApp.Parameter<double>("rate", 0.5);
            string name = FileApp.Parameter<string>("name", "x;y");
            var derived = epochs * 2;
            """.ReplaceLineEndings("\n"), source);
        Assert.Contains("FileApp.Start(args, \"quick\", \"epochs\", \"rate\", \"name\");", source);
        Assert.Contains("// Run it: dotnet run test.cs [-- --quick false --epochs 20 --rate 0.5 --name x;y]", source);
    }

    [Fact]
    public void When_an_injected_parameters_cell_is_exported_then_export_fails()
    {
        var error = Exported.SingleError(Of(Code("bool quick = false;", "parameters"), Code("quick = true;", "injected-parameters")));
        Assert.Equal(2, error.Cell);
        Assert.Contains("injected-parameters", error.Message);
    }

    [Fact]
    public void When_markdown_is_exported_then_headings_stay_and_paragraphs_and_list_items_wrap_as_comments()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 40));
        var source = Exported.Source(Of(Markdown($"## Heading\n\n{words}\nmore.\n\n- item {words}\n\n```csharp\nvar  x = 1;\n```\n\n| a | b |\n|---|---|")));

        var comments = source.Split('\n').SkipWhile(l => l != "// ## Heading").TakeWhile(l => l.StartsWith("//")).ToList();
        Assert.Equal("// ## Heading", comments[0]);
        Assert.Equal("//", comments[1]);
        Assert.All(comments, l => Assert.True(l.Length <= 100, l));
        Assert.StartsWith("// word word", comments[2]);
        Assert.Contains(comments, l => l.EndsWith("word more."));
        var item = comments.IndexOf(comments.First(l => l.StartsWith("// - item")));
        Assert.StartsWith("//   word", comments[item + 1]);
        Assert.Contains("// var  x = 1;", comments);
        Assert.Contains("// | a | b |", comments);
    }
}
