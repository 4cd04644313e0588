using System.CommandLine;
using Notebooks.Engine.Execution;
using Notebooks.Engine.Execution.Worker;
using Notebooks.Runner.Doctor;
using Spectre.Console;

namespace Notebooks.Runner.Cli;

/// <summary>`notebooks run &lt;paths…&gt;`: executes notebooks, each in a fresh worker, and writes the executed copies and reports.</summary>
public static class RunCommand
{
    public static Command Create(RunHooks hooks, WorkerLauncher launcher)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Notebook files, folders (searched recursively; artifacts, bin, obj skipped) or globs.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputDir = new Option<string>("--output-dir")
        {
            Description = "Where executed notebooks go, keeping their relative folders.",
            DefaultValueFactory = _ => Path.Combine("artifacts", "executed"),
        };
        var inPlace = new Option<bool>("--in-place") { Description = "Overwrite each notebook with its executed copy." };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds a cell may run (a notebook's metadata execution.timeout overrides).",
            DefaultValueFactory = _ => 300,
        };
        var restoreTimeout = new Option<double>("--restore-timeout")
        {
            Description = "Seconds a cell with #r \"nuget:…\" may run.",
            DefaultValueFactory = _ => 600,
        };
        var totalTimeout = new Option<double?>("--total-timeout") { Description = "Seconds the whole run may take; what did not run is reported." };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first notebook that does not pass; the rest are reported as not run." };
        var parameters = new Option<string[]>("--param")
        {
            Description = "A notebook parameter as name=value (overrides the cell tagged 'parameters'); repeat for more.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var compare = new Option<bool>("--compare") { Description = "Fail a notebook whose fresh outputs differ from the ones stored in it (nbval-style)." };
        var timings = new Option<bool>("--timings") { Description = "After the run, show where each notebook's time went (worker start, restore, first cell, other cells)." };
        var stream = new Option<bool?>("--stream") { Description = "Print cell output as it is produced (default: on at a terminal)." };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many notebooks run at once, each in its own worker (default: the processor count; 1 runs them one at a time, reporting live).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var shard = new Option<string?>("--shard") { Description = "Run only part i of n of the sorted notebook list (i/n, e.g. 2/4), for CI machines that split a run." };
        var reports = ReportOptions.Create();

        var command = new Command("run", "Execute notebooks headless; exit 0 passed, 1 cell failed, 2 timeout, 3 crash, 4 bad input.")
        {
            paths, outputDir, inPlace, timeout, restoreTimeout, totalTimeout, failFast, parameters, compare, timings, stream, parallel, shard,
        };
        reports.AddTo(command);
        command.SetAction(async (parse, cancellation) =>
        {
            var terminal = !Console.IsOutputRedirected;
            if (!terminal) AnsiConsole.Console.Profile.Width = 240; // logs keep a failure on one line
            if (DoctorCommand.QuickProblems(AnsiConsole.Console)) return (int)ExitCode.BadInput;
            if (parse.GetValue(parallel) < 1)
            {
                AnsiConsole.MarkupLine($"[red]--parallel {parse.GetValue(parallel)}: give a number of notebooks to run at once, 1 or more.[/]");
                return (int)ExitCode.BadInput;
            }
            Shard? part = null;
            if (parse.GetValue(shard) is { } shardText && (part = Shard.Parse(shardText, out var shardError)) is null)
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(shardError!)}[/]");
                return (int)ExitCode.BadInput;
            }

            var settings = new RunSettings(
                parse.GetValue(paths)!,
                parse.GetValue(outputDir)!,
                parse.GetValue(inPlace),
                new ExecutionOptions
                {
                    CellTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                    RestoreTimeout = TimeSpan.FromSeconds(parse.GetValue(restoreTimeout)),
                },
                parse.GetValue(parameters) ?? [],
                parse.GetValue(stream) ?? terminal)
            {
                FailFast = parse.GetValue(failFast),
                TotalTimeout = parse.GetValue(totalTimeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                Compare = parse.GetValue(compare),
                Parallel = parse.GetValue(parallel),
                Shard = part,
            };

            var reporter = new ConsoleReporter(AnsiConsole.Console, settings.Stream, live: terminal);
            var pipeline = new RunPipeline(hooks, new NotebookExecutor(launcher, settings.Execution, spares: SparesFor(settings.Parallel)), reporter);
            var (code, results) = await reporter.ShowAsync(() => pipeline.RunAsync(settings, Environment.CurrentDirectory, cancellation));
            if (parse.GetValue(timings)) TimingsTable.Show(AnsiConsole.Console, results.Select(r => r.Result));
            reports.Write(parse, results.Select(r => r.Result).ToList(), AnsiConsole.Console);
            return (int)code;
        });
        return command;
    }

    /// <summary>A worker started ahead warms the compiler on a core the running notebooks leave idle; when they
    /// use every core it only takes CPU from them (measured: the 12 lessons, --parallel 2 on 2 cores).</summary>
    static int SparesFor(int parallel) => parallel < Environment.ProcessorCount ? 1 : 0;
}
