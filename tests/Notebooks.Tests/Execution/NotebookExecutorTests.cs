using Xunit;
using System.Diagnostics;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Execution;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Execution;

public class NotebookExecutorTests
{
    [Fact]
    public async Task When_cells_print_display_and_return_then_the_executed_notebook_has_each_output()
    {
        var notebook = Of(
            Markdown("# Title"),
            Code("Console.WriteLine(\"hello\");\ndisplay(new { Answer = 42 });\n1 + 1"),
            Code("\"second\""),
            Code("display(\"once\")"));

        var result = await RunAsync(notebook);

        Assert.Equal(NotebookStatus.Passed, result.Status);
        var cell = result.Executed!.Cells[1];
        Assert.Equal(new StreamOutput("stdout", "hello\n"), cell.Outputs[0]);
        var shown = Assert.IsType<DisplayOutput>(cell.Outputs[1]);
        Assert.False(shown.IsResult);
        Assert.Contains("text/html", shown.Data.Keys);
        Assert.Contains("42", shown.Data["text/plain"]);
        var value = Assert.IsType<DisplayOutput>(cell.Outputs[2]);
        Assert.True(value.IsResult);
        Assert.Equal("2", value.Data["text/plain"]);
        Assert.Equal([1, 2, 3], result.Executed.Cells.Where(c => c.Type == CellType.Code).Select(c => c.ExecutionCount ?? 0));
        Assert.Single(result.Executed.Cells[3].Outputs); // display(x) returns what it showed: not shown twice
        Assert.Equal("once", result.Executed.Cells[3].Text());
        Assert.Equal("passed", cell.Metadata["execution"]!["status"]!.GetValue<string>());
        Assert.True(cell.Metadata["execution"]!["duration_ms"]!.GetValue<long>() >= 0);
        Assert.Empty(notebook.Cells[1].Outputs); // the input notebook is left as it was
        Assert.Equal([1, 2, 3], result.Cells.Select(c => c.Index)); // markdown has no result
    }

