using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace Notebooks.Tests.Magics;

/// <summary>A real in-process kernel (composite + C#) with the library loaded the way a notebook loads it.</summary>
sealed class MagicKernel : IDisposable
{
    public CompositeKernel Root { get; }

    public MagicKernel() => Root = LessonKernel.Create().Root;

    public async Task<Run> Submit(string code) => new((await Root.SendAsync(new SubmitCode(code))).Events.ToList());

    public void Dispose() => Root.Dispose();

    public sealed record Run(IReadOnlyList<KernelEvent> Events)
    {
        public string? Failure => Events.OfType<CommandFailed>().FirstOrDefault()?.Message;

        public IEnumerable<string> Shown(string mime) => Events.OfType<DisplayEvent>()
            .SelectMany(e => e.FormattedValues).Where(v => v.MimeType == mime).Select(v => v.Value);

        /// <summary>The value of the cell's trailing expression.</summary>
        public object? Returned => Events.OfType<ReturnValueProduced>().Single().Value;

        public string Text => string.Join("\n", Shown("text/plain"));

        public Run Succeeded()
        {
            if (Failure is { } f) throw new Xunit.Sdk.XunitException($"cell failed: {f}");
            return this;
        }
    }
}
