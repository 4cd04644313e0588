using System.Text.Json;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Kernel.Data;

namespace Notebooks.Kernel.Magics;

/// <summary><c>#!dataset penguins [--as df]</c> loads a data set into a C# DataFrame variable and shows where it came from.</summary>
public sealed class DatasetCommand : KernelDirectiveCommand
{
    public JsonElement? Name { get; set; }
    public JsonElement? As { get; set; }
    public bool List { get; set; }
    public bool Help { get; set; }
}

static class DatasetMagic
{
    static readonly MagicUsage Usage = new("#!dataset", "#!dataset <name> [--as <variable>]  |  #!dataset --list",
        "Loads a data set from data/ into a C# DataFrame variable (default: the name, with - as _).",
        "--list   shows the data sets there are");

    public static void Register(Microsoft.DotNet.Interactive.Kernel root) =>
        MagicUsage.AddOnce<DatasetCommand>(root, new KernelActionDirective("#!dataset")
        {
            Description = "Load one of the repository's data sets into a DataFrame variable",
            Parameters =
            {
                new KernelDirectiveParameter("--name", "The data set") { AllowImplicitName = true }
                    .AddCompletions(() => DatasetCatalog.All.Select(d => d.Name)),
                new KernelDirectiveParameter("--as", "The C# variable to create"),
                new KernelDirectiveParameter("--list", "List the data sets") { Flag = true },
                new KernelDirectiveParameter("--help", "Show usage") { Flag = true },
            },
        }, Handle);

    static async Task Handle(DatasetCommand command, KernelInvocationContext context)
    {
        if (command.Help) { Usage.Show(context); return; }
        if (command.List) { DatasetCard.ShowList(context); return; }

        var name = MagicUsage.Text(command.Name);
        if (name is null) { Usage.Fail(context, command, "missing the data set name."); return; }
        if (!DatasetCatalog.TryGet(name, out var info))
        {
            Usage.Fail(context, command, $"unknown data set '{name}'. Available: {string.Join(", ", DatasetCatalog.All.Select(d => d.Name))}.");
            return;
        }
        var variable = MagicUsage.Text(command.As) ?? DatasetVariable.Default(info.Name);
        if (!DatasetVariable.IsValid(variable)) { Usage.Fail(context, command, $"'{variable}' is not a valid C# variable name."); return; }

        Microsoft.Data.Analysis.DataFrame frame;
        try { frame = Datasets.Load(info.Name); }
        catch (Exception e) when (e is DataFileException or DirectoryNotFoundException)
        {
            context.Fail(command, message: $"#!dataset: {e.Message}");
            return;
        }

        var root = context.HandlingKernel.RootKernel;
        var send = new SendValue(variable, frame,
            new FormattedValue(PlainTextFormatter.MimeType, $"DataFrame {frame.Rows.Count} × {frame.Columns.Count}"),
            CSharpKernelName(root));
        send.SetParent(command);
        var result = await root.SendAsync(send);
        if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
        {
            context.Fail(command, message: $"#!dataset: could not create variable '{variable}': {failed.Message}");
            return;
        }
        DatasetCard.Show(context, info, variable);
    }

    static string CSharpKernelName(Microsoft.DotNet.Interactive.Kernel root) => KernelLookup.CSharp(root)?.Name ?? "csharp";
}
