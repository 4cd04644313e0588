using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Notebooks.Runner.Cli;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Cli;

public class ParallelRunTests
{
    /// <summary>Records every call as "Event notebook", from whichever thread makes it.</summary>
    sealed class RecordingReporter : IRunReporter
    {
        public List<string> Calls { get; } = [];
        void Add(string call) { lock (Calls) Calls.Add(call); }
        public void NotebookStarted(NotebookFile file, int number, int total) => Add($"start {file.RelativePath}");
        public void CellStarted(Notebook notebook, CellPosition position) => Add($"cell {notebook.Path}");
        public void OutputProduced(Notebook notebook, CellPosition position, CellOutput output) => Add($"output {notebook.Path}");
        public void NotebookFinished(NotebookFile file, NotebookResult result) => Add($"end {file.RelativePath}");
    }

    static async Task<(ExitCode Code, IReadOnlyList<(NotebookFile File, NotebookResult Result)> Results, RecordingReporter Reporter)> RunAsync(
        Dictionary<string, Notebook> notebooks, Func<RunSettings, RunSettings> configure)
    {
        var root = Directory.CreateTempSubdirectory("nb-par-").FullName;
        foreach (var name in notebooks.Keys) File.WriteAllText(Path.Combine(root, name), "");
        var hooks = new RunHooks
        {
            Read = path => ReadResult.Ok(Named(Path.GetFileName(path), notebooks[Path.GetFileName(path)])),
            Write = (_, _) => WriteResult.Ok,
        };
        var reporter = new RecordingReporter();
        var settings = configure(new RunSettings(["."], "out", false, new ExecutionOptions(), [], true));
        var (code, results) = await new RunPipeline(hooks, Executor(cellTimeoutSeconds: 60), reporter).RunAsync(settings, root);
        Directory.Delete(root, recursive: true);
        return (code, results, reporter);
    }

    static Notebook Named(string path, Notebook cells)
    {
        var notebook = new Notebook { Path = path };
        notebook.Cells.AddRange(cells.Cells);
        return notebook;
    }

    [Fact]
    public async Task When_two_notebooks_run_in_parallel_then_they_overlap_results_keep_input_order_and_reports_do_not_interleave()
    {
        // 1-waits only passes if 2-signals runs while it waits: run one after the other, it would time out.
        var signal = Path.Combine(Path.GetTempPath(), $"nb-par-signal-{Guid.NewGuid():N}");
        var notebooks = new Dictionary<string, Notebook>
        {
            ["1-waits.ipynb"] = Of(Code($"""
                var until = DateTime.UtcNow.AddSeconds(50);
                while (!System.IO.File.Exists(@"{signal}") && DateTime.UtcNow < until) System.Threading.Thread.Sleep(50);
                if (!System.IO.File.Exists(@"{signal}")) throw new Exception("ran alone");
                Console.WriteLine("saw the signal");
                """)),
            ["2-signals.ipynb"] = Of(Code($"""System.IO.File.WriteAllText(@"{signal}", ""); Console.WriteLine("signalled");""")),
        };

        var (code, results, reporter) = await RunAsync(notebooks, s => s with { Parallel = 2 });
        File.Delete(signal);

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(["1-waits.ipynb", "2-signals.ipynb"], results.Select(r => r.File.RelativePath));
        Assert.All(results, r => Assert.Equal(NotebookStatus.Passed, r.Result.Status));
        // Which notebook finishes first is a race; what matters is that each one's report comes out whole.
        var blocks = reporter.Calls.Chunk(4).Select(block => block.ToList()).ToList();
        Assert.Equal(2, blocks.Count);
        foreach (var block in blocks)
        {
            var name = block[0]["start ".Length..];
            Assert.Equal([$"start {name}", $"cell {name}", $"output {name}", $"end {name}"], block);
        }
        Assert.Equal(["1-waits.ipynb", "2-signals.ipynb"], blocks.Select(b => b[0]["start ".Length..]).Order());
    }

    [Fact]
    public async Task When_a_shard_is_given_then_only_its_part_of_the_sorted_list_runs()
    {
        var notebooks = new Dictionary<string, Notebook>
        {
            ["a.ipynb"] = Of(Code("1")),
            ["b.ipynb"] = Of(Code("throw new Exception(\"b is not in shard 1/2\");")),
            ["c.ipynb"] = Of(Code("3")),
        };

        var (code, results, _) = await RunAsync(notebooks, s => s with { Shard = new Shard(1, 2) });

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(["a.ipynb", "c.ipynb"], results.Select(r => r.File.RelativePath));
    }

    [Fact]
    public async Task When_a_shard_has_no_notebooks_then_nothing_runs_and_the_run_still_succeeds()
    {
        var notebooks = new Dictionary<string, Notebook> { ["only.ipynb"] = Of(Code("1")) };

        var (code, results, _) = await RunAsync(notebooks, s => s with { Shard = new Shard(2, 3) });

        Assert.Equal(ExitCode.Success, code);
        Assert.Empty(results);
    }
}
