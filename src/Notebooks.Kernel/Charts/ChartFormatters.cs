namespace Notebooks.Kernel.Charts;

/// <summary>Registers the chart and training-history formatters.</summary>
public static class ChartFormatters
{
    public static void Register()
    {
    }
}
