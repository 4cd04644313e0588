using Xunit;
using Notebooks.Engine.Reports;

namespace Notebooks.Tests.Reports;

public class OutputNormalizerTests
{
    [Theory]
    [InlineData("took 123 ms", "took <duration>")]
    [InlineData("epoch 3: 1.2 s, loss 0.5", "epoch 3: <duration>, loss 0.5")]
    [InlineData("done in 4.5seconds", "done in <duration>")]
    [InlineData("elapsed 00:00:01.2345678", "elapsed <time>")]
    [InlineData("at 2026-11-25T16:51:09.123Z ok", "at <datetime> ok")]
    [InlineData("at 2026-11-25 16:51:09+01:00", "at <datetime>")]
    [InlineData("id 3f2504e0-4f89-11d3-9a0c-0305e82c3301", "id <guid>")]
    [InlineData("object at 0x7f3a2b1c9d80>", "object at 0x<address>>")]
    [InlineData("a\r\nb\r\n", "a\nb")]
    [InlineData("trailing   \nspaces\t\n\n", "trailing\nspaces")]
    [InlineData("<div id=\"x7f3k9q2m\"></div><script>get('x7f3k9q2m')</script>", "<div id=\"<id-1>\"></div><script>get('<id-1>')</script>")]
    [InlineData("<div id=\"chart\"></div>", "<div id=\"chart\"></div>")]
    [InlineData("12 samples, 3 steps", "12 samples, 3 steps")]
    [InlineData("loss 0.25 at step 100", "loss 0.25 at step 100")]
    public void When_text_is_normalised_then_volatile_parts_become_placeholders(string input, string expected) =>
        Assert.Equal(expected, OutputNormalizer.Normalize(input));

    [Theory]
    [InlineData("a3f9c2e1", true)]
    [InlineData("plot_8f2k1x9q", true)]
    [InlineData("deadbeefcafe", false)]
    [InlineData("deadbeef1", true)]
    [InlineData("chart", false)]
    [InlineData("cell-2", false)]
    [InlineData("layer12", false)]
    public void When_an_id_is_judged_then_only_generated_looking_values_count_as_random(string id, bool random) =>
        Assert.Equal(random, OutputNormalizer.LooksRandom(id));

    [Fact]
    public void When_two_random_ids_appear_then_they_are_numbered_in_order()
    {
        var text = "<div id='aa11bb22cc'></div><div id='zz99yy88xx'></div>";

        Assert.Equal("<div id='<id-1>'></div><div id='<id-2>'></div>", OutputNormalizer.Normalize(text));
    }
}
