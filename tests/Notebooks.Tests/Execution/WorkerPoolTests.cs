using System.Diagnostics;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Notebooks.Engine.Execution.Worker;
using Notebooks.Runner.Cli;
using Notebooks.Runner.Worker;
using Xunit;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Execution;

public class WorkerPoolTests
{
    /// <summary>Starts the real worker through a shell that first appends its process id (kept by exec) to <c>pids</c>.</summary>
    static WorkerLauncher RecordingLauncher(string pidFile)
    {
        var self = SelfLauncher.Create();
        return new WorkerLauncher("/bin/sh", ["-c", $"echo $$ >> '{pidFile}'; exec \"$@\"", "sh", self.FileName, .. self.Arguments]);
    }

    static bool Alive(int pid)
    {
        try { return !Process.GetProcessById(pid).HasExited; }
        catch (ArgumentException) { return false; }
    }

    static async Task<IReadOnlyList<(NotebookFile File, NotebookResult Result)>> RunFolderAsync(
        NotebookExecutor executor, Dictionary<string, Notebook> notebooks, Func<RunSettings, RunSettings>? configure = null)
    {
        var root = Directory.CreateTempSubdirectory("nb-pool-").FullName;
        foreach (var name in notebooks.Keys) File.WriteAllText(Path.Combine(root, name), "");
        var hooks = new RunHooks
        {
            Read = path => ReadResult.Ok(notebooks[Path.GetFileName(path)].DeepCopy()),
            Write = (_, _) => WriteResult.Ok,
        };
        var settings = new RunSettings(["."], "out", false, new ExecutionOptions(), [], false);
        var (_, results) = await new RunPipeline(hooks, executor, new SilentReporter()).RunAsync(configure?.Invoke(settings) ?? settings, root);
        Directory.Delete(root, recursive: true);
        return results;
    }

    [Fact]
    public async Task When_a_worker_was_started_ahead_then_the_notebook_runs_in_it_and_sees_nothing_of_the_warm_up()
    {
        var executor = Executor(spares: 1);
        var folder = Directory.CreateTempSubdirectory("nb-pool-").FullName;
        executor.Workers.StartAhead(folder);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var asked = DateTime.Now;

        var result = await executor.ExecuteAsync(
            Of(Code("System.Diagnostics.Process.GetCurrentProcess().StartTime.ToString(\"O\")"),
               Code("warmUp", "raises-exception"),
               Code("System.IO.Directory.GetCurrentDirectory()")),
            folder);

        Assert.Equal(NotebookStatus.Passed, result.Status);
        var started = DateTime.Parse(result.Executed!.Cells[0].Outputs.OfType<DisplayOutput>().Single().Data["text/plain"]);
        Assert.True(started < asked, $"the worker started at {started:O}, after the notebook asked for one at {asked:O}");
        Assert.Contains("CS0103", result.Cells[1].Error!.Message + result.Cells[1].Error!.Detail); // 'warmUp' does not exist here
        Assert.Equal(folder, result.Executed.Cells[2].Text());
        Assert.Equal(0, executor.Workers.SpareCount);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task When_fail_fast_stops_a_run_then_the_worker_started_ahead_for_the_next_notebook_is_killed()
    {
        var pids = Path.Combine(Path.GetTempPath(), $"nb-pool-pids-{Guid.NewGuid():N}");
        var executor = Executor(spares: 1, launcher: RecordingLauncher(pids));
        var notebooks = new Dictionary<string, Notebook>
        {
            ["1-fails.ipynb"] = Of(Code("System.Threading.Thread.Sleep(3000);\nthrow new Exception(\"boom\");")),
            ["2-never.ipynb"] = Of(Code("1")),
        };

        var results = await RunFolderAsync(executor, notebooks, s => s with { FailFast = true });

        Assert.Equal([NotebookStatus.Failed, NotebookStatus.NotRun], results.Select(r => r.Result.Status));
        var started = File.ReadAllLines(pids).Select(int.Parse).ToList();
        File.Delete(pids);
        Assert.Equal(2, started.Count); // notebook 1's worker and the spare for notebook 2
        Assert.All(started, pid => Assert.False(Alive(pid), $"worker {pid} is still running"));
        Assert.Equal(0, executor.Workers.SpareCount);
    }

    [Fact]
    public async Task When_notebooks_run_on_warm_workers_then_outputs_and_located_failures_match_a_cold_run()
    {
        var notebooks = new Dictionary<string, Notebook>
        {
            ["1.ipynb"] = Of(Code("var rng = new Random(7);\nConsole.WriteLine(rng.Next(1000));"), Code("class Point { public int X = 3; }\nnew Point().X * 2")),
            ["2.ipynb"] = Of(Code("Console.WriteLine(\"before\");"), Code("var y = 1;\nthrow new InvalidOperationException(\"boom\");")),
            ["3.ipynb"] = Of(Code("int z = 1;\nstring s = z;")),
            ["4.ipynb"] = Of(Code("Enumerable.Range(1, 4).Sum()")),
        };

        var cold = await RunFolderAsync(Executor(spares: 0), notebooks);
        var warm = await RunFolderAsync(Executor(spares: 1), notebooks, s => s with { Parallel = 2 });

        Assert.Equal(Texts(cold), Texts(warm));
        Assert.Equal(cold.Select(r => FailureDescription.Describe(r.Result, r.File.RelativePath)), warm.Select(r => FailureDescription.Describe(r.Result, r.File.RelativePath)));
        Assert.Equal("2.ipynb: cell 2, line 2: InvalidOperationException: boom\n    throw new InvalidOperationException(\"boom\");",
            FailureDescription.Describe(warm[1].Result, "2.ipynb"));
        Assert.StartsWith("3.ipynb: cell 1, line 2: CS0029", FailureDescription.Describe(warm[2].Result, "3.ipynb"));

        static List<string> Texts(IReadOnlyList<(NotebookFile File, NotebookResult Result)> run) =>
            run.SelectMany(r => r.Result.Executed!.Cells.Select(c => $"{r.File.RelativePath}: {c.Text()}")).ToList();
    }

    sealed class SilentReporter : IRunReporter;
}