    [Fact]
    public async Task When_a_cell_throws_on_line_2_then_the_result_names_cell_and_line_and_keeps_earlier_outputs()
    {
        var notebook = Of(
            Code("Console.WriteLine(\"before\");"),
            Code("var x = 1;\nthrow new InvalidOperationException(\"boom\");"),
            Code("Console.WriteLine(\"after\");"));

        var result = await RunAsync(notebook);

        Assert.Equal(NotebookStatus.Failed, result.Status);
        var failing = result.FailingCell!;
        Assert.Equal(1, failing.Index);
        Assert.Equal(new CellError("InvalidOperationException", "boom", 2, "throw new InvalidOperationException(\"boom\");", failing.Error!.Detail), failing.Error);
        Assert.Contains("cell-2.csx:line 2", failing.Error.Detail);
        Assert.Equal("before\n", result.Executed!.Cells[0].Text());
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Executed.Cells[1].Outputs));
        Assert.Equal("boom", error.EValue);
        Assert.Equal(CellStatus.NotRun, result.Cells[2].Status);
        Assert.Empty(result.Executed.Cells[2].Outputs);
        Assert.Equal("test.ipynb: cell 2, line 2: InvalidOperationException: boom\n    throw new InvalidOperationException(\"boom\");",
            FailureDescription.Describe(result, "test.ipynb"));
    }

    [Fact]
    public async Task When_a_cell_does_not_compile_then_the_error_names_the_cell_line_counting_directives()
    {
        var result = await RunAsync(Of(Code("#!csharp\n\nvar ok = 1;\nint bad = \"text\";")));

        var error = result.FailingCell!.Error!;
        Assert.Equal(("CS0029", 4, "int bad = \"text\";"), (error.Name, error.Line, error.LineText));
        Assert.Contains("cell-1.csx(4,", error.Detail);
    }

    [Fact]
    public async Task When_a_cell_spins_past_its_timeout_then_the_notebook_times_out_and_the_worker_is_gone()
    {
        // The first cell warms up the C# compiler, which on a loaded machine can take seconds: give it room.
        var notebook = Of(Code("Console.WriteLine(Environment.ProcessId);"), Code("while (true) { }"), Code("1"));
        var clock = Stopwatch.StartNew();

        var result = await RunAsync(notebook, cellTimeoutSeconds: 10);

        Assert.InRange(clock.Elapsed.TotalSeconds, 10, 45);
        Assert.Equal(NotebookStatus.TimedOut, result.Status);
        Assert.Equal([CellStatus.Passed, CellStatus.TimedOut, CellStatus.NotRun], result.Cells.Select(c => c.Status));
        var workerId = int.Parse(result.Executed!.Cells[0].Outputs.OfType<StreamOutput>().First().Text.Trim());
        Assert.True(HasExited(workerId), $"worker {workerId} still runs");
        Assert.Equal("CellTimeoutError", result.Executed.Cells[1].Outputs.OfType<ErrorOutput>().Single().EName);
    }

    [Fact]
    public async Task When_the_worker_exits_mid_cell_then_the_notebook_crashed_and_the_next_notebook_still_runs()
    {
        var executor = Executor();

        var crashed = await executor.ExecuteAsync(Of(Code("Console.WriteLine(\"so far\");"), Code("Environment.Exit(3);")), Path.GetTempPath());
        var next = await executor.ExecuteAsync(Of(Code("1")), Path.GetTempPath());

        Assert.Equal(NotebookStatus.Crashed, crashed.Status);
        Assert.Equal([CellStatus.Passed, CellStatus.Crashed], crashed.Cells.Select(c => c.Status));
        Assert.Contains("exited with code 3", crashed.FailingCell!.Error!.Message);
        Assert.Equal("so far\n", crashed.Executed!.Cells[0].Text());
        Assert.Equal(NotebookStatus.Passed, next.Status);
    }

    [Fact]
    public async Task When_a_raises_exception_cell_throws_then_it_counts_as_expected_and_the_notebook_goes_on()
    {
        var result = await RunAsync(Of(Code("throw new Exception(\"meant\");", "raises-exception"), Code("\"next\"")));

        Assert.Equal(NotebookStatus.Passed, result.Status);
        Assert.Equal([CellStatus.ExpectedFailure, CellStatus.Passed], result.Cells.Select(c => c.Status));
        Assert.IsType<ErrorOutput>(result.Executed!.Cells[0].Outputs.Single());
    }

    [Fact]
    public async Task When_a_raises_exception_cell_runs_cleanly_then_the_notebook_fails()
    {
        var result = await RunAsync(Of(Code("1", "raises-exception"), Code("2")));

        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Equal("MissingExpectedError", result.FailingCell!.Error!.Name);
        Assert.Equal(CellStatus.NotRun, result.Cells[1].Status);
    }

    static Notebook AllowingErrors(params Cell[] cells)
    {
        var notebook = Of(cells);
        notebook.Metadata["execution"] = new System.Text.Json.Nodes.JsonObject { ["allow_errors"] = true };
        return notebook;
    }

    [Fact]
    public async Task When_notebook_metadata_allows_errors_then_a_throwing_cell_is_expected_and_its_error_is_kept()
    {
        var result = await RunAsync(AllowingErrors(Code("throw new InvalidOperationException(\"shown\");"), Code("\"next\"")));

        Assert.Equal(NotebookStatus.Passed, result.Status);
        Assert.Equal([CellStatus.ExpectedFailure, CellStatus.Passed], result.Cells.Select(c => c.Status));
        Assert.Equal("InvalidOperationException: shown", result.Executed!.Cells[0].Text());
        Assert.Equal("shown", result.Cells[0].Error!.Message);
        Assert.Equal("next", result.Executed.Cells[1].Text());
    }

    [Fact]
    public async Task When_errors_are_allowed_then_a_timed_out_cell_still_fails_the_notebook()
    {
        var result = await RunAsync(AllowingErrors(Code("while (true) { }"), Code("1")), cellTimeoutSeconds: 3);

        Assert.Equal(NotebookStatus.TimedOut, result.Status);
        Assert.Equal([CellStatus.TimedOut, CellStatus.NotRun], result.Cells.Select(c => c.Status));
    }

    [Fact]
    public async Task When_allow_errors_is_false_then_a_throwing_cell_fails_the_notebook()
    {
        var notebook = Of(Code("throw new Exception();"), Code("1"));
        notebook.Metadata["execution"] = new System.Text.Json.Nodes.JsonObject { ["allow_errors"] = false };

        var result = await RunAsync(notebook);

        Assert.Equal(NotebookStatus.Failed, result.Status);
    }

    [Fact]
    public async Task When_a_cell_is_tagged_skip_execution_then_it_is_skipped_and_others_run()
    {
        var result = await RunAsync(Of(Code("throw new Exception();", "skip-execution"), Code("1")));

        Assert.Equal([CellStatus.Skipped, CellStatus.Passed], result.Cells.Select(c => c.Status));
        Assert.Null(result.Executed!.Cells[0].ExecutionCount);
        Assert.Equal("skipped", result.Executed.Cells[0].Metadata["execution"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_a_notebook_runs_then_its_folder_is_the_working_directory()
    {
        var folder = Directory.CreateTempSubdirectory("nb-exec-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "sibling.txt"), "beside");

        var result = await RunAsync(Of(Code("System.IO.File.ReadAllText(\"sibling.txt\")")), folder);

        Assert.Equal("beside", result.Executed!.Cells[0].Outputs.OfType<DisplayOutput>().Single().Data["text/plain"]);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task When_a_cell_names_a_kernel_the_runner_lacks_then_the_cell_fails_saying_so()
    {
        var cell = Code("1");
        cell.Metadata["polyglot_notebook"] = new System.Text.Json.Nodes.JsonObject { ["kernelName"] = "fsharp" };

        var result = await RunAsync(Of(cell));

        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Contains("'fsharp'", result.FailingCell!.Error!.Message);
        Assert.Contains("csharp", result.FailingCell.Error.Message);
    }

    [Fact]
    public async Task When_a_display_is_updated_twice_then_the_latest_value_replaces_the_earlier_update()
    {
        var result = await RunAsync(Of(Code("var shown = display(\"first\");"), Code("shown.Update(\"second\");\nshown.Update(\"third\");")));

        Assert.Equal(NotebookStatus.Passed, result.Status);
        Assert.Equal("first", result.Executed!.Cells[0].Text());
        Assert.Equal("third", result.Executed.Cells[1].Text());
    }

    static bool HasExited(int processId)
    {
        try { return Process.GetProcessById(processId).HasExited; }
        catch (ArgumentException) { return true; }
    }

    [Fact]
    public async Task When_a_cell_runs_then_its_compile_time_is_measured_apart_from_its_run_time()
    {
        var result = await RunAsync(Of(Code("System.Threading.Thread.Sleep(700);\n1"), Code("int n = \"not a number\";")));

        var ran = result.Cells[0];
        Assert.True(ran.Compile > TimeSpan.Zero, $"compile {ran.Compile}");
        Assert.True(ran.Compile < ran.Duration - TimeSpan.FromMilliseconds(600), $"compile {ran.Compile} of {ran.Duration}: the sleep is not compiling");
        Assert.Null(result.Cells[1].Compile); // nothing was emitted, so no compile end to mark
    }
}
