using Notebooks.Engine.Documents;
using Xunit;

namespace Notebooks.Tests.Documents;

public class NotebookReaderTests
{
    private static Notebook ReadFixture(string name)
    {
        var result = NotebookReader.Read(DocumentFixtures.PathOf(name));
        Assert.True(result.Succeeded, result.Error);
        return result.Notebook!;
    }

    [Fact]
    public void When_reading_a_vscode_polyglot_notebook_then_kernels_tags_ids_and_metadata_are_kept()
    {
        var notebook = ReadFixture("clean-polyglot.ipynb");

        Assert.Equal(NotebookFormat.Ipynb, notebook.Format);
        Assert.Equal((4, 5), (notebook.NbFormat, notebook.NbFormatMinor));
        Assert.Equal("csharp", notebook.DefaultKernelName);
        Assert.Equal(".net-csharp", notebook.Metadata["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("polyglot-notebook", notebook.Metadata["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal([CellType.Markdown, CellType.Code, CellType.Code, CellType.Code, CellType.Code, CellType.Raw],
            notebook.Cells.Select(c => c.Type));
        Assert.Equal(["intro", "params", "run", "show", "fail", "raw-1"], notebook.Cells.Select(c => c.Id));
        Assert.True(notebook.Cells[1].HasTag("parameters"));
        Assert.Equal("csharp", notebook.Cells[1].KernelName);
        Assert.Equal("# Régression linéaire — 線形回帰 🚀\n\nA *tiny* model.", notebook.Cells[0].Source);
        Assert.Equal("raw \u0001 text\r\nwith CRLF", notebook.Cells[5].Source);
        Assert.All(notebook.Cells, c => Assert.Empty(c.Outputs));
    }

    [Fact]
    public void When_reading_an_executed_notebook_then_every_output_type_is_read()
    {
        var cells = ReadFixture("executed-polyglot.ipynb").Cells;

        Assert.Equal([1, 2, 3, 4], cells.Where(c => c.Type == CellType.Code).Select(c => c.ExecutionCount));
        Assert.Equal(new StreamOutput("stdout", "2\n"), cells[2].Outputs[0]);

        var result = Assert.IsType<DisplayOutput>(cells[2].Outputs[1]);
        Assert.True(result.IsResult);
        Assert.Equal(2, result.ExecutionCount);
        Assert.Equal("<table>\n<tr><td>1</td></tr>\n</table>", result.Data["text/html"]);

        var display = Assert.IsType<DisplayOutput>(cells[3].Outputs[0]);
        Assert.False(display.IsResult);
        Assert.StartsWith("iVBORw0KGgo", display.Data["image/png"]);
        Assert.Equal("""{"loss":[0.5,0.25],"note":"ü"}""", display.Data["application/json"]);
        Assert.Equal(1, display.Metadata!["image/png"]!["width"]!.GetValue<int>());

        var error = Assert.IsType<ErrorOutput>(cells[4].Outputs[0]);
        Assert.Equal(("System.Exception", "boom\tTab"), (error.EName, error.EValue));
        Assert.Equal(2, error.Traceback.Count);
    }

    [Fact]
    public void When_source_is_one_string_and_cells_have_no_ids_then_it_is_read_whole()
    {
        var notebook = ReadFixture("source-as-string-v4.4.ipynb");

        Assert.Equal(4, notebook.NbFormatMinor);
        Assert.Equal("var a = 1;\nvar b = 2;", notebook.Cells[0].Source);
        Assert.Null(notebook.Cells[0].Id);
        Assert.Null(notebook.Cells[0].ExecutionCount);
        Assert.Equal(["note"], notebook.Cells[1].Tags);
    }

    [Theory]
    [InlineData("broken-json.ipynb", "broken-json.ipynb: not valid JSON (line 3, position 24: ',' is an invalid start of a property name")]
    [InlineData("no-cells-array.ipynb", "no-cells-array.ipynb: not a notebook (no 'cells' array)")]
    [InlineData("nbformat-3.ipynb", "nbformat-3.ipynb: nbformat 3 is not supported (only nbformat 4)")]
    [InlineData("unknown-cell-type.ipynb", "unknown-cell-type.ipynb: cells[1]: unknown cell_type \"slide\"")]
    public void When_a_file_is_not_a_readable_notebook_then_the_error_names_the_file_and_the_reason(string name, string expected)
    {
        var result = NotebookReader.Read(DocumentFixtures.PathOf(name));

        Assert.False(result.Succeeded);
        Assert.Null(result.Notebook);
        Assert.StartsWith(DocumentFixtures.PathOf(expected.Split(':')[0]), result.Error);
        Assert.Contains(expected[(expected.IndexOf(':') + 2)..], result.Error);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Theory]
    [InlineData("", "x.ipynb: not valid JSON (line 1, position 1: ")]
    [InlineData("{\n \"é\": x}", "x.ipynb: not valid JSON (line 2, position 7: 'x' is an invalid start of a value)")]
    [InlineData("null", "x.ipynb: not a notebook (the top level is not a JSON object)")]
    [InlineData("[1, 2]", "x.ipynb: not a notebook (the top level is not a JSON object)")]
    [InlineData("""{"cells": {}, "nbformat": 4, "nbformat_minor": 5}""", "x.ipynb: not a notebook (no 'cells' array)")]
    [InlineData("""{"cells": [], "nbformat": "4", "nbformat_minor": 5}""", "x.ipynb: not a notebook (no 'nbformat' number)")]
    [InlineData("""{"cells": [], "nbformat": 4}""", "x.ipynb: not a notebook (no 'nbformat_minor' number)")]
    [InlineData("""{"cells": [], "cells": [], "nbformat": 4, "nbformat_minor": 5}""", "x.ipynb: not valid JSON (Duplicate property 'cells'")]
    [InlineData("""{"cells": [], "metadata": [], "nbformat": 4, "nbformat_minor": 5}""", "x.ipynb: 'metadata' is not an object")]
    [InlineData("""{"cells": [7], "nbformat": 4, "nbformat_minor": 5}""", "x.ipynb: cells[0]: not an object")]
    [InlineData("""{"cells": [{"source": []}], "nbformat": 4, "nbformat_minor": 5}""", "x.ipynb: cells[0]: no 'cell_type'")]
    [InlineData("""{"cells": [{"cell_type": "code", "source": [1]}], "nbformat": 4, "nbformat_minor": 5}""", "x.ipynb: cells[0]: 'source' is not a string or an array of strings")]
    [InlineData("""{"cells": [{"cell_type": "code", "id": 3, "source": ""}], "nbformat": 4, "nbformat_minor": 5}""", "x.ipynb: cells[0]: 'id' is not a string")]
    [InlineData("""{"cells": [{"cell_type": "code", "source": "", "execution_count": "1"}], "nbformat": 4, "nbformat_minor": 5}""", "x.ipynb: cells[0]: 'execution_count' is not a number or null")]
    [InlineData("""{"cells": [{"cell_type": "code", "source": "", "outputs": [{"output_type": "html"}]}], "nbformat": 4, "nbformat_minor": 5}""", "x.ipynb: cells[0]: outputs[0]: unknown output_type \"html\"")]
    [InlineData("""{"cells": [{"cell_type": "code", "source": "", "outputs": [{"output_type": "stream", "text": "a"}]}], "nbformat": 4, "nbformat_minor": 5}""", "x.ipynb: cells[0]: outputs[0]: stream output has no 'name'")]
    [InlineData("""{"cells": [{"cell_type": "code", "source": "", "outputs": [{"output_type": "error", "traceback": [1]}]}], "nbformat": 4, "nbformat_minor": 5}""", "x.ipynb: cells[0]: outputs[0]: 'traceback' is not an array of strings")]
    public void When_the_text_is_malformed_then_a_located_error_is_returned_instead_of_an_exception(string text, string expected)
    {
        var result = NotebookReader.Parse(text, "x.ipynb");

        Assert.False(result.Succeeded);
        Assert.StartsWith(expected, result.Error);
    }

    [Fact]
    public void When_the_file_is_missing_then_the_error_says_file_not_found()
    {
        var result = NotebookReader.Read("no/such/folder/lesson.ipynb");

        Assert.Equal("no/such/folder/lesson.ipynb: file not found", result.Error);
    }

    [Fact]
    public void When_the_extension_is_not_a_notebook_then_the_error_names_the_expected_formats()
    {
        var result = NotebookReader.Parse("{}", "notes.txt");

        Assert.Equal("notes.txt: unknown notebook format (expected .ipynb or .dib)", result.Error);
    }

    [Fact]
    public void When_polyglot_metadata_has_values_of_the_wrong_kind_then_they_count_as_absent()
    {
        const string text = """
            {"cells": [{"cell_type": "code", "source": "", "metadata": {"polyglot_notebook": [], "dotnet_interactive": {"language": 3}, "tags": [1, "parameters"]}}],
             "metadata": {"polyglot_notebook": {"kernelInfo": []}}, "nbformat": 4, "nbformat_minor": 4}
            """;

        var notebook = NotebookReader.Parse(text, "x.ipynb").Notebook!;

        Assert.Equal("csharp", notebook.DefaultKernelName);
        Assert.Null(notebook.Cells[0].KernelName);
        Assert.Equal(["parameters"], notebook.Cells[0].Tags);
    }

    [Fact]
    public void When_the_text_starts_with_a_byte_order_mark_then_it_is_still_read()
    {
        var result = NotebookReader.Parse("\uFEFF{\"cells\": [], \"nbformat\": 4, \"nbformat_minor\": 5}", "x.ipynb");

        Assert.True(result.Succeeded, result.Error);
    }

    [Theory]
    [InlineData("executed-polyglot.ipynb")]
    [InlineData("polyglot.dib")]
    public void When_a_notebook_file_is_cut_short_anywhere_then_reading_returns_a_result_and_never_throws(string name)
    {
        var text = DocumentFixtures.Text(name);

        for (var length = 0; length < text.Length; length += 3)
        {
            var result = NotebookReader.Parse(text[..length], name);

            Assert.True(result.Succeeded || result.Error!.StartsWith(name + ": "), $"cut at {length}: {result.Error}");
        }
    }
}
