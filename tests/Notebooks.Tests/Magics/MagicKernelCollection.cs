namespace Notebooks.Tests.Magics;

/// <summary>Kernel tests share process-wide state (Seeds, Devices, formatters): they run one at a time.</summary>
static class MagicKernelCollection
{
    public const string Name = "Magics kernel";
}
