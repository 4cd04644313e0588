using Xunit;
using Notebooks.Kernel.Formatters;
using static TorchSharp.torch;

namespace Notebooks.Tests.Formatters;

public class ImageGridTests
{
    [Fact]
    public void When_images_are_drawn_then_grey_levels_span_black_to_white_and_runs_merge()
    {
        // One 2×2 image: top row black-black, bottom row grey then white.
        using var images = tensor(new float[] { 0, 0, 0.5f, 1 }).reshape(1, 2, 2);

        var svg = ImageGrid.Of(images).ToSvg();

        Assert.Contains("<rect width=\"2\" height=\"2\" fill=\"#000\"/>", svg);
        Assert.Contains("<path fill=\"#888888\" d=\"M0 1h1v1h-1z\"/>", svg);
        Assert.Contains("<path fill=\"#ffffff\" d=\"M1 1h1v1h-1z\"/>", svg);
        Assert.Equal(1, svg.Split("<rect").Length - 1);
        Assert.Equal(2, svg.Split("<path").Length - 1);
    }

    [Fact]
    public void When_batch_is_larger_than_max_then_only_max_images_are_drawn()
    {
        using var images = rand(100, 1, 8, 8, generator: new TorchSharp.torch.Generator(7));

        var grid = ImageGrid.Of(images, columns: 5, max: 12);

        Assert.Equal(12, grid.Count);
        Assert.Equal(12, grid.ToSvg().Split("<g transform").Length - 1);
        Assert.Contains("12 of 100 images, 8×8", grid.ToHtml());
    }

    [Fact]
    public void When_a_row_has_equal_neighbours_then_they_merge_into_one_rectangle()
    {
        using var images = tensor(new float[] { 1, 1, 1, 0, 0, 0 }).reshape(1, 2, 3);

        var svg = ImageGrid.Of(images).ToSvg();

        Assert.Contains("<path fill=\"#ffffff\" d=\"M0 0h3v1h-3z\"/>", svg);
    }

    [Fact]
    public void When_images_are_larger_than_the_drawing_limit_then_they_are_averaged_down()
    {
        using var images = ones(2, 1, 100, 64);

        var grid = ImageGrid.Of(images);

        Assert.Equal((25, 16), (grid.Height, grid.Width));
        Assert.Contains("2 of 2 images, 100×64 (drawn at 25×16)", grid.ToText());
    }

    [Fact]
    public void When_labels_hold_markup_then_they_are_encoded()
    {
        using var images = zeros(2, 4, 4);

        Hostile.AssertEncoded(ImageGrid.Of(images, [Hostile.Script, "b"]).ToHtml());
    }

    [Fact]
    public void When_labels_come_as_a_tensor_then_each_image_gets_its_number()
    {
        using var images = zeros(3, 4, 4);
        using var labels = tensor(new long[] { 7, 2, 9 });

        var grid = ImageGrid.Of(images, labels);

        Assert.Equal(["7", "2", "9"], grid.Labels!);
        Assert.Contains(">9</text>", grid.ToSvg());
    }

    [Fact]
    public void When_tensor_is_not_greyscale_images_then_error_names_the_shape()
    {
        using var colour = zeros(2, 3, 4, 4);

        var error = Assert.Throws<ArgumentException>(() => ImageGrid.Of(colour));
        Assert.Contains("[2, 3, 4, 4]", error.Message);
    }

    [Fact]
    public void When_same_images_are_drawn_twice_then_svg_is_identical()
    {
        using var images = rand(4, 6, 6, generator: new TorchSharp.torch.Generator(3));

        Assert.Equal(ImageGrid.Of(images).ToSvg(), ImageGrid.Of(images).ToSvg());
    }
}
