using System.Text.Json;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using Notebooks.Kernel.Profiling;

namespace Notebooks.Kernel.Magics;

/// <summary><c>#!profile penguins</c>: the data profile of a DataFrame variable, the same as <c>penguins.Profile()</c>.</summary>
public sealed class ProfileCommand : KernelDirectiveCommand
{
    public JsonElement? Variable { get; set; }
    public bool Help { get; set; }
}

static class ProfileMagic
{
    static readonly MagicUsage Usage = new("#!profile", "#!profile <DataFrame variable>",
        "Shows per column: type, missing %, distinct values, range or top values, and flagged problems.");

    public static void Register(Microsoft.DotNet.Interactive.Kernel root) =>
        MagicUsage.AddOnce<ProfileCommand>(root, new KernelActionDirective("#!profile")
        {
            Description = "Profile a DataFrame variable: types, missing values, ranges, problems",
            Parameters =
            {
                new KernelDirectiveParameter("--variable", "The DataFrame variable") { AllowImplicitName = true },
                new KernelDirectiveParameter("--help", "Show usage") { Flag = true },
            },
        }, Handle);

    static Task Handle(ProfileCommand command, KernelInvocationContext context)
    {
        if (command.Help) { Usage.Show(context); return Task.CompletedTask; }
        var name = MagicUsage.Text(command.Variable);
        if (name is null) { Usage.Fail(context, command, "missing the variable name."); return Task.CompletedTask; }

        var csharp = KernelLookup.CSharp(context.HandlingKernel.RootKernel);
        if (csharp is null || !csharp.TryGetValue<object>(name, out var value))
            Usage.Fail(context, command, $"there is no C# variable named '{name}'.");
        else if (value is not DataFrame frame)
            Usage.Fail(context, command, $"'{name}' is a {value?.GetType().Name ?? "null"}, not a DataFrame.");
        else
        {
            var profile = frame.Profile();
            MagicUsage.Display(context, profile, profile.ToHtml(), profile.ToText());
        }
        return Task.CompletedTask;
    }
}
