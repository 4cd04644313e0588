using Xunit;
using Notebooks.Engine.Documents;
using Notebooks.Engine.Reports;
using static Notebooks.Tests.Reports.ReportFixtures;

namespace Notebooks.Tests.Reports;

public class OutputComparerTests
{
    private static IReadOnlyList<CellMismatch> CompareCells(Cell[] stored, Cell[] fresh) =>
        OutputComparer.Compare(Notebook("n.ipynb", stored), Notebook("n.ipynb", fresh));

    [Fact]
    public void When_only_timings_and_ids_change_then_nothing_mismatches()
    {
        var mismatches = CompareCells(
            [Markdown("# T"), Code("train()", new StreamOutput("stdout", "epoch 1 took 120 ms\r\n"), Display(("text/html", "<div id=\"a1b2c3d4e5\">ok</div>")))],
            [Markdown("# T"), Code("train()", new StreamOutput("stdout", "epoch 1 "), new StreamOutput("stdout", "took 98 ms\n"), Display(("text/html", "<div id=\"f9e8d7c6b5\">ok</div>")))]);

        Assert.Empty(mismatches);
    }

    [Fact]
    public void When_a_value_changes_then_the_cell_is_reported_with_a_diff()
    {
        var mismatches = CompareCells(
            [Markdown("# T"), Code("1 + 1", Text("2")), Code("x", Text("loss 0.50\nacc 0.9"))],
            [Markdown("# T"), Code("1 + 1", Text("2")), Code("x", Text("loss 0.75\nacc 0.9"))]);

        var mismatch = Assert.Single(mismatches);
        Assert.Equal(3, mismatch.CellNumber);
        Assert.Contains("-loss 0.50", mismatch.Diff);
        Assert.Contains("+loss 0.75", mismatch.Diff);
        Assert.Contains(" acc 0.9", mismatch.Diff);
    }

    [Fact]
    public void When_a_cell_is_tagged_ignore_output_then_it_is_not_compared()
    {
        var mismatches = CompareCells(
            [Code("DateTime.Now.Ticks", Text("1")).Tagged("nbval-ignore-output")],
            [Code("DateTime.Now.Ticks", Text("2"))]);

        Assert.Empty(mismatches);
    }

    [Fact]
    public void When_both_have_text_plain_then_html_differences_do_not_count()
    {
        var mismatches = CompareCells(
            [Code("t", Display(("text/plain", "table 3x2"), ("text/html", "<table class=old>")))],
            [Code("t", Display(("text/plain", "table 3x2"), ("text/html", "<table class=new>")))]);

        Assert.Empty(mismatches);
    }

    [Fact]
    public void When_only_html_is_shared_then_html_is_compared()
    {
        var mismatches = CompareCells(
            [Code("t", Display(("text/html", "<b>1</b>")))],
            [Code("t", Display(("text/html", "<b>2</b>"), ("text/plain", "2")))]);

        Assert.Contains("+<b>2</b>", Assert.Single(mismatches).Diff);
    }

    [Fact]
    public void When_images_differ_then_they_are_ignored()
    {
        var mismatches = CompareCells(
            [Code("plot", Display(("image/png", "AAAA")), new StreamOutput("stdout", "done"))],
            [Code("plot", Display(("image/png", "BBBB")), new StreamOutput("stdout", "done"))]);

        Assert.Empty(mismatches);
    }

    [Fact]
    public void When_an_output_is_missing_or_an_error_appears_then_the_cell_mismatches()
    {
        var mismatches = CompareCells(
            [Code("a", Text("1")), Code("b", Text("ok"))],
            [Code("a"), Code("b", new ErrorOutput("System.Exception", "boom", ["trace"]))]);

        Assert.Equal([1, 2], mismatches.Select(m => m.CellNumber));
        Assert.Contains("+System.Exception: boom", mismatches[1].Diff);
    }

    [Fact]
    public void When_the_runner_injected_a_parameters_cell_then_cells_still_line_up_by_stored_number()
    {
        var mismatches = CompareCells(
            [Code("var n = 1;").Tagged("parameters"), Code("n", Text("1"))],
            [Code("var n = 1;").Tagged("parameters"), Code("var n = 2;").Tagged("injected-parameters"), Code("n", Text("2"))]);

        Assert.Equal(2, Assert.Single(mismatches).CellNumber);
    }

    [Fact]
    public void When_the_cells_no_longer_line_up_then_one_mismatch_says_so()
    {
        var mismatches = CompareCells([Code("a", Text("1")), Code("b")], [Code("z", Text("1")), Code("b")]);

        var mismatch = Assert.Single(mismatches);
        Assert.Equal(1, mismatch.CellNumber);
        Assert.Contains("line up", mismatch.Reason);
    }

    [Fact]
    public void When_outputs_are_long_then_the_diff_is_cut_to_twenty_lines()
    {
        var stored = string.Join('\n', Enumerable.Range(0, 100).Select(i => $"row {i}"));
        var fresh = string.Join('\n', Enumerable.Range(0, 100).Select(i => $"row {i * 2}"));

        var diff = Assert.Single(CompareCells([Code("t", Text(stored))], [Code("t", Text(fresh))])).Diff;

        Assert.Equal(20, diff.Split('\n').Length);
        Assert.Matches(@"… \d+ more diff lines$", diff);
    }
}
