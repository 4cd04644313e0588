using System.Globalization;
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
    const int GreyLevels = SvgPixels.GreyLevels;
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

    public string ToSvg() =>
        SvgPixels.Grid(Count, Columns, Height, Width, Labels, (svg, n) => SvgPixels.Append(svg, levels[n], Height, Width, GreyLevels, SvgPixels.GreyFill));


    public string ToHtml() =>
        HtmlBuilder.Element("div", HtmlBuilder.TextElement("p", Summary) + ToSvg());

    public string ToText() => Summary + (Labels is null ? "" : Environment.NewLine + "labels: " + string.Join(" ", Labels.Select(l => HtmlBuilder.Truncate(l, 12))));

    string Summary => $"ImageGrid: {Count} of {TotalImages} images, {original.Height}×{original.Width}" +
                      (original == (Height, Width) ? "" : $" (drawn at {Height}×{Width})");

    public override string ToString() => ToText();
}
