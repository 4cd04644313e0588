using System.Globalization;
using Notebooks.Kernel.Html;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Formatters;

/// <summary>
/// Greyscale images with a saliency map over each, as an inline SVG grid: which pixels moved a model's decision.
/// The image is drawn as <see cref="ImageGrid"/> draws it; the saliency's magnitude is scaled per image (its own
/// largest value is full strength, since gradients differ in size between images) to a few levels of a
/// translucent red; the weakest quarter is left clear so the image stays readable.
/// </summary>
public sealed class SaliencyGrid
{
    const int GreyLevels = SvgPixels.GreyLevels;
    const int HeatLevels = 8;
    const int ClearLevels = HeatLevels / 4;
    const string HeatColour = "#ff2a00";

    public int Count { get; }
    public int TotalImages { get; }
    public int Height { get; }
    public int Width { get; }
    public int Columns { get; }
    public IReadOnlyList<string>? Labels { get; }
    readonly byte[][] greys;
    readonly byte[][] heats;

    SaliencyGrid(byte[][] greys, byte[][] heats, int total, int height, int width, int columns, IReadOnlyList<string>? labels)
    {
        (this.greys, this.heats, TotalImages, Height, Width, Columns, Labels) = (greys, heats, total, height, width, columns, labels);
        Count = greys.Length;
    }

    /// <summary><paramref name="images"/> N×1×H×W or N×H×W; <paramref name="saliency"/> the same shape (its sign is ignored).</summary>
    public static SaliencyGrid Of(Tensor images, Tensor saliency, IEnumerable<string>? labels = null, int columns = 10, int max = 32)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var shape = images.shape;
        if (!(shape.Length == 3 || (shape.Length == 4 && shape[1] == 1)))
            throw new ArgumentException($"SaliencyGrid needs N×1×H×W or N×H×W greyscale images; got shape [{string.Join(", ", shape)}].", nameof(images));
        if (saliency.numel() != images.numel() || saliency.shape[0] != shape[0])
            throw new ArgumentException($"SaliencyGrid needs one saliency value per pixel: images are [{string.Join(", ", shape)}], saliency is [{string.Join(", ", saliency.shape)}].", nameof(saliency));
        var total = (int)shape[0];
        var shown = Math.Min(total, max);
        var labelList = labels?.Take(shown).ToList();
        if (labelList is not null && labelList.Count < shown)
            throw new ArgumentException($"SaliencyGrid got {labelList.Count} labels for {shown} shown images.", nameof(labels));

        var (pixels, height, width) = SvgPixels.Read(images, shown);
        Tensor magnitude;
        using (no_grad()) magnitude = saliency.detach().abs().reshape(shape);
        var (heat, _, _) = SvgPixels.Read(magnitude, shown);
        magnitude.Dispose();

        var perImage = height * width;
        var finite = pixels.Where(float.IsFinite).DefaultIfEmpty(0f).ToArray();
        var (low, high) = (finite.Min(), finite.Max());
        var greys = new byte[shown][];
        var heats = new byte[shown][];
        for (var n = 0; n < shown; n++)
        {
            var image = new ArraySegment<float>(heat, n * perImage, perImage);
            var strongest = image.Where(float.IsFinite).DefaultIfEmpty(0f).Max();
            greys[n] = Enumerable.Range(0, perImage).Select(i => SvgPixels.Level(pixels[n * perImage + i], low, high, GreyLevels)).ToArray();
            heats[n] = image.Select(v => SvgPixels.Level(v, 0, strongest, HeatLevels)).Select(l => l < ClearLevels ? (byte)0 : l).ToArray();
        }
        return new SaliencyGrid(greys, heats, total, height, width, Math.Min(columns, Math.Max(shown, 1)), labelList);
    }

    public string ToSvg() =>
        SvgPixels.Grid(Count, Columns, Height, Width, Labels, (svg, n) =>
        {
            SvgPixels.Append(svg, greys[n], Height, Width, GreyLevels, SvgPixels.GreyFill);
            SvgPixels.Append(svg, heats[n], Height, Width, HeatLevels, Heat);
        });

    static string Heat(int level) =>
        $"fill=\"{HeatColour}\" fill-opacity=\"{(0.9 * level / (HeatLevels - 1)).ToString("0.##", CultureInfo.InvariantCulture)}\"";

    public string ToHtml() =>
        HtmlBuilder.Element("div", HtmlBuilder.TextElement("p", Summary) + ToSvg());

    public string ToText() => Summary + (Labels is null ? "" : Environment.NewLine + "labels: " + string.Join(" ", Labels.Select(l => HtmlBuilder.Truncate(l, 12))));

    string Summary => $"SaliencyGrid: {Count} of {TotalImages} images, {Height}×{Width}, red = saliency (scaled per image)";

    public override string ToString() => ToText();
}
