using Notebooks.Engine.Documents;
using Notebooks.Runner.Cli;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Export;

public class ExportCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("export-command-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void When_one_notebook_cannot_be_exported_then_the_others_are_written_and_the_error_names_file_cell_and_line()
    {
        Write("good.ipynb", Of(Code("var x = 1;")));
        Write("bad.ipynb", Of(Markdown("# bad"), Code("var y = 2;\n#!who")));
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var exit = ExportCommand.Run([folder], Path.Combine(folder, "apps"), folder, stdout, stderr);

        Assert.Equal((int)ExitCode.BadInput, exit);
        Assert.True(File.Exists(Path.Combine(folder, "apps", "good.cs")));
        Assert.False(File.Exists(Path.Combine(folder, "apps", "bad.cs")));
        Assert.StartsWith("bad.ipynb: cell 2, line 2: #!who has no file-based app equivalent", stderr.ToString());
    }

    [Fact]
    public void When_no_output_folder_is_given_then_the_app_goes_beside_its_notebook_with_a_relative_project_path()
    {
        var repo = Lessons.LessonRuns.Repo;
        var notebooks = Path.Combine(repo, "artifacts", "test-export", "beside");
        Directory.CreateDirectory(notebooks);
        Write(Path.Combine(notebooks, "lesson.ipynb"), Of(Code("var x = 1;")));

        Assert.Equal(0, ExportCommand.Run([Path.Combine(notebooks, "lesson.ipynb")], null, folder, new StringWriter(), new StringWriter()));

        var source = File.ReadAllText(Path.Combine(notebooks, "lesson.cs"));
        Assert.Contains("#:project ../../../src/Notebooks.Kernel/Notebooks.Kernel.csproj\n", source);
        Assert.Contains("// lesson.cs: artifacts/test-export/beside/lesson.ipynb as a C# file-based app", source);
    }

    void Write(string name, Notebook notebook) => Assert.Null(NotebookWriter.Write(notebook, Path.Combine(folder, name)).Error);

}
