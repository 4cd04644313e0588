using Xunit;
using Notebooks.Kernel.Formatters;
using static TorchSharp.torch;

namespace Notebooks.Tests.Formatters;

public class SaliencyGridTests
{
    [Fact]
    public void When_one_pixel_is_salient_then_only_it_gets_the_full_overlay()
    {
        // One 2×2 image; the saliency is strongest (and negative: the sign is ignored) at the bottom-right pixel.
        using var images = tensor(new float[] { 0, 1, 1, 0 }).reshape(1, 1, 2, 2);
        using var saliency = tensor(new float[] { 0, 0.01f, 0, -4 }).reshape(1, 1, 2, 2);

        var svg = SaliencyGrid.Of(images, saliency).ToSvg();

        Assert.Contains("<path fill=\"#ffffff\" d=\"M1 0h1v1h-1zM0 1h1v1h-1z\"/>", svg);
        Assert.Contains("<path fill=\"#ff2a00\" fill-opacity=\"0.9\" d=\"M1 1h1v1h-1z\"/>", svg);
        Assert.Single(svg.Split("fill=\"#ff2a00\"").Skip(1));
    }

    [Fact]
    public void When_images_differ_in_gradient_size_then_each_is_scaled_to_its_own_strongest_pixel()
    {
        using var images = zeros(2, 1, 1, 2);
        using var saliency = tensor(new float[] { 0, 1000, 0, 0.001f }).reshape(2, 1, 1, 2);

        var svg = SaliencyGrid.Of(images, saliency).ToSvg();

        Assert.Equal(2, svg.Split("fill-opacity=\"0.9\" d=\"M1 0h1v1h-1z\"").Length - 1);
    }

    [Fact]
    public void When_a_pixel_has_under_a_quarter_of_the_strongest_saliency_then_it_stays_clear()
    {
        using var images = zeros(1, 1, 3);
        using var saliency = tensor(new float[] { 1, 0.2f, 0.3f }).reshape(1, 1, 3);

        var svg = SaliencyGrid.Of(images, saliency).ToSvg();

        Assert.Contains("d=\"M0 0h1v1h-1z\"", svg);
        Assert.DoesNotContain("M1 0h1v1h-1z", svg);
        Assert.Contains("d=\"M2 0h1v1h-1z\"", svg);
    }

    [Fact]
    public void When_labels_hold_markup_then_they_are_encoded()
    {
        using var images = zeros(2, 4, 4);
        using var saliency = ones(2, 4, 4);

        Hostile.AssertEncoded(SaliencyGrid.Of(images, saliency, [Hostile.Script, "b"]).ToHtml());
    }

    [Fact]
    public void When_batch_is_larger_than_max_then_only_max_images_are_drawn()
    {
        using var images = rand(50, 1, 8, 8, generator: new Generator(3));
        using var saliency = rand(50, 1, 8, 8, generator: new Generator(4));

        var grid = SaliencyGrid.Of(images, saliency, max: 6);

        Assert.Equal(6, grid.Count);
        Assert.Equal(6, grid.ToSvg().Split("<g transform").Length - 1);
        Assert.Contains("6 of 50 images", grid.ToText());
    }

    [Fact]
    public void When_saliency_has_another_shape_then_error_names_both_shapes()
    {
        using var images = zeros(2, 1, 8, 8);
        using var saliency = zeros(2, 1, 4, 4);

        var error = Assert.Throws<ArgumentException>(() => SaliencyGrid.Of(images, saliency));

        Assert.Contains("[2, 1, 8, 8]", error.Message);
        Assert.Contains("[2, 1, 4, 4]", error.Message);
    }

    [Fact]
    public void When_saliency_is_all_zero_or_not_finite_then_no_overlay_is_drawn()
    {
        using var images = ones(1, 3, 3);
        using var saliency = tensor(new[] { 0f, float.NaN, 0, 0, 0, 0, 0, 0, 0 }).reshape(1, 3, 3);

        Assert.DoesNotContain("#ff2a00", SaliencyGrid.Of(images, saliency).ToSvg());
    }
}
