using System.Globalization;
using System.Text;
using Notebooks.Kernel.Html;

namespace Notebooks.Kernel.Reinforcement;

/// <summary>Draws a room as SVG: walls, furniture, dirt (still there, or cleaned when a path went over it), the dock, and a path.</summary>
public static class VacuumSvg
{
    const int Cell = 28;
    /// <summary>Longer paths are cut to their first moves so a drawing stays small.</summary>
    public const int MaxDrawnSteps = 1000;

    public static string Draw(VacuumLayout layout, int dirtMask, IReadOnlyList<Position>? path = null, Position? robot = null)
    {
        var svg = new StringBuilder($"""<svg xmlns="http://www.w3.org/2000/svg" width="{layout.Width * Cell}" height="{layout.Height * Cell}" font-family="sans-serif">""");
        foreach (var p in layout.Cells())
        {
            var (x, y) = (p.Column * Cell, p.Row * Cell);
            svg.Append(layout[p] switch
            {
                Tile.Wall => $"""<rect x="{x}" y="{y}" width="{Cell}" height="{Cell}" fill="#4a4a4a"/>""",
                Tile.Furniture => $"""<rect x="{x}" y="{y}" width="{Cell}" height="{Cell}" fill="#f4f1ea" stroke="#e2ddd0"/><rect x="{x + 3}" y="{y + 3}" width="{Cell - 6}" height="{Cell - 6}" rx="4" fill="#b07d4f"/>""",
                _ => $"""<rect x="{x}" y="{y}" width="{Cell}" height="{Cell}" fill="#f4f1ea" stroke="#e2ddd0"/>""",
            });
            if (p == layout.Dock)
                svg.Append($"""<rect x="{x + 4}" y="{y + 4}" width="{Cell - 8}" height="{Cell - 8}" rx="3" fill="#3c9a5f"/><text x="{x + Cell / 2}" y="{y + Cell / 2 + 4}" font-size="11" fill="#fff" text-anchor="middle">D</text>""");
            if (layout.DirtAt(p) is var dirt and >= 0)
                svg.Append((dirtMask & 1 << dirt) != 0 ? Dirt(x, y) : $"""<circle cx="{x + Cell / 2}" cy="{y + Cell / 2}" r="6" fill="none" stroke="#c8bfae" stroke-dasharray="2 2"/>""");
        }
        if (path is { Count: > 0 })
        {
            var shown = path.Take(MaxDrawnSteps + 1).ToList();
            var points = string.Join(" ", shown.Select(p => $"{Centre(p.Column)},{Centre(p.Row)}"));
            svg.Append($"""<polyline points="{points}" fill="none" stroke="#2b6cb0" stroke-width="3" stroke-opacity="0.55" stroke-linejoin="round"/>""");
            svg.Append($"""<circle cx="{Centre(shown[0].Column)}" cy="{Centre(shown[0].Row)}" r="5" fill="none" stroke="#2b6cb0" stroke-width="2"/>""");
            robot ??= shown[^1];
        }
        if (robot is { } r)
            svg.Append($"""<circle cx="{Centre(r.Column)}" cy="{Centre(r.Row)}" r="9" fill="#2b6cb0" stroke="#fff" stroke-width="2"/>""");
        return svg.Append("</svg>").ToString();
    }

    static string Dirt(int x, int y) => string.Concat(new[] { (9, 10), (17, 12), (12, 18) }
        .Select(d => $"""<circle cx="{x + d.Item1}" cy="{y + d.Item2}" r="2.6" fill="#6b4a2b"/>"""));

    static string Centre(int index) => (index * Cell + Cell / 2).ToString(CultureInfo.InvariantCulture);

    /// <summary>The dirt an episode leaves: what its path did not pass over.</summary>
    public static int DirtLeftAfter(VacuumLayout layout, IEnumerable<Position> path) =>
        path.Select(layout.DirtAt).Where(d => d >= 0).Aggregate(layout.FullDirtMask, (mask, d) => mask & ~(1 << d));

    public static string Figure(string caption, string svg) =>
        HtmlBuilder.Element("div", svg + HtmlBuilder.TextElement("div", caption, "font-size:12px;color:#555;margin-top:4px"), "display:inline-block;margin:4px 12px 4px 0;vertical-align:top");
}
