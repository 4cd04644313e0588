using System.Globalization;
using System.Text;
using Notebooks.Kernel.Html;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Formatters;

/// <summary>
/// A batch of greyscale images (N×1×H×W or N×H×W) drawn as an inline SVG grid, with optional labels under each
/// image. Pixels are copied when the grid is made, so the grid outlives the tensor. Grey levels are scaled
/// from the shown images' min..max to 16 levels, black to white; a row's run of equal pixels is one rectangle,
/// drawn as a subpath of its level's single path, so output stays small (noise is the worst case: see README).
/// </summary>
public sealed class ImageGrid
{
    const int GreyLevels = 16;
    const int TargetImagePixels = 56;
    const int LabelHeight = 14;
    const int Gap = 4;
    /// <summary>Larger images are block-averaged down to at most this many pixels a side, to bound the SVG.</summary>
    public const int MaxSide = SvgPixels.MaxSide;

    public int Count { get; }
    public int TotalImages { get; }
    public int Height { get; }
    public int Width { get; }
    public int Columns { get; }
    public IReadOnlyList<string>? Labels { get; }
    readonly byte[][] levels;

    readonly (int Height, int Width) original;

    ImageGrid(byte[][] levels, int total, int height, int width, (int, int) original, int columns, IReadOnlyList<string>? labels)
    {
        (this.levels, Count, TotalImages, Height, Width, this.original, Columns, Labels) = (levels, levels.Length, total, height, width, original, columns, labels);
    }

    public static ImageGrid Of(Tensor images, IEnumerable<string>? labels = null, int columns = 10, int max = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var shape = images.shape;
        var ok = shape.Length == 3 || (shape.Length == 4 && shape[1] == 1);
        if (!ok) throw new ArgumentException($"ImageGrid needs N×1×H×W or N×H×W greyscale images; got shape [{string.Join(", ", shape)}].", nameof(images));
        var (total, height, width) = ((int)shape[0], (int)shape[^2], (int)shape[^1]);
        var shown = Math.Min(total, max);
        var labelList = labels?.Take(shown).ToList();
        if (labelList is not null && labelList.Count < shown)
            throw new ArgumentException($"ImageGrid got {labelList.Count} labels for {shown} shown images.", nameof(labels));

        var (pixels, drawnHeight, drawnWidth) = SvgPixels.Read(images, shown);
        (height, width) = (drawnHeight, drawnWidth);
        var finite = pixels.Where(float.IsFinite).DefaultIfEmpty(0f).ToArray();
        var (low, high) = (finite.Min(), finite.Max());
        var perImage = height * width;
        var levels = Enumerable.Range(0, shown).Select(n =>
            Enumerable.Range(0, perImage).Select(i => Level(pixels[n * perImage + i], low, high)).ToArray()).ToArray();
        return new ImageGrid(levels, total, height, width, ((int)shape[^2], (int)shape[^1]), Math.Min(columns, Math.Max(shown, 1)), labelList);
    }

    public static ImageGrid Of(Tensor images, Tensor labels, int columns = 10, int max = 64)
    {
        long[] values;
        using (NewDisposeScope())
            values = labels.detach().flatten().cpu().to_type(ScalarType.Int64).data<long>().ToArray();
        return Of(images, values.Select(v => v.ToString(CultureInfo.InvariantCulture)), columns, max);
    }

    static byte Level(float v, float low, float high) => SvgPixels.Level(v, low, high, GreyLevels);

    int Scale => Math.Max(1, TargetImagePixels / Math.Max(Height, Width));

    public string ToSvg()
    {
        var cellWidth = Width * Scale + Gap;
        var cellHeight = Height * Scale + Gap + (Labels is null ? 0 : LabelHeight);
        var rows = (Count + Columns - 1) / Columns;
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Columns * cellWidth}\" height=\"{rows * cellHeight}\" shape-rendering=\"crispEdges\">");
        for (var n = 0; n < Count; n++)
        {
            var (x, y) = (n % Columns * cellWidth, n / Columns * cellHeight);
            svg.Append($"<g transform=\"translate({x},{y}) scale({Scale})\"><rect width=\"{Width}\" height=\"{Height}\" fill=\"#000\"/>");
            AppendPixels(svg, levels[n]);
            svg.Append("</g>");
            if (Labels is not null)
                svg.Append($"<text x=\"{x + Width * Scale / 2}\" y=\"{y + Height * Scale + LabelHeight - 3}\" font-size=\"11\" text-anchor=\"middle\" font-family=\"sans-serif\">{HtmlBuilder.Encode(HtmlBuilder.Truncate(Labels[n], 12))}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One path per grey level; each run of equal pixels in a row is one rectangle of that path.</summary>
    void AppendPixels(StringBuilder svg, byte[] image) =>
        SvgPixels.Append(svg, image, Height, Width, GreyLevels, level =>
        {
            var grey = (level * 255 / (GreyLevels - 1)).ToString("x2");
            return $"fill=\"#{grey}{grey}{grey}\"";
        });

    public string ToHtml() =>
        HtmlBuilder.Element("div", HtmlBuilder.TextElement("p", Summary) + ToSvg());

    public string ToText() => Summary + (Labels is null ? "" : Environment.NewLine + "labels: " + string.Join(" ", Labels.Select(l => HtmlBuilder.Truncate(l, 12))));

    string Summary => $"ImageGrid: {Count} of {TotalImages} images, {original.Height}×{original.Width}" +
                      (original == (Height, Width) ? "" : $" (drawn at {Height}×{Width})");

    public override string ToString() => ToText();
}
