using System.Diagnostics;
using System.Runtime.InteropServices;
using Notebooks.Build;

namespace Notebooks.Runner.Doctor;

/// <summary>
/// Checks the machine before a run. The quick checks (files only) run before every `run`;
/// the full set, which also loads native libraries and asks other tools, runs with `doctor`.
/// </summary>
public sealed class Doctor(string repoRoot)
{
    string KernelFolder => Path.Combine(repoRoot, "artifacts", "kernel");

    public IReadOnlyList<DoctorCheck> Quick() => [KernelLibraryBuilt(), TorchSharpPatched()];

    public IReadOnlyList<DoctorCheck> Full(bool fix) =>
    [
        DotnetSdk(), NuGetCache(), KernelLibraryBuilt(), fix ? FixTorchSharp() : TorchSharpPatched(),
        TorchSharpLoads(), JupyterKernel(), PlotlyJs(),
    ];

    DoctorCheck DotnetSdk()
    {
        var version = RunTool("dotnet", "--version");
        return version is not null && int.TryParse(version.Split('.')[0], out var major) && major >= 10
            ? new(".NET SDK", CheckState.Ok, version)
            : new(".NET SDK", CheckState.Problem, version ?? "dotnet not found", "install the .NET 10 SDK (global.json asks for 10.0.100 or later)");
    }

    static DoctorCheck NuGetCache()
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var warm = Directory.Exists(Path.Combine(cache, "torchsharp", "0.107.0"))
                   && Directory.Exists(Path.Combine(cache, "microsoft.dotnet.interactive.csharp"));
        return warm
            ? new("NuGet cache", CheckState.Ok, $"warm at {cache}: notebooks restore offline")
            : new("NuGet cache", CheckState.Warning, $"cold at {cache}: the first restore downloads ~1.2 GB (libtorch)",
                "run `dotnet build Notebooks.sln` once while a NuGet source is reachable");
    }

    DoctorCheck KernelLibraryBuilt() =>
        File.Exists(Path.Combine(KernelFolder, "Notebooks.Kernel.dll"))
            ? new("Kernel library", CheckState.Ok, "artifacts/kernel/Notebooks.Kernel.dll is built")
            : new("Kernel library", CheckState.Problem, "artifacts/kernel/Notebooks.Kernel.dll is missing: every notebook's setup cell references it",
                "run `dotnet build Notebooks.sln`");

    string LibTorchSharp => Path.Combine(KernelFolder, "libLibTorchSharp.so");

    DoctorCheck TorchSharpPatched()
    {
        const string name = "TorchSharp native (Debian 12 fix)";
        if (!GlibcxxWeakener.SystemNeedsPatch()) return new(name, CheckState.Ok, "this libstdc++ has GLIBCXX_3.4.32: nothing to do");
        if (!File.Exists(LibTorchSharp)) return new(name, CheckState.Warning, "libLibTorchSharp.so not built yet", "run `dotnet build Notebooks.sln`");
        return GlibcxxWeakener.Inspect(LibTorchSharp) == GlibcxxWeakener.Outcome.NeedsPatch
            ? new(name, CheckState.Problem, "libLibTorchSharp.so needs GLIBCXX_3.4.32, which this libstdc++ lacks: TorchSharp will not load",
                "run `dotnet run --project src/Notebooks.Runner -- doctor --fix` (or rebuild: the build applies the fix)")
            : new(name, CheckState.Ok, "GLIBCXX_3.4.32 need is weak: TorchSharp loads with this libstdc++");
    }

    DoctorCheck FixTorchSharp()
    {
        if (GlibcxxWeakener.SystemNeedsPatch() && File.Exists(LibTorchSharp))
            GlibcxxWeakener.MakeWeak(LibTorchSharp);
        return TorchSharpPatched();
    }

    DoctorCheck TorchSharpLoads()
    {
        const string name = "TorchSharp loads";
        if (!File.Exists(LibTorchSharp)) return new(name, CheckState.Warning, "not built yet", "run `dotnet build Notebooks.sln`");
        try
        {
            NativeLibrary.Free(NativeLibrary.Load(LibTorchSharp));
            return new(name, CheckState.Ok, "libLibTorchSharp.so and libtorch load");
        }
        catch (DllNotFoundException e)
        {
            return new(name, CheckState.Problem, e.Message.Split('\n')[0], "run `dotnet run --project src/Notebooks.Runner -- doctor --fix`");
        }
    }

    static DoctorCheck JupyterKernel()
    {
        var specs = RunTool("jupyter", "kernelspec list");
        if (specs is null) return new("Jupyter kernel", CheckState.Ok, "Jupyter not installed: only needed to open notebooks in Jupyter");
        return specs.Contains(".net-csharp")
            ? new("Jupyter kernel", CheckState.Ok, ".net-csharp kernel is registered")
            : new("Jupyter kernel", CheckState.Warning, "Jupyter is installed but the .NET kernel is not registered",
                "run `dotnet tool restore && dotnet tool run dotnet-interactive jupyter install`");
    }

    DoctorCheck PlotlyJs() =>
        File.Exists(Path.Combine(repoRoot, "artifacts", "plotly", "plotly.min.js"))
            ? new("plotly.js (offline HTML reports)", CheckState.Ok, "artifacts/plotly/plotly.min.js is present")
            : new("plotly.js (offline HTML reports)", CheckState.Warning, "missing: HTML reports show charts only when online",
                "run `dotnet build Notebooks.sln` with npm available (it fetches plotly.js-dist-min)");

    static string? RunTool(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            });
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(10_000);
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // the tool is not installed
        }
    }
}
