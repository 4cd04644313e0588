using Xunit;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Tests.Formatters;

/// <summary>
/// A real in-process C# kernel with the library loaded the way a notebook's setup cell loads it. Formatter
/// registrations are process-wide, so every test that formats through the registry runs in this one
/// collection, which xunit runs alone.
/// </summary>
public sealed class InProcessKernel : IDisposable
{
    readonly CompositeKernel kernel;
    readonly CSharpKernel csharp;

    public InProcessKernel()
    {
        Formatter.ResetToDefault();
        (kernel, csharp) = LessonKernel.Create();
    }

    public Task SetValueAsync<T>(string name, T value) where T : notnull => csharp.SetValueAsync(name, value, typeof(T));

    /// <summary>Runs a cell and returns its value's formatted views by mime type.</summary>
    public async Task<IReadOnlyDictionary<string, string>> FormattedValueOf(string code)
    {
        var result = await kernel.SendAsync(new SubmitCode(code));
        var failure = result.Events.OfType<CommandFailed>().FirstOrDefault();
        Assert.True(failure is null, failure?.Message);
        var produced = result.Events.OfType<DisplayEvent>().LastOrDefault(e => e.Value is not DisplayedValue);
        Assert.NotNull(produced);
        return produced.FormattedValues.ToDictionary(v => v.MimeType, v => v.Value);
    }

    public void Dispose()
    {
        kernel.Dispose();
        Formatter.ResetToDefault();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FormatterRegistryCollection : ICollectionFixture<InProcessKernel>
{
    public const string Name = "Formatter registry";
}
