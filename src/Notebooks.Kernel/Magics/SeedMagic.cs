using System.Globalization;
using System.Text.Json;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Kernel.Magics;

/// <summary><c>#!seed 42</c>: the same as <c>Seeds.Set(42)</c>, and says what it seeded.</summary>
public sealed class SeedCommand : KernelDirectiveCommand
{
    public JsonElement? Value { get; set; }
    public bool Help { get; set; }
}

static class SeedMagic
{
    static readonly MagicUsage Usage = new("#!seed", "#!seed <integer>",
        "Seeds Seeds.Random, Seeds.MLContext and TorchSharp with one integer, e.g. #!seed 42");

    public static void Register(Microsoft.DotNet.Interactive.Kernel root) =>
        MagicUsage.AddOnce<SeedCommand>(root, new KernelActionDirective("#!seed")
        {
            Description = "Seed every random number source the lessons use",
            Parameters =
            {
                new KernelDirectiveParameter("--value", "The seed, an integer") { AllowImplicitName = true, TypeHint = "number" },
                new KernelDirectiveParameter("--help", "Show usage") { Flag = true },
            },
        }, Handle);

    static Task Handle(SeedCommand command, KernelInvocationContext context)
    {
        if (command.Help) { Usage.Show(context); return Task.CompletedTask; }
        var text = MagicUsage.Text(command.Value);
        if (text is null)
            Usage.Fail(context, command, "missing the seed.");
        else if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
            Usage.Fail(context, command, $"'{text}' is not an integer between {int.MinValue} and {int.MaxValue}.");
        else
            context.DisplayAs(Seeds.Set(seed).ToString(), PlainTextFormatter.MimeType);
        return Task.CompletedTask;
    }
}
