using Notebooks.Kernel.Formatters;

namespace Notebooks.Kernel.Tuning;

public static class TuningFormatters
{
    public static void Register() => FormatterRegistry.Register<Leaderboard>(b => b.ToHtml(), b => b.ToText());
}
