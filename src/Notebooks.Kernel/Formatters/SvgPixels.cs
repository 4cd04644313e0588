using Notebooks.Kernel.Html;
using System.Text;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Formatters;

/// <summary>
/// What the image views share: reading a batch of greyscale images into floats (block-averaged down to a
/// bounded size), quantising values to a few levels, and drawing levels as SVG paths: one path per non-zero
/// level, each run of equal pixels in a row one rectangle of it, so a drawing stays small.
/// </summary>
static class SvgPixels
{
    /// <summary>Larger images are block-averaged down to at most this many pixels a side, to bound the SVG.</summary>
    public const int MaxSide = 32;

    /// <summary>The first <paramref name="shown"/> images of an N×1×H×W or N×H×W tensor, row by row, at most
    /// <see cref="MaxSide"/> a side (every image averaged down by the same factor).</summary>
    public static (float[] Pixels, int Height, int Width) Read(Tensor images, int shown)
    {
        var (height, width) = ((int)images.shape[^2], (int)images.shape[^1]);
        var factor = (int)Math.Ceiling(Math.Max(height, width) / (double)MaxSide);
        using var scope = NewDisposeScope();
        var batch = images.detach()[..shown].cpu().to_type(ScalarType.Float32).reshape(shown, 1, height, width);
        if (factor > 1) batch = nn.functional.avg_pool2d(batch, [factor, factor], [factor, factor], ceil_mode: true);
        return (batch.contiguous().data<float>().ToArray(), (int)batch.shape[2], (int)batch.shape[3]);
    }

    /// <summary>0..levels-1 for <paramref name="v"/> in low..high; 0 for a value that is not finite or an empty range.</summary>
    public static byte Level(float v, float low, float high, int levels) =>
        !float.IsFinite(v) || high <= low ? (byte)0 : (byte)Math.Clamp((int)((v - low) / (high - low) * levels), 0, levels - 1);

    /// <summary>Appends one <c>&lt;path&gt;</c> per level 1..levels-1 that occurs; <paramref name="paint"/> gives its attributes.</summary>
    public static void Append(StringBuilder svg, byte[] image, int height, int width, int levels, Func<int, string> paint)
    {
        var paths = new StringBuilder[levels];
        for (var row = 0; row < height; row++)
            for (var col = 0; col < width;)
            {
                var level = image[row * width + col];
                var run = 1;
                while (col + run < width && image[row * width + col + run] == level) run++;
                if (level > 0) (paths[level] ??= new StringBuilder()).Append($"M{col} {row}h{run}v1h-{run}z");
                col += run;
            }
        for (var level = 1; level < levels; level++)
            if (paths[level] is { } d) svg.Append($"<path {paint(level)} d=\"{d}\"/>");
    }

    public const int GreyLevels = 16;
    const int TargetImagePixels = 56;
    const int LabelHeight = 14;
    const int Gap = 4;

    /// <summary>The fill of a grey level, black (0) to white (<see cref="GreyLevels"/> - 1).</summary>
    public static string GreyFill(int level)
    {
        var grey = (level * 255 / (GreyLevels - 1)).ToString("x2");
        return $"fill=\"#{grey}{grey}{grey}\"";
    }

    /// <summary>
    /// The grid both image views draw: <paramref name="count"/> images of height×width in rows of
    /// <paramref name="columns"/>, scaled up to about 56 px, each on black with an optional encoded label under it;
    /// <paramref name="drawImage"/> appends image n's paths.
    /// </summary>
    public static string Grid(int count, int columns, int height, int width, IReadOnlyList<string>? labels, Action<StringBuilder, int> drawImage)
    {
        var scale = Math.Max(1, TargetImagePixels / Math.Max(height, width));
        var cellWidth = width * scale + Gap;
        var cellHeight = height * scale + Gap + (labels is null ? 0 : LabelHeight);
        var rows = (count + columns - 1) / columns;
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{columns * cellWidth}\" height=\"{rows * cellHeight}\" shape-rendering=\"crispEdges\">");
        for (var n = 0; n < count; n++)
        {
            var (x, y) = (n % columns * cellWidth, n / columns * cellHeight);
            svg.Append($"<g transform=\"translate({x},{y}) scale({scale})\"><rect width=\"{width}\" height=\"{height}\" fill=\"#000\"/>");
            drawImage(svg, n);
            svg.Append("</g>");
            if (labels is not null)
                svg.Append($"<text x=\"{x + width * scale / 2}\" y=\"{y + height * scale + LabelHeight - 3}\" font-size=\"11\" text-anchor=\"middle\" font-family=\"sans-serif\">{HtmlBuilder.Encode(HtmlBuilder.Truncate(labels[n], 12))}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
