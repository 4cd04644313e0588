using Xunit;
using Microsoft.Data.Analysis;
using Notebooks.Kernel.Formatters;

namespace Notebooks.Tests.Formatters;

public class DataFrameFormatterTests
{
    static DataFrame Frame(int rows) => new(
        new PrimitiveDataFrameColumn<int>("id", Enumerable.Range(0, rows)),
        new PrimitiveDataFrameColumn<double>("score", Enumerable.Range(0, rows).Select(i => i * 0.5)),
        new StringDataFrameColumn("name", Enumerable.Range(0, rows).Select(i => $"n{i % 10}")));

    [Fact]
    public void When_frame_has_a_million_rows_then_output_is_as_large_as_for_a_thousand_rows()
    {
        var small = Frame(1_000);
        var big = Frame(1_000_000);

        var smallHtml = DataFrameFormatter.ToHtml(small);
        var bigHtml = DataFrameFormatter.ToHtml(big).Replace("1,000,000 rows", "1,000 rows");
        var bigText = DataFrameFormatter.ToText(big).Replace("1,000,000 rows", "1,000 rows");

        Assert.Equal(smallHtml, bigHtml);
        Assert.Equal(DataFrameFormatter.ToText(small), bigText);
        Assert.DoesNotContain(">10<", bigHtml); // rows 0..9 only
    }

    [Fact]
    public void When_frame_is_formatted_then_shape_names_types_and_null_counts_show()
    {
        var frame = new DataFrame(
            new PrimitiveDataFrameColumn<float>("mass", [1.5f, null, null]),
            new StringDataFrameColumn("sex", ["m", null, "f"]));

        var html = DataFrameFormatter.ToHtml(frame);
        var text = DataFrameFormatter.ToText(frame);

        Assert.Contains("3 rows × 2 columns", html);
        Assert.Contains("<th>mass</th><th>sex</th>", html);
        Assert.Contains(">Single<", html);
        Assert.Contains(">string<", html);
        Assert.Contains("nulls</td><td style=\"font-style:italic\">2</td><td style=\"font-style:italic\">1</td>", html);
        Assert.Contains("<td style=\"color:#999;font-style:italic\">null</td>", html);
        Assert.Contains("null", text);
        Assert.Contains("1.5", text);
        Assert.Matches(@"nulls\s+2\s+1", text);
    }

    [Fact]
    public void When_data_or_column_names_hold_markup_then_html_encodes_them()
    {
        var frame = new DataFrame(new StringDataFrameColumn(Hostile.Script, [Hostile.Script]));

        Hostile.AssertEncoded(DataFrameFormatter.ToHtml(frame));
    }

    [Fact]
    public void When_a_value_is_very_long_then_the_cell_is_cut_with_an_ellipsis()
    {
        var frame = new DataFrame(new StringDataFrameColumn("text", [new string('x', 500)]));

        var html = DataFrameFormatter.ToHtml(frame);

        Assert.DoesNotContain(new string('x', 41), html);
        Assert.Contains(new string('x', 39) + "…", html);
    }
}

[Collection(FormatterRegistryCollection.Name)]
public class DataFrameFormatterSettingsTests
{
    [Fact]
    public void When_preview_rows_is_set_then_that_many_rows_show()
    {
        var frame = new DataFrame(new PrimitiveDataFrameColumn<int>("id", Enumerable.Range(100, 50)));
        try
        {
            DataFrameFormatter.PreviewRows = 3;
            var text = DataFrameFormatter.ToText(frame);
            Assert.Contains("first 3 rows shown", text);
            Assert.Contains("102", text);
            Assert.DoesNotContain("103", text);
        }
        finally
        {
            DataFrameFormatter.PreviewRows = 10;
        }
    }
}
