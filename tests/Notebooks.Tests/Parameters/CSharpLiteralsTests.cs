using System.Globalization;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Notebooks.Engine.Parameters;
using Xunit;

namespace Notebooks.Tests.Parameters;

public class CSharpLiteralsTests
{
    public static TheoryData<string, string, string> Literals => new()
    {
        { "string", "adam", "\"adam\"" },
        { "string", "café", "\"caf\\u00E9\"" },
        { "string", "🚀", "\"\\uD83D\\uDE80\"" },
        { "string", "say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\"" },
        { "string", "line1\nline2\r\n\tend\0", "\"line1\\nline2\\r\\n\\tend\\0\"" },
        { "string", "\u007f\u0001", "\"\\u007F\\u0001\"" },
        { "string", "null", "\"null\"" },
        { "string", " spaced ", "\" spaced \"" },
        { "string", "", "\"\"" },
        { "bool", "true", "true" },
        { "bool", "False", "false" },
        { "bool", " TRUE ", "true" },
        { "int", "5", "5" },
        { "int", "+7", "7" },
        { "int", "-2147483648", "-2147483648" },
        { "int", "2147483647", "2147483647" },
        { "long", "9223372036854775807", "9223372036854775807L" },
        { "long", "-1", "-1L" },
        { "double", "0.1", "0.1" },
        { "double", "5", "5.0" },
        { "double", "-0", "-0.0" },
        { "double", "1e-7", "1E-07" },
        { "double", "1e20", "1E+20" },
        { "double", "0.30000000000000004", "0.30000000000000004" },
        { "double", " 2.5 ", "2.5" },
        { "double", "NaN", "double.NaN" },
        { "double", "inf", "double.PositiveInfinity" },
        { "double", "Infinity", "double.PositiveInfinity" },
        { "double", "-infinity", "double.NegativeInfinity" },
        { "float", "0.1", "0.1f" },
        { "float", "3", "3f" },
        { "float", "nan", "float.NaN" },
        { "float", "-inf", "float.NegativeInfinity" },
        { "decimal", "0.1", "0.1m" },
        { "decimal", "-12.50", "-12.50m" },
        { "decimal", "1e3", "1000m" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void When_a_value_fits_its_type_then_it_becomes_this_csharp_literal(string type, string text, string expected)
    {
        var value = CSharpLiterals.FromText(type, text);

        Assert.Null(value.Error);
        Assert.Equal(expected, value.Literal);
    }

    [Theory]
    [InlineData("int", "abc", "'abc' is not a whole number")]
    [InlineData("int", "1.5", "'1.5' is not a whole number")]
    [InlineData("int", "", "'' is not a whole number")]
    [InlineData("int", "2147483648", "2147483648 is out of range for int (-2147483648 to 2147483647)")]
    [InlineData("int", "-2147483649", "-2147483649 is out of range for int (-2147483648 to 2147483647)")]
    [InlineData("long", "9223372036854775808", "9223372036854775808 is out of range for long (-9223372036854775808 to 9223372036854775807)")]
    [InlineData("bool", "yes", "'yes' is not true or false")]
    [InlineData("bool", "1", "'1' is not true or false")]
    [InlineData("double", "1,5", "'1,5' is not a number")]
    [InlineData("double", "0x10", "'0x10' is not a number")]
    [InlineData("double", "1e400", "1e400 is out of range for double")]
    [InlineData("float", "1e39", "1e39 is out of range for float")]
    [InlineData("decimal", "1e40", "1e40 is out of range for decimal")]
    [InlineData("decimal", "ten", "'ten' is not a number")]
    [InlineData("DateTime", "2024-01-01", "DateTime is not a type --param can set")]
    public void When_a_value_does_not_fit_its_type_then_the_error_says_why(string type, string text, string expected)
    {
        var value = CSharpLiterals.FromText(type, text);

        Assert.Equal(expected, value.Error);
        Assert.Null(value.Literal);
    }

    [Fact]
    public void When_the_current_culture_uses_decimal_commas_then_literals_still_use_points()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("0.5", CSharpLiterals.FromText("double", "0.5").Literal);
            Assert.Equal("1234.5m", CSharpLiterals.FromText("decimal", "1234.5").Literal);
            Assert.Equal("'1,5' is not a number", CSharpLiterals.FromText("double", "1,5").Error);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("3", "int")]
    [InlineData("-3", "int")]
    [InlineData("3_000_000_000", "uint")]
    [InlineData("-3_000_000_000", "long")]
    [InlineData("5_000_000_000", "long")]
    [InlineData("-2147483648", "int")]
    [InlineData("3L", "long")]
    [InlineData("0.1", "double")]
    [InlineData("1e-3", "double")]
    [InlineData("2d", "double")]
    [InlineData("2.5f", "float")]
    [InlineData("2.5m", "decimal")]
    [InlineData("true", "bool")]
    [InlineData("\"a \\\" b\"", "string")]
    [InlineData("@\"c:\\data\"", "string")]
    [InlineData("new[] { 1 }", null)]
    [InlineData("Math.PI", null)]
    public void When_var_has_a_plain_literal_then_its_type_is_the_one_csharp_gives(string literal, string? expected)
    {
        Assert.Equal(expected, CSharpLiterals.TypeOf(literal));
    }

    [Fact]
    public async Task When_the_literals_are_compiled_by_roslyn_then_each_gives_back_the_value_it_was_made_from()
    {
        var rows = Literals.Select(row => ((string)row[0], (string)row[1])).ToList();
        var script = "new object[] { " + string.Join(", ", rows.Select(r => $"({r.Item1}){CSharpLiterals.FromText(r.Item1, r.Item2).Literal}")) + " }";

        var values = await CSharpScript.EvaluateAsync<object[]>(script);

        for (var i = 0; i < rows.Count; i++)
        {
            var (type, text) = rows[i];
            Assert.True(Expected(type, text).Equals(values[i]), $"{type} {text}: got {values[i]}");
        }
    }

    private static object Expected(string type, string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            "string" => text,
            "bool" => bool.Parse(trimmed),
            "int" => int.Parse(trimmed, invariant),
            "long" => long.Parse(trimmed, invariant),
            "double" when trimmed.EndsWith("inf") => trimmed.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity,
            "double" => double.Parse(trimmed, invariant),
            "float" when trimmed.EndsWith("inf") => trimmed.StartsWith('-') ? float.NegativeInfinity : float.PositiveInfinity,
            "float" => float.Parse(trimmed, invariant),
            _ => decimal.Parse(trimmed, NumberStyles.Float, invariant),
        };
    }
}
