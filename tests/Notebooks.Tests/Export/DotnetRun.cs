using System.Diagnostics;

namespace Notebooks.Tests.Export;

/// <summary>What `dotnet run app.cs -- args` did: exit code, output and how long it took (build included).</summary>
sealed record AppRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:F1} s\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs an exported file-based app the way a learner does, from the app's folder.</summary>
static class DotnetRun
{
    public static async Task<AppRun> AppAsync(string appFile, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appFile)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in (string[])["run", Path.GetFileName(appFile), "--", .. args]) start.ArgumentList.Add(arg);
        // `dotnet test` leaves MSBuild's own variables set; a nested build must find its SDK afresh.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cancel.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet run {appFile} did not finish within {timeout}");
        }
        return new AppRun(process.ExitCode, await stdout, await stderr, clock.Elapsed);
    }
}
