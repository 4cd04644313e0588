using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Notebooks.Runner.Worker;

// Where a C# cell's time goes in the worker's kernel: each variant gets a fresh kernel, the lessons' setup cell,
// then the same small cells; variants alternate round by round (ABAB) so machine load hits them alike.
// A worker is a fresh process whose Roslyn still runs mostly unoptimized JIT code, so compare variants across
// processes too: CompileBench <repo root> <rounds> <notebook.ipynb or -> <variant index> runs one variant alone.
// Usage: CompileBench <repo root> [rounds] [notebook.ipynb: its code cells instead of the synthetic ones] [variant]
var root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
var notebook = args.Length > 2 && args[2] != "-" ? Path.GetFullPath(args[2]) : null;
Directory.SetCurrentDirectory(notebook is null ? Path.Combine(root, "notebooks") : Path.GetDirectoryName(notebook)!);
string[] cells = notebook is null ? [Cells.Setup, .. Cells.All] : Cells.FromNotebook(notebook);

var variants = new (string Name, bool Debug, OptimizationLevel Level)[]
{
    ("pdb+Release (worker now)", true, OptimizationLevel.Release),
    ("no pdb, Release", false, OptimizationLevel.Release),
    ("pdb+Debug", true, OptimizationLevel.Debug),
    ("no pdb, Debug", false, OptimizationLevel.Debug),
};
if (args.Length > 3) variants = [variants[int.Parse(args[3])]];
await CompilerWarmUp.RunAsync();
var results = variants.ToDictionary(v => v.Name, _ => new List<Phases>());
// Each round starts with a different variant: whichever runs first in a process also pays for JIT-ing Roslyn's paths.
for (var round = 0; round < rounds; round++)
    for (var k = 0; k < variants.Length; k++)
        if (variants[(round + k) % variants.Length] is var variant)
            results[variant.Name].AddRange(await RunVariant(cells, variant.Debug, variant.Level));

Console.WriteLine($"load {File.ReadAllText("/proc/loadavg").Trim()}; {cells.Length} cells x {rounds} rounds; medians, ms per cell");
Console.WriteLine($"{"variant",-26} {"total",7} {"to handler",10} {"compile",8} {"after load",10} {"diagnostics",11} {"compile sum",11}");
foreach (var (name, phases) in results)
    Console.WriteLine($"{name,-26} {Median(phases, p => p.Total),7:F1} {Median(phases, p => p.ToHandler),10:F1} {Median(phases, p => p.Compile),8:F1} " +
                      $"{Median(phases, p => p.AfterLoad),10:F1} {Median(phases, p => p.Diagnostics),11:F1} {phases.Sum(p => p.Compile) / rounds,11:F0}");

static double Median(List<Phases> all, Func<Phases, double> pick)
{
    var sorted = all.Select(pick).Order().ToArray();
    return sorted[sorted.Length / 2];
}

static async Task<List<Phases>> RunVariant(string[] cells, bool debug, OptimizationLevel level)
{
    var (composite, csharp) = KernelFactory.Create();
    using var _ = composite;
    var options = typeof(CSharpKernel).GetField("_scriptOptions", BindingFlags.Instance | BindingFlags.NonPublic)!;
    var adapter = new ScriptOptionsAdapter(csharp);
    using var clock = new CompileClock();
    long handlerAt = 0;
    using var subscription = composite.KernelEvents.Subscribe(e =>
    {
        if (e is CodeSubmissionReceived) Interlocked.CompareExchange(ref handlerAt, Stopwatch.GetTimestamp(), 0);
    });

    async Task<Phases?> Submit(int index, string code)
    {
        adapter.PrepareSubmission(WorkerProtocolFile(index));
        var prepared = (ScriptOptions)options.GetValue(csharp)!;
        options.SetValue(csharp, prepared.WithEmitDebugInformation(debug).WithOptimizationLevel(level));
        Interlocked.Exchange(ref handlerAt, 0);
        clock.Start();
        var start = Stopwatch.GetTimestamp();
        var result = await composite.SendAsync(new SubmitCode(code));
        var total = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
            Console.Error.WriteLine($"cell {index + 1} failed: {failed.Message}");
        var diagnosticsStart = Stopwatch.GetTimestamp();
        csharp.ScriptState.Script.GetCompilation().GetDiagnostics();
        var diagnostics = Stopwatch.GetElapsedTime(diagnosticsStart).TotalMilliseconds;
        if (clock.CompileSeconds is not { } compile) return null;
        var toHandler = Stopwatch.GetElapsedTime(start, Interlocked.Read(ref handlerAt)).TotalMilliseconds;
        return new Phases(total, toHandler, compile * 1000, total - compile * 1000, diagnostics);
    }

    var phases = new List<Phases>();
    for (var i = 0; i < cells.Length; i++)
        if (await Submit(i, cells[i]) is { } p && i > 0) phases.Add(p); // the first is the setup cell: loads, not compiles
    return phases;
}

static string WorkerProtocolFile(int index) => Notebooks.Engine.Execution.Worker.WorkerProtocol.ScriptFileName(index);

/// <param name="ToHandler">SendAsync until CSharpKernel's handler starts (composite routing, directive parsing).</param>
/// <param name="Compile">SendAsync until the submission's assembly loads (what the worker reports as compiling).</param>
/// <param name="AfterLoad">Running, then the kernel's workspace update, diagnostics and return-value formatting.</param>
/// <param name="Diagnostics">A second GetDiagnostics() on the submission's compilation, as the kernel calls after each run.</param>
record Phases(double Total, double ToHandler, double Compile, double AfterLoad, double Diagnostics);
