using Microsoft.Data.Analysis;
using Notebooks.Kernel.Data;
using Xunit;

namespace Notebooks.Tests.Data;

public class CsvReaderTests
{
    static DataFrame Read(string text, string file = "t.csv") => TabularFile.Read(System.Text.Encoding.UTF8.GetBytes(text), file);
    static DataFileException Fails(string text, string file = "t.csv") => Assert.Throws<DataFileException>(() => Read(text, file));

    [Fact]
    public void When_columns_hold_numbers_bools_dates_and_text_then_each_gets_its_type()
    {
        var df = Read("n,b,d,s\n1.5,true,2020-01-02,x\n-2e3,False,2021-12-31,7\n");
        Assert.IsType<DoubleDataFrameColumn>(df.Columns["n"]);
        Assert.IsType<BooleanDataFrameColumn>(df.Columns["b"]);
        Assert.IsType<DateTimeDataFrameColumn>(df.Columns["d"]);
        Assert.IsType<StringDataFrameColumn>(df.Columns["s"]);
        Assert.Equal(-2000.0, df.Columns["n"][1]);
        Assert.Equal(false, df.Columns["b"][1]);
        Assert.Equal(new DateTime(2021, 12, 31), df.Columns["d"][1]);
        Assert.Equal("7", df.Columns["s"][1]);
    }

    [Fact]
    public void When_a_field_is_empty_then_it_is_null_and_the_column_keeps_its_type()
    {
        var df = Read("a,b\n1,\n,x\n3,y");
        Assert.IsType<DoubleDataFrameColumn>(df.Columns["a"]);
        Assert.Null(df.Columns["a"][1]);
        Assert.Null(df.Columns["b"][0]);
        Assert.Equal(1, df.Columns["a"].NullCount);
    }

    [Fact]
    public void When_fields_are_quoted_then_commas_newlines_quotes_and_markup_survive_verbatim()
    {
        var df = Read("id,text\r\n1,\"a, \"\"b\"\"\nc\"\r\n2,<script>alert('x')</script>\r\n3,\"\"\r\n");
        Assert.Equal("a, \"b\"\nc", df.Columns["text"][0]);
        Assert.Equal("<script>alert('x')</script>", df.Columns["text"][1]);
        Assert.Equal("", df.Columns["text"][2]);
        Assert.Equal(3, df.Rows.Count);
    }

    [Fact]
    public void When_a_line_is_truncated_then_the_error_names_file_line_and_counts()
    {
        var e = Fails("a,b,c\n1,2,3\n4\n", "penguins.csv");
        Assert.Equal("penguins.csv line 3: expected 3 fields, found 1", e.Message);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void When_a_quoted_field_spans_lines_then_later_errors_count_physical_lines()
    {
        var e = Fails("a,b\n\"x\ny\",1\n2,3,4\n");
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void When_a_quote_is_never_closed_then_the_error_points_at_its_line()
    {
        var e = Fails("a,b\n1,2\n3,\"cut off here");
        Assert.Equal("t.csv line 3: a quoted field is never closed (is the file truncated?)", e.Message);
    }

    [Theory]
    [InlineData("a,b\n1,x\"y\n", "t.csv line 2: a quote inside an unquoted field (field 2)")]
    [InlineData("a,b\n\"x\"y,1\n", "t.csv line 2: unexpected 'y' after a closing quote (field 1)")]
    [InlineData("a,b\n1,2\n\n3,4\n", "t.csv line 3: expected 2 fields, found 1 (blank line)")]
    [InlineData("", "t.csv line 1: the file is empty; expected a header line")]
    [InlineData("a,a\n1,2\n", "t.csv line 1: column name 'a' appears twice")]
    [InlineData("a,,c\n1,2,3\n", "t.csv line 1: column 2 has no name")]
    public void When_the_text_is_malformed_then_the_error_says_where_and_why(string text, string message) =>
        Assert.Equal(message, Fails(text).Message);

    [Fact]
    public void When_only_a_header_is_present_then_the_frame_is_empty_with_text_columns()
    {
        var df = Read("a,b\n\n\n");
        Assert.Equal(0, df.Rows.Count);
        Assert.Equal(["a", "b"], df.Columns.Select(c => c.Name));
    }

    [Fact]
    public void When_bytes_are_not_utf8_then_the_error_names_the_line()
    {
        var bytes = "a\nok\n"u8.ToArray().Concat(new byte[] { 0xff, 0xfe, (byte)'\n' }).ToArray();
        var e = Assert.Throws<DataFileException>(() => TabularFile.Read(bytes, "t.csv"));
        Assert.Equal("t.csv line 3: not valid UTF-8 text", e.Message);
    }

    [Fact]
    public void When_a_gz_file_is_corrupt_then_the_error_names_the_file()
    {
        var e = Assert.Throws<DataFileException>(() => TabularFile.Read("not gzip at all"u8.ToArray(), "x.jsonl.gz"));
        Assert.StartsWith("x.jsonl.gz: not a readable gzip file", e.Message);
    }
}
