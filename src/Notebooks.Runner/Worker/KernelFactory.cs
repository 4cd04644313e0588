using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Notebooks.Runner.Worker;

/// <summary>The kernel a worker runs notebooks in: C# inside a composite, as VS Code's Polyglot Notebooks host it.</summary>
static class KernelFactory
{
    public static (CompositeKernel Composite, CSharpKernel CSharp) Create()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective<CSharpKernel>((kernel, references) =>
            {
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseValueSharing();

        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;
        composite.UseImportMagicCommand();

        // Executed notebooks carry a plain-text twin of every rich value, for diffs, terminals and reports.
        Formatter.SetPreferredMimeTypesFor(typeof(object), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        return (composite, csharp);
    }

    /// <summary>Every name a cell's kernel metadata may use for a kernel in <paramref name="composite"/>.</summary>
    public static IReadOnlyList<string> Names(CompositeKernel composite) =>
        composite.ChildKernels.SelectMany(k => new[] { k.Name }.Concat(k.KernelInfo.Aliases)).Distinct().ToList();
}
