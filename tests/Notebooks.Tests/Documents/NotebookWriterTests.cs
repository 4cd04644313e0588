using System.Text.Json.Nodes;
using Notebooks.Engine.Documents;
using Xunit;

namespace Notebooks.Tests.Documents;

public class NotebookWriterTests
{
    [Theory]
    [InlineData("clean-polyglot.ipynb")]
    [InlineData("executed-polyglot.ipynb")]
    public void When_a_jupyter_written_notebook_is_written_unchanged_then_the_bytes_are_identical(string name)
    {
        var path = DocumentFixtures.PathOf(name);
        var notebook = NotebookReader.Read(path).Notebook!;

        Assert.Equal(File.ReadAllText(path), NotebookWriter.Serialize(notebook));
    }

    [Fact]
    public void When_metadata_keys_are_unsorted_then_their_order_and_number_text_are_kept()
    {
        const string text = """{"cells": [], "metadata": {"zeta": 1.50, "alpha": {"b": 2, "a": 1e-05}}, "nbformat": 4, "nbformat_minor": 5}""";
        var notebook = NotebookReader.Parse(text, "x.ipynb").Notebook!;

        var written = NotebookWriter.Serialize(notebook);

        Assert.Equal("{\n \"cells\": [],\n \"metadata\": {\n  \"zeta\": 1.50,\n  \"alpha\": {\n   \"b\": 2,\n   \"a\": 1e-05\n  }\n },\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n", written);
    }

    [Fact]
    public void When_text_has_quotes_controls_and_non_ascii_then_only_what_python_escapes_is_escaped()
    {
        var notebook = new Notebook { Path = "x.ipynb" };
        notebook.Cells.Add(new Cell { Type = CellType.Markdown, Id = "m", Source = "é \"q\" \\ \t\u0001\u007f\u2028🚀" });

        var written = NotebookWriter.Serialize(notebook);

        Assert.Contains("\"é \\\"q\\\" \\\\ \\t\\u0001\u007f\u2028\",\n    \"🚀\"", written);
    }

    [Fact]
    public void When_a_v4_4_notebook_with_string_sources_is_written_then_sources_become_lines_and_no_ids_are_added()
    {
        var notebook = NotebookReader.Read(DocumentFixtures.PathOf("source-as-string-v4.4.ipynb")).Notebook!;

        var json = JsonNode.Parse(NotebookWriter.Serialize(notebook))!;

        Assert.Equal("""["var a = 1;\n","var b = 2;"]""", json["cells"]![0]!["source"]!.ToJsonString());
        Assert.Null(json["cells"]![0]!["id"]);
        Assert.Equal(["kernelspec", "zeta", "alpha"], json["metadata"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void When_v4_5_cells_have_no_ids_then_stable_unique_ids_are_written()
    {
        var notebook = new Notebook { Path = "x.ipynb" };
        notebook.Cells.Add(new Cell { Type = CellType.Code, Source = "1" });
        notebook.Cells.Add(new Cell { Type = CellType.Code, Source = "2", Id = "cell-1" });
        notebook.Cells.Add(new Cell { Type = CellType.Code, Source = "3" });

        var first = NotebookWriter.Serialize(notebook);
        var ids = JsonNode.Parse(first)!["cells"]!.AsArray().Select(c => c!["id"]!.GetValue<string>());

        Assert.Equal(["cell-4", "cell-1", "cell-3"], ids);
        Assert.Equal(first, NotebookWriter.Serialize(notebook));
    }

    [Fact]
    public void When_outputs_are_written_then_they_take_nbformat_shapes()
    {
        var notebook = SampleNotebooks.WithEveryOutputType();

        var cell = JsonNode.Parse(NotebookWriter.Serialize(notebook))!["cells"]![1]!;
        var outputs = cell["outputs"]!.AsArray();

        Assert.Equal(["stream", "display_data", "execute_result", "error"], outputs.Select(o => o!["output_type"]!.GetValue<string>()));
        Assert.Equal("""["epoch 1\n","epoch 2\n"]""", outputs[0]!["text"]!.ToJsonString());
        var data = outputs[1]!["data"]!;
        Assert.Equal(["application/json", "image/png", "image/svg+xml", "text/html"], data.AsObject().Select(p => p.Key));
        Assert.Equal("""{"loss":0.25}""", data["application/json"]!.ToJsonString());
        Assert.Equal("iVBORw0KGgo=", data["image/png"]!.GetValue<string>());
        Assert.Equal(["<svg>\n", "</svg>"], data["image/svg+xml"]!.AsArray().Select(line => line!.GetValue<string>()));
        Assert.Equal("{}", outputs[1]!["metadata"]!.ToJsonString());
        Assert.Equal(7, outputs[2]!["execution_count"]!.GetValue<int>());
        Assert.Equal("""["at A","at B"]""", outputs[3]!["traceback"]!.ToJsonString());
    }

    public static TheoryData<string> WrittenNotebooks => new()
    {
        "clean",
        "every output type",
        "error output",
        "clean-polyglot.ipynb",
        "executed-polyglot.ipynb",
        "polyglot.dib",
    };

    [Theory]
    [MemberData(nameof(WrittenNotebooks))]
    public void When_a_notebook_is_written_then_it_is_valid_against_the_official_nbformat_schema(string which)
    {
        var notebook = which switch
        {
            "clean" => SampleNotebooks.Clean(),
            "every output type" => SampleNotebooks.WithEveryOutputType(),
            "error output" => SampleNotebooks.WithErrorOutput(),
            _ => NotebookReader.Read(DocumentFixtures.PathOf(which)).Notebook!,
        };

        var errors = NbformatSchema.Errors(NotebookWriter.Serialize(notebook, NotebookFormat.Ipynb));

        Assert.Empty(errors);
    }

    [Fact]
    public void When_the_schema_check_sees_a_broken_notebook_then_it_reports_it()
    {
        var errors = NbformatSchema.Errors("""{"cells": [{"cell_type": "code", "id": "a", "metadata": {}, "source": [], "outputs": [], "execution_count": "1"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");

        Assert.Contains(errors, e => e.StartsWith("/cells/0/execution_count"));
    }

    [Fact]
    public void When_written_to_disk_then_the_file_is_replaced_whole_and_no_temp_file_remains()
    {
        var folder = Directory.CreateTempSubdirectory("notebooks-writer-").FullName;
        try
        {
            var path = Path.Combine(folder, "lesson.ipynb");
            File.WriteAllText(path, "old content");
            var notebook = SampleNotebooks.WithEveryOutputType();

            var result = NotebookWriter.Write(notebook, path);

            Assert.True(result.Succeeded, result.Error);
            Assert.Equal([path], Directory.GetFiles(folder));
            Assert.Equal(NotebookWriter.Serialize(notebook), File.ReadAllText(path));
            Assert.False(File.ReadAllBytes(path).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.Equal(NotebookWriter.Serialize(notebook), NotebookWriter.Serialize(NotebookReader.Read(path).Notebook!));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void When_the_folder_does_not_exist_then_write_returns_an_error_naming_the_file()
    {
        var result = NotebookWriter.Write(SampleNotebooks.Clean(), "/no/such/folder/out.ipynb");

        Assert.False(result.Succeeded);
        Assert.StartsWith("/no/such/folder/out.ipynb: cannot write (", result.Error);
    }
}
