using Notebooks.Engine.Documents;
using Xunit;

namespace Notebooks.Tests.Documents;

public class DibTests
{
    [Fact]
    public void When_reading_a_dib_then_meta_kernels_and_magic_lines_are_read()
    {
        var result = NotebookReader.Read(DocumentFixtures.PathOf("polyglot.dib"));

        Assert.True(result.Succeeded, result.Error);
        var notebook = result.Notebook!;
        Assert.Equal(NotebookFormat.Dib, notebook.Format);
        Assert.Equal("csharp", notebook.DefaultKernelName);
        Assert.Equal([CellType.Markdown, CellType.Code, CellType.Code, CellType.Code], notebook.Cells.Select(c => c.Type));
        Assert.Equal([null, "csharp", "kql-db", "pwsh"], notebook.Cells.Select(c => c.KernelName));
        Assert.Equal("# Polyglot notebook — ünïcode", notebook.Cells[0].Source);
        Assert.Equal("#!time\nvar x = 1;\n\nx + 1", notebook.Cells[1].Source);
    }

    [Fact]
    public void When_a_polyglot_written_dib_is_written_unchanged_then_the_bytes_are_identical()
    {
        var path = DocumentFixtures.PathOf("polyglot.dib");

        var written = NotebookWriter.Serialize(NotebookReader.Read(path).Notebook!);

        Assert.Equal(File.ReadAllText(path), written);
    }

    [Fact]
    public void When_a_dib_has_crlf_lines_and_no_meta_then_cells_split_on_known_kernels_only()
    {
        var notebook = NotebookReader.Parse("\r\n#!csharp\r\n1\r\n#!unknownkernel\r\n2\r\n#!md\r\n\r\ntext\r\n", "x.dib").Notebook!;

        Assert.Equal(["1\n#!unknownkernel\n2", "text"], notebook.Cells.Select(c => c.Source));
        Assert.Equal(CellType.Markdown, notebook.Cells[1].Type);
    }

    [Fact]
    public void When_the_meta_json_is_broken_then_the_error_names_the_file_and_line()
    {
        var result = NotebookReader.Parse("#!csharp\n1\n#!meta\n\n{\"kernelInfo\": \n#!csharp\n2\n", "x.dib");

        Assert.StartsWith("x.dib: line 3: #!meta is not followed by a JSON object (", result.Error);
    }

    [Fact]
    public void When_an_ipynb_is_written_as_dib_then_code_cells_keep_their_kernels()
    {
        var notebook = NotebookReader.Read(DocumentFixtures.PathOf("clean-polyglot.ipynb")).Notebook!;

        var dib = NotebookWriter.Serialize(notebook, NotebookFormat.Dib);
        var back = NotebookReader.Parse(dib, "x.dib").Notebook!;

        Assert.StartsWith("#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",", dib);
        Assert.Equal(notebook.Cells.Select(c => c.Source.ReplaceLineEndings("\n").TrimEnd('\n')), back.Cells.Select(c => c.Source));
        Assert.Equal(notebook.Cells.Select(c => c.Type == CellType.Code ? "csharp" : null), back.Cells.Select(c => c.KernelName));
    }

    [Fact]
    public void When_the_meta_kernel_info_has_the_wrong_shape_then_the_well_known_kernels_still_apply()
    {
        var result = NotebookReader.Parse("#!meta\n\n{\"kernelInfo\":[1]}\n\n#!fsharp\n\n1\n", "x.dib");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("fsharp", result.Notebook!.Cells.Single().KernelName);
    }
}
