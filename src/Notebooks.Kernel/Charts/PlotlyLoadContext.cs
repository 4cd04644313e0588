using System.Reflection;
using System.Runtime.Loader;

namespace Notebooks.Kernel.Charts;

/// <summary>
/// Plotly.NET 6 needs FSharp.Core 10.1, while the Jupyter/VS Code kernel already runs on FSharp.Core 10.0.
/// This context loads Notebooks.Charts.Plotly and everything in its folder (FSharp.Core first among them)
/// in isolation; framework assemblies still come from the default context.
/// </summary>
sealed class PlotlyLoadContext(string folder) : AssemblyLoadContext("Notebooks.Charts.Plotly")
{
    public const string EntryAssembly = "Notebooks.Charts.Plotly";

    /// <summary>Where the build copies the chart host: a plotly/ folder beside Notebooks.Kernel.dll.</summary>
    public static string DefaultFolder =>
        Path.Combine(Path.GetDirectoryName(typeof(PlotlyLoadContext).Assembly.Location)!, "plotly");

    public Assembly LoadEntry()
    {
        var entry = Path.Combine(folder, EntryAssembly + ".dll");
        if (!File.Exists(entry))
            throw new FileNotFoundException(
                $"Chart support is missing: {entry} does not exist. Build src/Notebooks.Kernel; it copies Notebooks.Charts.Plotly's output into that folder.",
                entry);
        LoadFromAssemblyPath(Path.Combine(folder, "FSharp.Core.dll"));
        return LoadFromAssemblyPath(entry);
    }

    protected override Assembly? Load(AssemblyName name)
    {
        var path = Path.Combine(folder, name.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
