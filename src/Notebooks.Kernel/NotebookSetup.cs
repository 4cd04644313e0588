using Microsoft.DotNet.Interactive;

namespace Notebooks.Kernel;

/// <summary>
/// The one documented way a notebook loads this library, identical in VS Code, Jupyter and the runner:
/// <code>
/// #r "../artifacts/kernel/Notebooks.Kernel.dll"
/// Notebooks.Kernel.NotebookSetup.Load();
/// </code>
/// </summary>
public static class NotebookSetup
{
    /// <summary>Assemblies a lesson's cells use directly; referenced for the C# kernel's compiler.</summary>
    static readonly string[] LessonAssemblies =
    [
        "Notebooks.Kernel", "Microsoft.Data.Analysis", "Microsoft.ML.Core", "Microsoft.ML.Data",
        "Microsoft.ML.DataView", "Microsoft.ML", "Microsoft.ML.StandardTrainers", "Microsoft.ML.Transforms",
        "Microsoft.ML.FastTree", "Microsoft.ML.LightGbm", "TorchSharp", "Apache.Arrow",
    ];

    /// <summary>Loads into the kernel that is running the current cell.</summary>
    public static void Load() =>
        Load(KernelInvocationContext.Current?.HandlingKernel?.RootKernel
             ?? throw new InvalidOperationException("NotebookSetup.Load() must be called from a notebook cell; use Load(kernel) from a host."));

    public static void Load(Microsoft.DotNet.Interactive.Kernel root)
    {
        Formatters.FormatterRegistry.Register();
        Charts.ChartFormatters.Register();
        Tuning.TuningFormatters.Register();
        ModelTesting.ModelCardFormatter.Register();
        Reinforcement.VacuumFormatters.Register();
        Magics.MagicCommands.Register(root);
        ReferenceLessonAssemblies(root);
    }

    static void ReferenceLessonAssemblies(Microsoft.DotNet.Interactive.Kernel root)
    {
        var folder = Path.GetDirectoryName(typeof(NotebookSetup).Assembly.Location)!;
        var paths = LessonAssemblies.Select(name => Path.Combine(folder, name + ".dll")).Where(File.Exists);
        KernelLookup.CSharp(root)?.AddAssemblyReferences(paths);
    }
}
