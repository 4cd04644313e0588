using Xunit;
using Notebooks.Kernel.Html;

namespace Notebooks.Tests.Formatters;

public class HtmlBuilderTests
{
    [Fact]
    public void When_cells_headers_caption_and_style_hold_markup_then_all_are_encoded()
    {
        var html = HtmlBuilder.Table([new HtmlCell(Hostile.Script)], [[new HtmlCell(Hostile.Script, "color:red\"><script>")]], Hostile.Script);

        Assert.DoesNotContain("<script", html);
        Assert.Equal(3, html.Split(Hostile.Encoded).Length - 1);
        Assert.Contains("style=\"color:red&quot;&gt;&lt;script&gt;\"", html);
    }

    [Fact]
    public void When_text_is_longer_than_the_limit_then_it_ends_in_an_ellipsis_within_the_limit()
    {
        Assert.Equal("abcd…", HtmlBuilder.Truncate("abcdefgh", 5));
        Assert.Equal("abc", HtmlBuilder.Truncate("abc", 5));
    }

    [Fact]
    public void When_plain_table_is_built_then_rows_and_header_are_in_order()
    {
        var html = HtmlBuilder.Table(["a", "b"], [["1", "2"]]);

        Assert.Equal("<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>", html);
    }
}
