using Microsoft.Data.Analysis;
using Notebooks.Kernel.Data;
using Xunit;

namespace Notebooks.Tests.Data;

public class JsonLinesReaderTests
{
    static DataFrame Read(string text) => TabularFile.Read(System.Text.Encoding.UTF8.GetBytes(text), "m.jsonl");
    static string Fails(string text) => Assert.Throws<DataFileException>(() => Read(text)).Message;

    [Fact]
    public void When_values_are_json_typed_then_strings_stay_text_and_nulls_stay_null()
    {
        var df = Read("{\"id\":\"007\",\"x\":1.5,\"ok\":true,\"d\":\"2000-01-01\"}\n{\"ok\":null,\"x\":null,\"id\":\"8\",\"d\":null}\n");
        Assert.IsType<StringDataFrameColumn>(df.Columns["id"]);
        Assert.Equal("007", df.Columns["id"][0]);
        Assert.IsType<DoubleDataFrameColumn>(df.Columns["x"]);
        Assert.IsType<BooleanDataFrameColumn>(df.Columns["ok"]);
        Assert.IsType<DateTimeDataFrameColumn>(df.Columns["d"]);
        Assert.Null(df.Columns["x"][1]);
    }

    [Fact]
    public void When_a_column_mixes_numbers_and_strings_then_it_is_text()
    {
        var df = Read("{\"t\":1776}\n{\"t\":\"Heat\"}\n");
        Assert.Equal(["1776", "Heat"], df.Columns["t"].Cast<string>());
    }

    [Theory]
    [InlineData("{\"a\":1,\"b\":2}\n{\"a\":1}\n", "m.jsonl line 2: expected 2 fields, found 1")]
    [InlineData("{\"a\":1}\n{\"c\":1}\n", "m.jsonl line 2: unexpected field 'c' (not on line 1)")]
    [InlineData("{\"a\":1}\n{\"a\":1,\"a\":2}\n", "m.jsonl line 2: expected 1 fields, found 2")]
    [InlineData("{\"a\":1}\n{\"a\":[1,2]}\n", "m.jsonl line 2: field 'a' holds a JSON Array; only flat values are supported")]
    [InlineData("{\"a\":1}\n[1]\n", "m.jsonl line 2: expected a JSON object, found Array")]
    [InlineData("{\"a\":1}\n\n{\"a\":2}\n", "m.jsonl line 2: not valid JSON at character 1 (is the file truncated?)")]
    [InlineData("{\"a\":1}\n{\"a\":\"trunc", "m.jsonl line 2: not valid JSON at character 12 (is the file truncated?)")]
    [InlineData("\n\n", "m.jsonl line 1: the file is empty; expected one JSON object per line")]
    public void When_a_line_is_malformed_then_the_error_names_file_line_and_reason(string text, string message) =>
        Assert.Equal(message, Fails(text));
}
