using Notebooks.Kernel.ModelTesting;

namespace Notebooks.Tests.ModelTests;

public class ModelCardTests
{
    static ModelCard Card(string slice = "benign", string limit = "small data") => new(
        "tumour classifier", "teaching only", "569 biopsies",
        new Dictionary<string, double> { ["accuracy"] = 0.9736 }, [new SliceScore(slice, 40, 0.95)], [limit]);

    [Fact]
    public void When_rendered_then_it_has_every_section_with_the_numbers()
    {
        var md = Card().ToMarkdown();
        foreach (var section in new[] { "# Model card: tumour classifier", "## Intended use", "## Data", "## Metrics", "## Slices", "## Limits" })
            Assert.Contains(section, md);
        Assert.Contains("| accuracy | 0.974 |", md);
        Assert.Contains("| benign | 40 | 0.950 |", md);
        Assert.Contains("- small data", md);
    }

    [Fact]
    public void When_values_hold_html_or_markdown_then_they_are_escaped()
    {
        var md = Card(slice: "<script>alert(1)</script>|x", limit: "[link](javascript:x) *bold*\nnext").ToMarkdown();
        Assert.DoesNotContain("<script>", md);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;\\|x", md);
        Assert.Contains("- \\[link\\](javascript:x) \\*bold\\* next", md);
    }

    [Fact]
    public void When_formatted_for_a_notebook_then_its_preferred_view_is_the_markdown()
    {
        ModelCardFormatter.Register();
        var card = Card();
        Assert.Equal(card.ToMarkdown(), Microsoft.DotNet.Interactive.Formatting.Formatter.ToDisplayString(card, ModelCardFormatter.MarkdownMimeType));
        Assert.Equal(ModelCardFormatter.MarkdownMimeType,
            Microsoft.DotNet.Interactive.Formatting.Formatter.GetPreferredMimeTypesFor(typeof(ModelCard)).First());
    }
}
