using Xunit;
using Notebooks.Engine.Reports;

namespace Notebooks.Tests.Reports;

public class LineDiffTests
{
    [Fact]
    public void When_one_line_changes_then_the_diff_shows_it_with_context()
    {
        var diff = LineDiff.Unified("a\nb\nc\nd\ne\nf\ng", "a\nb\nc\nD\ne\nf\ng");

        Assert.Equal("--- stored\n+++ fresh\n@@ -2 +2 @@\n b\n c\n-d\n+D\n e\n f", diff);
    }

    [Fact]
    public void When_lines_are_inserted_then_only_they_are_marked()
    {
        var diff = LineDiff.Unified("a\nb", "a\nx\nb");

        Assert.Equal("--- stored\n+++ fresh\n@@ -1 +1 @@\n a\n+x\n b", diff);
    }
}
