using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.CSharp;

namespace Notebooks.Runner.Worker;

/// <summary>
/// CSharpKernel compiles without debug information or a file name, so exceptions carry no line
/// numbers, and in Debug mode, which also tells the JIT not to optimize a cell's loops. Its private
/// <c>_scriptOptions</c> field is the only way in; if a later version renames it, cells still run
/// (slower) and errors simply come without a line.
/// </summary>
sealed class ScriptOptionsAdapter(CSharpKernel kernel)
{
    static readonly FieldInfo? Field =
        typeof(CSharpKernel).GetField("_scriptOptions", BindingFlags.Instance | BindingFlags.NonPublic);

    public bool Supported => Field?.FieldType == typeof(ScriptOptions);

    /// <summary>Names the next submission's code <paramref name="fileName"/>, emits its line table and optimizes it.</summary>
    public void PrepareSubmission(string fileName)
    {
        if (!Supported || Field!.GetValue(kernel) is not ScriptOptions options) return;
        Field.SetValue(kernel, options
            .WithEmitDebugInformation(true)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithFilePath(fileName)
            .WithFileEncoding(Encoding.UTF8));
    }
}
