namespace Notebooks.Kernel.Formatters;

/// <summary>Registers every formatter family with .NET Interactive's Formatter.</summary>
public static class FormatterRegistry
{
    public static void Register()
    {
    }
}
