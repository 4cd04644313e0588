using System.Collections.Concurrent;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Notebooks.Engine.Parameters;
using Notebooks.Runner.Worker;

namespace Notebooks.Tests.Lessons;

/// <summary>
/// Each lesson in notebooks/ run once per test process in its fast mode (--param quick=true), shared by the tests
/// that need a lesson's run (the lesson itself must pass; its exported app must print the same checks), so the
/// suite pays for every lesson once.
/// </summary>
public static class LessonRuns
{
    public static readonly string Repo = FindRepo();
    public static readonly string NotebooksFolder = Path.Combine(Repo, "notebooks");

    static readonly ConcurrentDictionary<string, Lazy<Task<NotebookResult>>> runs = new();

    public static TheoryData<string> Lessons()
    {
        var lessons = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(NotebooksFolder, "*.ipynb").Order(StringComparer.Ordinal))
            lessons.Add(Path.GetFileName(path));
        return lessons;
    }

    public static Task<NotebookResult> FastModeAsync(string lesson) =>
        runs.GetOrAdd(lesson, name => new Lazy<Task<NotebookResult>>(() => RunAsync(name))).Value;

    static async Task<NotebookResult> RunAsync(string lesson)
    {
        var read = NotebookReader.Read(Path.Combine(NotebooksFolder, lesson));
        if (read.Notebook is not { } notebook) throw new InvalidDataException(read.Error);
        var injection = ParameterInjector.Inject(notebook, ["quick=true"]);
        if (!injection.Succeeded) throw new InvalidDataException($"{lesson}: {injection.Error}");

        var executor = new NotebookExecutor(SelfLauncher.Create(), new ExecutionOptions { CellTimeout = TimeSpan.FromSeconds(240) });
        var result = await executor.ExecuteAsync(notebook, NotebooksFolder);
        if (result.Executed is { } executed)
        {
            var copy = Path.Combine(Repo, "artifacts", "test-executed", lesson);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            NotebookWriter.Write(executed, copy); // kept for reading a failure, like the runner's executed copies
        }
        return result;
    }

    static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Notebooks.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Notebooks.sln not found above " + AppContext.BaseDirectory);
    }
}
