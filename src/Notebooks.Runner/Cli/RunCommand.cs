using System.CommandLine;
using Notebooks.Engine.Execution;
using Notebooks.Engine.Execution.Worker;
using Spectre.Console;

namespace Notebooks.Runner.Cli;

/// <summary>`notebooks run &lt;paths…&gt;`: executes notebooks, each in a fresh worker, and writes the executed copies.</summary>
public static class RunCommand
{
    public static Command Create(Func<RunHooks> hooks, WorkerLauncher launcher)
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
        var parameters = new Option<string[]>("--param")
        {
            Description = "A notebook parameter as name=value; repeat for more.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var stream = new Option<bool?>("--stream") { Description = "Print cell output as it is produced (default: on at a terminal)." };

        var command = new Command("run", "Execute notebooks headless; exit 0 passed, 1 cell failed, 2 timeout, 3 crash, 4 bad input.")
        {
            paths, outputDir, inPlace, timeout, restoreTimeout, parameters, stream,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            if (ParameterList.Parse(parse.GetValue(parameters) ?? []) is { Error: { } error })
            {
                await Console.Error.WriteLineAsync($"--param: {error}");
                return (int)ExitCode.BadInput;
            }
            var terminal = !Console.IsOutputRedirected;
            var settings = new RunSettings(
                parse.GetValue(paths)!,
                parse.GetValue(outputDir)!,
                parse.GetValue(inPlace),
                new ExecutionOptions
                {
                    CellTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                    RestoreTimeout = TimeSpan.FromSeconds(parse.GetValue(restoreTimeout)),
                },
                ParameterList.Parse(parse.GetValue(parameters) ?? []).Values,
                parse.GetValue(stream) ?? terminal);

            // Logs should keep a failure on one line, not wrap it at an assumed 80 columns.
            if (!terminal) AnsiConsole.Console.Profile.Width = 240;
            var reporter = new ConsoleReporter(AnsiConsole.Console, settings.Stream, live: terminal);
            var pipeline = new RunPipeline(hooks(), new NotebookExecutor(launcher, settings.Execution), reporter);
            var (code, _) = await reporter.ShowAsync(() => pipeline.RunAsync(settings, Environment.CurrentDirectory, cancellation));
            return (int)code;
        });
        return command;
    }
}
