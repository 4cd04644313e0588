using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Notebooks.Kernel;

namespace Notebooks.Tests;

/// <summary>A real in-process kernel (composite + C#) with the library loaded the way a notebook's setup cell loads it.</summary>
static class LessonKernel
{
    public static (CompositeKernel Root, CSharpKernel CSharp) Create()
    {
        var csharp = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        var root = new CompositeKernel { csharp };
        root.DefaultKernelName = csharp.Name;
        NotebookSetup.Load(root);
        return (root, csharp);
    }
}
