using Xunit;
using Notebooks.Kernel.Formatters;
using static TorchSharp.torch;

namespace Notebooks.Tests.Formatters;

public class TensorFormatterTests
{
    [Fact]
    public void When_tensor_is_small_then_every_value_shows_like_torch_print()
    {
        using var t = arange(6, dtype: ScalarType.Float32).reshape(2, 3);

        Assert.Equal("[[0.0000, 1.0000, 2.0000],\n [3.0000, 4.0000, 5.0000]]", TensorPreview.Of(t));
        Assert.Equal("Tensor shape=[2, 3] dtype=Float32 device=cpu", TensorFormatter.Header(t));
    }

    [Fact]
    public void When_a_dimension_is_long_then_only_three_values_each_side_of_dots_show()
    {
        using var t = arange(10, dtype: ScalarType.Int64);

        Assert.Equal("[0, 1, 2, ..., 7, 8, 9]", TensorPreview.Of(t));
    }

    [Fact]
    public void When_tensor_is_huge_then_preview_is_as_large_as_for_a_moderate_one()
    {
        using var big = zeros(2000, 3000);
        using var moderate = zeros(7, 7);

        Assert.Equal(TensorPreview.Of(moderate), TensorPreview.Of(big));
        Assert.Contains("shape=[2000, 3000]", TensorFormatter.ToHtml(big));
    }

    [Fact]
    public void When_magnitudes_span_more_than_a_thousandfold_then_all_values_use_scientific_notation()
    {
        using var t = tensor(new[] { 1.0f, 12345.0f, float.NaN });

        Assert.Equal("[1.0000e+00, 1.2345e+04, nan]", TensorPreview.Of(t));
    }

    [Fact]
    public void When_tensor_is_bool_or_scalar_then_values_read_naturally()
    {
        using var flags = tensor(new[] { true, false });
        using var scalar = tensor(2.5);

        Assert.Equal("[True, False]", TensorPreview.Of(flags));
        Assert.Equal("2.5000", TensorPreview.Of(scalar));
    }

    [Fact]
    public void When_tensor_was_disposed_then_the_view_says_so()
    {
        var t = ones(2);
        t.Dispose();

        Assert.Contains("disposed", TensorFormatter.ToHtml(t));
    }
}
