using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using Notebooks.Runner.Cli;
using Xunit;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Execution;

public class RunPipelineTests
{
    [Fact]
    public async Task When_one_notebook_passes_and_one_is_unreadable_then_the_good_one_is_written_and_the_exit_code_is_bad_input()
    {
        var root = Directory.CreateTempSubdirectory("nb-run-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "lessons"));
        File.WriteAllText(Path.Combine(root, "lessons", "good.ipynb"), "");
        File.WriteAllText(Path.Combine(root, "lessons", "broken.ipynb"), "");
        var written = new Dictionary<string, Notebook>();
        var hooks = new RunHooks
        {
            Read = path => path.EndsWith("broken.ipynb") ? throw new FormatException($"{path}: line 1: not JSON") : Of(Code("System.IO.Directory.GetCurrentDirectory()")),
            Write = (notebook, path) => written[path] = notebook,
        };
        var pipeline = new RunPipeline(hooks, Executor(), new SilentReporter());
        var settings = new RunSettings(["lessons"], "out", false, new ExecutionOptions(), new Dictionary<string, string>(), false);

        var (code, results) = await pipeline.RunAsync(settings, root);

        Assert.Equal(ExitCode.BadInput, code);
        Assert.Equal(NotebookStatus.Invalid, results.Single(r => r.File.RelativePath.EndsWith("broken.ipynb")).Result.Status);
        var executed = Assert.Single(written);
        Assert.Equal(Path.Combine(root, "out", "lessons", "good.ipynb"), executed.Key);
        var cwd = executed.Value.Cells[0].Outputs.OfType<DisplayOutput>().Single().Data["text/plain"];
        Assert.Equal(Path.Combine(root, "lessons"), cwd);
        Directory.Delete(root, recursive: true);
    }

    sealed class SilentReporter : IRunReporter;
}
