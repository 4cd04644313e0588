using System.Text.Json;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Kernel.Magics;

/// <summary><c>#!device</c> reports the TorchSharp device; <c>#!device cuda</c> also selects it (<c>Devices.Use</c>).</summary>
public sealed class DeviceCommand : KernelDirectiveCommand
{
    public JsonElement? Name { get; set; }
    public bool Help { get; set; }
}

static class DeviceMagic
{
    static readonly MagicUsage Usage = new("#!device", "#!device [cpu|cuda]",
        "Without an argument: shows the current device, whether CUDA is available and the CPU threads.",
        "With cpu or cuda: makes it Devices.Current for every lesson helper.");

    public static void Register(Microsoft.DotNet.Interactive.Kernel root) =>
        MagicUsage.AddOnce<DeviceCommand>(root, new KernelActionDirective("#!device")
        {
            Description = "Show or choose the TorchSharp device",
            Parameters =
            {
                new KernelDirectiveParameter("--name", "cpu or cuda") { AllowImplicitName = true }.AddCompletions(() => Devices.Names),
                new KernelDirectiveParameter("--help", "Show usage") { Flag = true },
            },
        }, Handle);

    static Task Handle(DeviceCommand command, KernelInvocationContext context)
    {
        if (command.Help) { Usage.Show(context); return Task.CompletedTask; }
        var name = MagicUsage.Text(command.Name);
        try
        {
            var report = name is null ? Devices.Describe() : Devices.Use(name);
            context.DisplayAs(report.ToString(), PlainTextFormatter.MimeType);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            Usage.Fail(context, command, e.Message);
        }
        return Task.CompletedTask;
    }
}
