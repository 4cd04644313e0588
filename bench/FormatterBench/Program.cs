// Times the formatters on frames of growing size and prints a markdown table (median of several runs after a
// warm-up). A Stopwatch table rather than BenchmarkDotNet: the point is the order of magnitude and that the
// DataFrame view does not grow with the row count, and it must run in seconds on a shared 2-core machine.
using System.Diagnostics;
using Microsoft.Data.Analysis;
using Notebooks.Kernel.Formatters;
using Notebooks.Kernel.Profiling;
using static TorchSharp.torch;

Console.WriteLine("| what | median ms | output chars |");
Console.WriteLine("|---|---:|---:|");
foreach (var rows in new[] { 1_000, 100_000, 1_000_000 })
{
    var frame = Frame(rows);
    Report($"DataFrame HTML, {rows:N0} rows × 4 columns", 25, () => DataFrameFormatter.ToHtml(frame));
}
var profiled = Frame(100_000);
Report("DataProfile.Of + ToHtml, 100,000 rows × 4 columns", 5, () => DataProfile.Of(profiled).ToHtml());
using (var t = randn(1000, 1000, generator: new Generator(1)))
    Report("Tensor HTML, 1000×1000 float32", 25, () => TensorFormatter.ToHtml(t));
using (var noise = rand(64, 1, 28, 28, generator: new Generator(1)))
    Report("ImageGrid.Of(64×1×28×28 uniform noise, the worst case).ToHtml()", 10, () => ImageGrid.Of(noise).ToHtml());
using (var blobs = Blobs(64, 28))
    Report("ImageGrid.Of(64×28×28 smooth blobs).ToHtml()", 10, () => ImageGrid.Of(blobs).ToHtml());
const string Digits = "/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz";
if (File.Exists(Digits))
{
    using var digits = ReadDigits(Digits, 64);
    Report("ImageGrid.Of(64 sklearn digits, 8×8).ToHtml()", 10, () => ImageGrid.Of(digits).ToHtml());
}
var net = nn.Sequential(("conv1", nn.Conv2d(1, 16, 3)), ("relu", nn.ReLU()), ("fc", nn.Linear(16 * 26 * 26, 10)));
Report("ModuleSummary.Of(3-layer net).ToHtml()", 25, () => ModuleSummary.Of(net).ToHtml());

static DataFrame Frame(int rows) => new(
    new PrimitiveDataFrameColumn<int>("id", Enumerable.Range(0, rows)),
    new PrimitiveDataFrameColumn<double>("x", Enumerable.Range(0, rows).Select(i => Math.Sin(i) * 100)),
    new PrimitiveDataFrameColumn<float>("y", Enumerable.Range(0, rows).Select(i => i % 97 == 0 ? (float?)null : i % 13)),
    new StringDataFrameColumn("kind", Enumerable.Range(0, rows).Select(i => i % 101 == 0 ? "NA" : $"k{i % 7}")));

// Gaussian spots at varying places: a stand-in for handwriting-like images, which are smooth with a dark background.
static Tensor Blobs(int n, int side)
{
    var grid = arange(side, dtype: ScalarType.Float32);
    var (y, x) = (grid.reshape(1, side, 1), grid.reshape(1, 1, side));
    var cy = arange(n, dtype: ScalarType.Float32).reshape(n, 1, 1) % 11 + 8;
    var cx = arange(n, dtype: ScalarType.Float32).reshape(n, 1, 1) % 7 + 10;
    return exp(-((y - cy).pow(2) + (x - cx).pow(2)) / 30);
}

static Tensor ReadDigits(string path, int count)
{
    using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress));
    var pixels = Enumerable.Range(0, count)
        .SelectMany(_ => reader.ReadLine()!.Split(',').Take(64).Select(v => float.Parse(v, System.Globalization.CultureInfo.InvariantCulture)))
        .ToArray();
    return tensor(pixels).reshape(count, 8, 8);
}

static void Report(string what, int runs, Func<string> format)
{
    var size = format().Length;
    var times = Enumerable.Range(0, runs).Select(_ =>
    {
        var watch = Stopwatch.StartNew();
        format();
        return watch.Elapsed.TotalMilliseconds;
    }).Order().ToList();
    Console.WriteLine($"| {what} | {times[runs / 2]:0.00} | {size:N0} |");
}
