using System.Text.Json;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Kernel.Magics;

/// <summary>What every magic shares: its usage text, showing it on --help, and failing with it on a bad argument.</summary>
sealed record MagicUsage(string Directive, string Synopsis, params string[] Details)
{
    public override string ToString() =>
        string.Join("\n", [$"Usage: {Synopsis}", .. Details.Select(d => "  " + d), $"  {Directive} --help   show this text"]);

    public void Show(KernelInvocationContext context) => context.DisplayAs(ToString(), PlainTextFormatter.MimeType);

    public void Fail(KernelInvocationContext context, KernelCommand command, string problem) =>
        context.Fail(command, message: $"{Directive}: {problem}\n{this}");

    /// <summary>Parameter values arrive as JSON: <c>#!seed 42</c> is a number, <c>#!seed abc</c> a string.</summary>
    public static string? Text(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { } v => v.GetRawText(),
    };

    /// <summary>One output with an HTML and a plain-text view, independent of the process-wide formatter registry.</summary>
    public static void Display(KernelInvocationContext context, object value, string html, string text) =>
        context.Publish(new DisplayedValueProduced(value, context.Command,
            [new FormattedValue(HtmlFormatter.MimeType, html), new FormattedValue(PlainTextFormatter.MimeType, text)]));

    /// <summary>Adds the directive once, so calling NotebookSetup.Load twice in a notebook is harmless.</summary>
    public static void AddOnce<TCommand>(Microsoft.DotNet.Interactive.Kernel root, KernelActionDirective directive,
        Func<TCommand, KernelInvocationContext, Task> handler) where TCommand : KernelCommand
    {
        if (root.KernelInfo.SupportedDirectives.Any(d => d.Name == directive.Name)) return;
        root.AddDirective(directive, handler);
    }
}
