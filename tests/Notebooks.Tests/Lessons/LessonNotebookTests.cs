using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Notebooks.Engine.Parameters;
using Notebooks.Runner.Worker;

namespace Notebooks.Tests.Lessons;

/// <summary>Every lesson in notebooks/ runs top to bottom in a fresh worker, in its fast mode (--param quick=true).</summary>
public class LessonNotebookTests
{
    static readonly string NotebooksFolder = Path.Combine(RepoFolder(), "notebooks");

    public static TheoryData<string> Lessons()
    {
        var lessons = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(NotebooksFolder, "*.ipynb").Order(StringComparer.Ordinal))
            lessons.Add(Path.GetFileName(path));
        return lessons;
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task When_a_lesson_runs_in_fast_mode_then_every_cell_passes(string lesson)
    {
        var path = Path.Combine(NotebooksFolder, lesson);
        var read = NotebookReader.Read(path);
        Assert.True(read.Succeeded, read.Error);
        var injection = ParameterInjector.Inject(read.Notebook!, ["quick=true"]);
        Assert.True(injection.Succeeded, injection.Error);

        var executor = new NotebookExecutor(SelfLauncher.Create(), new ExecutionOptions { CellTimeout = TimeSpan.FromSeconds(240) });
        var result = await executor.ExecuteAsync(read.Notebook!, NotebooksFolder);

        if (result.Executed is { } executed)
        {
            var copy = Path.Combine(RepoFolder(), "artifacts", "test-executed", lesson);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            NotebookWriter.Write(executed, copy); // kept for reading a failure, like the runner's executed copies
        }
        Assert.True(result.Succeeded, FailureDescription.Describe(result, $"notebooks/{lesson}"));
    }

    static string RepoFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Notebooks.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Notebooks.sln not found above " + AppContext.BaseDirectory);
    }
}
