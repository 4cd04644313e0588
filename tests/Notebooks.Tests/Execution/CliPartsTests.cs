using Notebooks.Engine.Execution;
using Notebooks.Engine.Execution.Worker;
using Notebooks.Runner.Cli;
using Xunit;

namespace Notebooks.Tests.Execution;

public class CliPartsTests
{
    [Fact]
    public void When_a_folder_is_searched_then_notebooks_are_found_recursively_except_build_folders()
    {
        var root = Directory.CreateTempSubdirectory("nb-find-").FullName;
        foreach (var file in new[] { "a.ipynb", "sub/b.dib", "sub/c.txt", "bin/d.ipynb", "obj/e.ipynb", "artifacts/executed/f.ipynb" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
            File.WriteAllText(Path.Combine(root, file), "{}");
        }

        var (files, unmatched) = NotebookFinder.Find([".", "sub/*.dib", "missing.ipynb"], root);

        Assert.Equal(["a.ipynb", Path.Combine("sub", "b.dib")], files.Select(f => f.RelativePath));
        Assert.Equal(["missing.ipynb"], unmatched);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void When_events_are_encoded_then_they_decode_to_the_same_event()
    {
        WorkerEvent[] events =
        [
            new ReadyEvent(["csharp"]),
            new StreamEvent(2, "stdout", "hi\n"),
            new ErrorEvent(3, "E", "boom", ["at x"], 4),
            new DoneEvent(3, false),
            new DoneEvent(4, true, 0.25),
        ];

        foreach (var sent in events)
        {
            var received = WorkerProtocol.TryDecodeEvent(WorkerProtocol.Encode(sent));
            Assert.Equal(WorkerProtocol.Encode(sent), WorkerProtocol.Encode(received!));
        }
        Assert.Null(WorkerProtocol.TryDecodeEvent("plain text a cell wrote to fd 1"));
    }

    [Theory]
    [InlineData(new[] { NotebookStatus.Passed, NotebookStatus.Failed }, ExitCode.CellFailed)]
    [InlineData(new[] { NotebookStatus.TimedOut, NotebookStatus.Failed }, ExitCode.Timeout)]
    [InlineData(new[] { NotebookStatus.Failed, NotebookStatus.Crashed, NotebookStatus.TimedOut }, ExitCode.Crash)]
    [InlineData(new[] { NotebookStatus.Crashed, NotebookStatus.Invalid }, ExitCode.BadInput)]
    [InlineData(new[] { NotebookStatus.Passed }, ExitCode.Success)]
    public void When_notebooks_end_differently_then_the_worst_exit_code_wins(NotebookStatus[] statuses, ExitCode expected) =>
        Assert.Equal(expected, statuses.Select(RunPipeline.ExitCodeOf).Max());
}
