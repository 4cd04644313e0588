using System.Diagnostics;

namespace Notebooks.Runner.Worker;

/// <summary>
/// Splits a cell's time into compiling and running without touching the kernel: Roslyn's scripting loads
/// each submission's emitted assembly (named "ℛ*…") just before running it, so that load marks the end of
/// compiling.
/// </summary>
sealed class CompileClock : IDisposable
{
    long started, compiled;

    public CompileClock() => AppDomain.CurrentDomain.AssemblyLoad += OnLoad;

    public void Start()
    {
        Volatile.Write(ref compiled, 0);
        Volatile.Write(ref started, Stopwatch.GetTimestamp());
    }

    /// <summary>Seconds from Start until the cell's code was loaded; null when none was (a compile error, a magic-only cell).</summary>
    public double? CompileSeconds =>
        Volatile.Read(ref compiled) is var end && end > 0 ? Stopwatch.GetElapsedTime(Volatile.Read(ref started), end).TotalSeconds : null;

    void OnLoad(object? sender, AssemblyLoadEventArgs e)
    {
        if (e.LoadedAssembly.GetName().Name?.StartsWith("\u211B*", StringComparison.Ordinal) == true)
            Interlocked.CompareExchange(ref compiled, Stopwatch.GetTimestamp(), 0); // the first one: the cell's own submission
    }

    public void Dispose() => AppDomain.CurrentDomain.AssemblyLoad -= OnLoad;
}
