using System.Diagnostics;
using Notebooks.Engine.Documents;
using Notebooks.Runner.Worker;
using static Notebooks.Tests.Execution.TestNotebooks;

namespace Notebooks.Tests.Cli;

/// <summary>A worker never outlives its runner: a killed runner must not leave a lesson training on alone.</summary>
public class WorkerLifetimeTests
{
    [Fact]
    public async Task When_the_runner_is_killed_mid_cell_then_its_worker_exits_within_seconds()
    {
        var folder = Directory.CreateTempSubdirectory("nb-orphan-").FullName;
        Assert.True(NotebookWriter.Write(Of(Code("Console.WriteLine(\"spinning\");\nwhile (true) { }")), Path.Combine(folder, "spins.ipynb")).Succeeded);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { typeof(SelfLauncher).Assembly.Location, "run", "spins.ipynb", "--stream", "--timeout", "120" })
            start.ArgumentList.Add(arg);
        using var runner = Process.Start(start)!;
        var worker = -1;
        try
        {
            // The cell's own output proves the worker is inside the cell, not between cells.
            using var waiting = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while (await runner.StandardOutput.ReadLineAsync(waiting.Token) is { } line && !line.Contains("spinning")) { }
            worker = ChildOf(runner.Id) ?? throw new Xunit.Sdk.XunitException("the runner has no worker process");

            runner.Kill(); // SIGKILL: the runner gets no chance to stop its worker itself
            await runner.WaitForExitAsync();

            var clock = Stopwatch.StartNew();
            while (IsAlive(worker) && clock.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(100);
            Assert.False(IsAlive(worker), $"worker {worker} still runs {clock.Elapsed.TotalSeconds:0} s after its runner was killed");
        }
        finally
        {
            if (!runner.HasExited) runner.Kill(entireProcessTree: true);
            if (worker > 0 && IsAlive(worker)) Process.GetProcessById(worker).Kill();
        }
    }

    /// <summary>The first process whose parent is <paramref name="parent"/>, from /proc.</summary>
    static int? ChildOf(int parent)
    {
        foreach (var task in Directory.GetDirectories($"/proc/{parent}/task"))
        {
            var children = File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (children.Length > 0) return int.Parse(children[0]);
        }
        return null;
    }

    /// <summary>A zombie (exited, not yet reaped by whoever adopted it) no longer runs.</summary>
    static bool IsAlive(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1][0] != 'Z'; }
        catch (IOException) { return false; }
    }
}
