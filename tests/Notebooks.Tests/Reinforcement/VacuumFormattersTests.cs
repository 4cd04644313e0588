using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Events;
using Notebooks.Kernel.Reinforcement;
using Notebooks.Tests.Charts;

namespace Notebooks.Tests.Reinforcement;

[Collection("Formatter")]
public class VacuumFormattersTests
{
    [Fact]
    public void When_a_layout_is_drawn_then_every_cell_is_a_square_and_the_name_is_encoded()
    {
        var layout = VacuumLayout.Parse(Rooms.Furnished().ToString(), "<b>room</b>");

        var html = VacuumFormatters.ToHtml(layout);

        Assert.Contains("""<svg xmlns="http://www.w3.org/2000/svg" width="168" height="112" """, html);
        Assert.Equal(24, Regex.Matches(html, """<rect x="\d+" y="\d+" width="28" height="28" """).Count);
        Assert.Equal(2 * 3, Regex.Matches(html, "fill=\"#6b4a2b\"").Count);
        Assert.Contains("&lt;b&gt;room&lt;/b&gt;: 6×4, 2 dirt", html);
        Assert.DoesNotContain("<b>room", html);
    }

    [Fact]
    public void When_an_episode_is_drawn_then_its_path_is_a_line_and_cleaned_dirt_is_no_longer_drawn_as_dirt()
    {
        var world = new VacuumWorld(Rooms.Corridor());
        var moves = new Queue<Move>([Move.Right, Move.Right, Move.Left, Move.Left]);
        var episode = VacuumEpisode.Play(world, _ => moves.Dequeue(), "scripted");

        var html = VacuumFormatters.ToHtml(episode);

        Assert.Contains("""<polyline points="42,42 70,42 98,42 70,42 42,42" """, html);
        Assert.DoesNotContain("fill=\"#6b4a2b\"", html);
        Assert.Contains("stroke-dasharray", html);
        Assert.Contains("scripted: return 2.80 in 4 steps", html);
    }

    [Fact]
    public void When_a_path_is_very_long_then_only_its_first_moves_are_drawn()
    {
        var world = new VacuumWorld(Rooms.Corridor(), maxSteps: 5000);
        var episode = VacuumEpisode.Play(world, w => w.State.Position.Column == 1 ? Move.Right : Move.Left);

        var html = VacuumFormatters.ToHtml(episode);

        var points = Regex.Match(html, "<polyline points=\"([^\"]*)\"").Groups[1].Value.Split(' ');
        Assert.Equal(VacuumSvg.MaxDrawnSteps + 1, points.Length);
        Assert.Contains($"(first {VacuumSvg.MaxDrawnSteps} steps drawn)", html);
    }

    [Fact]
    public async Task When_a_cell_returns_a_world_then_the_kernel_shows_the_drawing_and_a_text_line()
    {
        using var kernel = InProcessKernel.Create();

        var events = await kernel.Run("""
            var world = new Notebooks.Kernel.Reinforcement.VacuumWorld(Notebooks.Kernel.Reinforcement.VacuumLayout.Parse("#####\n#D.*#\n#####", "corridor"));
            world.Step(Notebooks.Kernel.Reinforcement.Move.Right);
            world
            """);

        var value = Assert.Single(events.OfType<ReturnValueProduced>());
        Assert.Contains("<svg", Assert.Single(value.FormattedValues, v => v.MimeType == "text/html").Value);
        Assert.Equal("corridor: robot at (row 1, column 2), 1 dirt left, step 1/100, return -0.05",
            Assert.Single(value.FormattedValues, v => v.MimeType == "text/plain").Value);
    }
}
