using System.Diagnostics;
using System.Text;

namespace Notebooks.Engine.Execution.Worker;

/// <summary>
/// How to start a worker process. The engine never references the kernel host: whoever hosts it
/// (the runner) hands over a command line, and the engine adds the pipes and the working directory.
/// </summary>
public sealed class WorkerLauncher(string fileName, IReadOnlyList<string> arguments)
{
    public string FileName { get; } = fileName;
    public IReadOnlyList<string> Arguments { get; } = arguments;

    /// <summary>Runs a framework-dependent dll with the dotnet host that runs us (or the one on PATH).</summary>
    public static WorkerLauncher ForDll(string dllPath, params string[] arguments) =>
        new(DotnetHost(), [dllPath, .. arguments]);

    public WorkerLauncher WithArgument(string argument) => new(FileName, [.. Arguments, argument]);

    public ProcessStartInfo StartInfo(string workingDirectory)
    {
        var info = new ProcessStartInfo(FileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in Arguments) info.ArgumentList.Add(argument);
        return info;
    }

    static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
