using Notebooks.Kernel.Formatters;

namespace Notebooks.Kernel.Reinforcement;

/// <summary>Shows rooms, worlds and played episodes as drawings; the text views are the map and a summary line.</summary>
public static class VacuumFormatters
{
    public static void Register()
    {
        FormatterRegistry.Register<VacuumLayout>(ToHtml, l => l.ToString());
        FormatterRegistry.Register<VacuumWorld>(ToHtml, ToText);
        FormatterRegistry.Register<VacuumEpisode>(ToHtml, e => e.Summary);
    }

    public static string ToHtml(VacuumLayout layout) => VacuumSvg.Figure(
        $"{layout.Name}: {layout.Width}×{layout.Height}, {layout.Dirt.Count} dirt, dock at {layout.Dock}",
        VacuumSvg.Draw(layout, layout.FullDirtMask));

    public static string ToHtml(VacuumWorld world) =>
        VacuumSvg.Figure(ToText(world), VacuumSvg.Draw(world.Layout, world.State.DirtMask, robot: world.State.Position));

    public static string ToText(VacuumWorld world) =>
        $"{world.Layout.Name}: robot at {world.State.Position}, {world.State.DirtLeft} dirt left, step {world.Steps}/{world.MaxSteps}, return {world.Return:F2}{(world.Done ? " (done)" : "")}";

    public static string ToHtml(VacuumEpisode episode)
    {
        var cut = episode.Path.Count > VacuumSvg.MaxDrawnSteps + 1 ? $" (first {VacuumSvg.MaxDrawnSteps} steps drawn)" : "";
        return VacuumSvg.Figure(episode.Summary + cut,
            VacuumSvg.Draw(episode.Layout, VacuumSvg.DirtLeftAfter(episode.Layout, episode.Path), episode.Path));
    }
}
