using System.CommandLine;
using Spectre.Console;

namespace Notebooks.Runner.Doctor;

/// <summary>`notebooks doctor [--fix]`: what is wrong with this machine for running the notebooks, and what to do.</summary>
public static class DoctorCommand
{
    public static Command Create()
    {
        var fix = new Option<bool>("--fix") { Description = "Repair what can be repaired here (the TorchSharp native library on Debian 12)." };
        var command = new Command("doctor", "Check the machine: .NET SDK, NuGet cache, kernel library, TorchSharp, Jupyter kernel, plotly.js.") { fix };
        command.SetAction(parse =>
        {
            var checks = new Doctor(RepoRoot.Find() ?? Environment.CurrentDirectory).Full(parse.GetValue(fix));
            Show(AnsiConsole.Console, checks);
            return checks.Any(c => c.State == CheckState.Problem) ? 1 : 0;
        });
        return command;
    }

    /// <summary>The fast checks `run` makes first; true (after saying what to do) when a run would fail inside a cell.</summary>
    public static bool QuickProblems(IAnsiConsole console)
    {
        if (RepoRoot.Find() is not { } root) return false; // notebooks outside this repository: nothing to check
        var problems = new Doctor(root).Quick().Where(c => c.State == CheckState.Problem).ToList();
        if (problems.Count > 0) Show(console, problems);
        return problems.Count > 0;
    }

    static void Show(IAnsiConsole console, IEnumerable<DoctorCheck> checks)
    {
        foreach (var check in checks)
        {
            var (mark, colour) = check.State switch
            {
                CheckState.Ok => ("✓", "green"),
                CheckState.Warning => ("!", "yellow"),
                _ => ("✗", "red"),
            };
            console.MarkupLine($"[{colour}]{mark} {Markup.Escape(check.Name)}[/]: {Markup.Escape(check.Detail)}");
            if (check.State != CheckState.Ok && check.Fix is { } todo) console.MarkupLine($"    [grey]→ {Markup.Escape(todo)}[/]");
        }
    }
}
