namespace Notebooks.Kernel.Magics;

/// <summary>Adds the library's magic commands (#!seed, #!dataset, #!profile, #!device) to a kernel.</summary>
public static class MagicCommands
{
    public static void Register(Microsoft.DotNet.Interactive.Kernel root)
    {
        SeedMagic.Register(root);
        DatasetMagic.Register(root);
        DeviceMagic.Register(root);
        ProfileMagic.Register(root);
    }
}
