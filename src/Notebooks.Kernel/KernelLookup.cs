using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;

namespace Notebooks.Kernel;

/// <summary>Finds the C# kernel behind whatever kernel a notebook or host hands the library.</summary>
static class KernelLookup
{
    public static CSharpKernel? CSharp(Microsoft.DotNet.Interactive.Kernel kernel) => kernel switch
    {
        CSharpKernel csharp => csharp,
        CompositeKernel composite => composite.ChildKernels.OfType<CSharpKernel>().FirstOrDefault(),
        _ => null,
    };
}
