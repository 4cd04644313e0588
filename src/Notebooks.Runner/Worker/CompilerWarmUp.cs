using Microsoft.DotNet.Interactive.Commands;

namespace Notebooks.Runner.Worker;

/// <summary>
/// A worker's first C# submission pays for JIT-compiling Roslyn and the kernel's pipeline (~1.4 s). A worker
/// started ahead pays it in a throwaway kernel before it reports ready, off the run's critical path; the
/// notebook's own kernel is built afterwards and starts empty. A cold worker skips it: there it would cost
/// about what it saves the first cell.
/// </summary>
static class CompilerWarmUp
{
    public static async Task RunAsync()
    {
        var (composite, csharp) = KernelFactory.Create();
        using (composite)
        {
            new ScriptOptionsAdapter(csharp).PrepareSubmission("warm-up.csx");
            var result = await composite.SendAsync(new SubmitCode("var warmUp = new[] { 1, 2 }.Sum();\nConsole.Write(\"\");\nwarmUp"));
            // Only speed is lost if it fails: the notebook's first cell warms the compiler up instead.
            foreach (var failed in result.Events.OfType<Microsoft.DotNet.Interactive.Events.CommandFailed>())
                await Console.Error.WriteLineAsync($"compiler warm-up failed: {failed.Message}");
        }
    }
}
