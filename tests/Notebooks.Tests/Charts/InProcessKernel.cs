using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace Notebooks.Tests.Charts;

/// <summary>A C# kernel in this process, set up as a notebook's first cell would: NotebookSetup.Load.</summary>
static class InProcessKernel
{
    public static CompositeKernel Create() => LessonKernel.Create().Root;

    public static async Task<IReadOnlyList<KernelEvent>> Run(this CompositeKernel kernel, string code)
    {
        var result = await kernel.SendAsync(new SubmitCode(code));
        var failure = result.Events.OfType<CommandFailed>().FirstOrDefault();
        if (failure is not null)
            throw new InvalidOperationException($"Cell failed: {failure.Message}\n{code}");
        return result.Events;
    }
}
