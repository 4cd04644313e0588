using System.Globalization;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Formatters;

/// <summary>
/// A bounded, torch-print-like view of a tensor's values: dimensions longer than <see cref="MaxPerDim"/> show their
/// first and last <see cref="EdgeItems"/> entries around "...". Only the shown entries are copied off the tensor.
/// </summary>
public static class TensorPreview
{
    public const int MaxPerDim = 6;
    public const int EdgeItems = 3;
    const int MaxValues = 6 * 6 * 6 * 6;

    public static string Of(Tensor tensor)
    {
        if (tensor.is_complex()) return "(complex values not previewed)";
        var shape = tensor.shape;
        var kept = shape.Select(KeptIndices).ToArray();
        if (kept.Aggregate(1L, (n, k) => n * k.Length) > MaxValues) return $"(values not previewed: {shape.Length} dimensions)";

        using var scope = NewDisposeScope();
        var small = tensor.detach();
        for (var d = 0; d < shape.Length; d++)
            if (kept[d].Length < shape[d]) small = small.index_select(d, torch.tensor(kept[d], device: tensor.device));
        var values = small.cpu().to_type(ScalarType.Float64).contiguous().data<double>().ToArray();

        var isFloat = tensor.is_floating_point();
        var isBool = tensor.dtype == ScalarType.Bool;
        var floatFormat = ScientificLike(values) ? "0.0000e+00" : "0.0000";
        string Format(double v) => isBool ? (v != 0 ? "True" : "False")
            : !double.IsFinite(v) ? (double.IsNaN(v) ? "nan" : v > 0 ? "inf" : "-inf")
            : v.ToString(isFloat ? floatFormat : "0", CultureInfo.InvariantCulture);

        var text = new StringBuilder();
        var position = 0;
        Write(text, shape, kept, 0, values, ref position, Format);
        return text.ToString();
    }

    /// <summary>torch's rule, applied to the shown values: one notation for all, scientific when magnitudes span a lot.</summary>
    static bool ScientificLike(double[] values)
    {
        var magnitudes = values.Where(v => double.IsFinite(v) && v != 0).Select(Math.Abs).ToList();
        if (magnitudes.Count == 0) return false;
        var (min, max) = (magnitudes.Min(), magnitudes.Max());
        return max / min > 1000 || max > 1e8 || min < 1e-4;
    }

    static long[] KeptIndices(long size) =>
        size <= MaxPerDim
            ? Enumerable.Range(0, (int)size).Select(i => (long)i).ToArray()
            : [.. Enumerable.Range(0, EdgeItems).Select(i => (long)i), .. Enumerable.Range(0, EdgeItems).Select(i => size - EdgeItems + i)];

    static void Write(StringBuilder text, long[] shape, long[][] kept, int dim, double[] values, ref int position, Func<double, string> format)
    {
        if (dim == shape.Length) { text.Append(format(values[position++])); return; }
        var elided = kept[dim].Length < shape[dim];
        var separator = dim == shape.Length - 1 ? ", " : "," + new string('\n', shape.Length - 1 - dim) + new string(' ', dim + 1);
        text.Append('[');
        for (var i = 0; i < kept[dim].Length; i++)
        {
            if (i > 0) text.Append(separator);
            if (elided && i == EdgeItems) text.Append("...").Append(separator);
            Write(text, shape, kept, dim + 1, values, ref position, format);
        }
        text.Append(']');
    }
}
