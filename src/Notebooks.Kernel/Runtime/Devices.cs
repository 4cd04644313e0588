using TorchSharp;
using static TorchSharp.torch;

namespace Notebooks.Kernel;

/// <summary>The TorchSharp device every lesson trains on. <c>#!device cuda</c> calls <see cref="Use"/>.</summary>
public static class Devices
{
    static Device? current;

    /// <summary>CPU until <see cref="Use"/> picks another.</summary>
    public static Device Current => current ??= CPU;

    public static readonly IReadOnlyList<string> Names = ["cpu", "cuda"];

    /// <summary>Selects "cpu" or "cuda"; asking for CUDA where it is not available is an error, not a silent CPU.</summary>
    public static DeviceReport Use(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        if (!Names.Contains(key))
            throw new ArgumentException($"Unknown device '{name}'; expected one of: {string.Join(", ", Names)}.");
        if (key == "cuda" && !cuda.is_available())
            throw new InvalidOperationException("CUDA is not available here (TorchSharp-cpu, or no GPU); use cpu.");
        current = key == "cuda" ? CUDA : CPU;
        return Describe();
    }

    public static DeviceReport Describe() =>
        new(Current.type.ToString().ToLowerInvariant(), cuda.is_available(), cuda.is_available() ? cuda.device_count() : 0, get_num_threads());
}

public sealed record DeviceReport(string Device, bool CudaAvailable, int CudaDevices, int Threads)
{
    public override string ToString() =>
        $"Device: {Device} (CUDA {(CudaAvailable ? $"available, {CudaDevices} device(s)" : "not available")}; {Threads} CPU threads)";
}
