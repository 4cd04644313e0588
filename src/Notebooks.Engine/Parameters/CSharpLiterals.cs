using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Engine.Parameters;

/// <summary>A --param value as C# source and as JSON for the notebook's metadata; or why it cannot be one.</summary>
public sealed record ParameterValue(string? Literal, JsonNode? Json, string? Error)
{
    public static ParameterValue Fail(string error) => new(null, null, error);
}

/// <summary>
/// Turns command-line text into C# literals of a declared type, avoiding what papermill's C# translator got
/// wrong: non-ASCII is escaped as \uXXXX, doubles round-trip in the invariant culture, NaN and infinities
/// become double.NaN / double.PositiveInfinity, and whole numbers are range-checked.
/// </summary>
public static partial class CSharpLiterals
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static ParameterValue FromText(string type, string text)
    {
        var value = text.Trim();
        return type switch
        {
            "string" => new(String(text), text, null),
            "bool" => Bool(value),
            "int" => Whole(value, "int", int.MinValue, int.MaxValue, ""),
            "long" => Whole(value, "long", long.MinValue, long.MaxValue, "L"),
            "double" => Double(value),
            "float" => Float(value),
            "decimal" => Decimal(value),
            _ => ParameterValue.Fail($"{type} is not a type --param can set"),
        };
    }

    /// <summary>A C# regular string literal; everything outside printable ASCII is a \u escape.</summary>
    public static string String(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\0' => "\\0",
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\v' => "\\v",
                < ' ' or > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The type C# gives a plain literal (for <c>var</c>); null when it is not a plain literal.</summary>
    public static string? TypeOf(string literal)
    {
        if (literal is "true" or "false")
            return "bool";
        if (StringLiteral().IsMatch(literal))
            return "string";
        var number = NumberLiteral().Match(literal);
        if (!number.Success)
            return null;

        var suffix = number.Groups["suffix"].Value.ToLowerInvariant();
        var isReal = number.Groups["fraction"].Success || number.Groups["exponent"].Success;
        return suffix switch
        {
            "m" => "decimal",
            "f" => "float",
            "d" => "double",
            "l" => "long",
            "" when isReal => "double",
            "" => WholeLiteralType(BigInteger.Parse(number.Groups["digits"].Value.Replace("_", ""), Invariant), literal.StartsWith('-')),
            _ => null,
        };
    }

    /// <summary>C# gives an unsuffixed whole literal the first of int, uint, long, ulong that holds it.</summary>
    private static string WholeLiteralType(BigInteger magnitude, bool negative)
    {
        if (magnitude <= int.MaxValue || (negative && magnitude == -(BigInteger)int.MinValue))
            return "int";
        if (magnitude <= uint.MaxValue)
            return negative ? "long" : "uint";
        return magnitude <= long.MaxValue || (negative && magnitude == -(BigInteger)long.MinValue) ? "long" : "ulong";
    }

    private static ParameterValue Bool(string value) => value.ToLowerInvariant() switch
    {
        "true" => new("true", true, null),
        "false" => new("false", false, null),
        _ => ParameterValue.Fail($"'{value}' is not true or false"),
    };

    private static ParameterValue Whole(string value, string type, long min, long max, string suffix)
    {
        if (!BigInteger.TryParse(value, NumberStyles.AllowLeadingSign, Invariant, out var number))
            return ParameterValue.Fail($"'{value}' is not a whole number");
        if (number < min || number > max)
            return ParameterValue.Fail($"{value} is out of range for {type} ({min} to {max})");
        var whole = (long)number;
        return new(whole.ToString(Invariant) + suffix, whole, null);
    }

    private static ParameterValue Double(string value)
    {
        if (Special(value) is { } special)
            return new(special.Literal("double"), special.Json, null);
        if (!double.TryParse(value, NumberStyles.Float, Invariant, out var number))
            return ParameterValue.Fail($"'{value}' is not a number");
        if (double.IsInfinity(number))
            return ParameterValue.Fail($"{value} is out of range for double");
        return new(Real(number.ToString("R", Invariant)), number, null);
    }

    private static ParameterValue Float(string value)
    {
        if (Special(value) is { } special)
            return new(special.Literal("float"), special.Json, null);
        if (!float.TryParse(value, NumberStyles.Float, Invariant, out var number))
            return ParameterValue.Fail($"'{value}' is not a number");
        if (float.IsInfinity(number))
            return ParameterValue.Fail($"{value} is out of range for float");
        return new(number.ToString("R", Invariant) + "f", number, null);
    }

    private static ParameterValue Decimal(string value)
    {
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (decimal.TryParse(value, style, Invariant, out var number))
            return new(number.ToString(Invariant) + "m", number, null);
        return double.TryParse(value, NumberStyles.Float, Invariant, out _)
            ? ParameterValue.Fail($"{value} is out of range for decimal")
            : ParameterValue.Fail($"'{value}' is not a number");
    }

    /// <summary>"5" would be an int literal: give a double's text a decimal point so it stays a double.</summary>
    private static string Real(string text) => text.Contains('.') || text.Contains('E') ? text : text + ".0";

    private sealed record SpecialValue(string Member, string Json)
    {
        public string Literal(string type) => $"{type}.{Member}";
    }

    private static SpecialValue? Special(string value) => value.ToLowerInvariant() switch
    {
        "nan" => new("NaN", "NaN"),
        "inf" or "+inf" or "infinity" or "+infinity" => new("PositiveInfinity", "Infinity"),
        "-inf" or "-infinity" => new("NegativeInfinity", "-Infinity"),
        _ => null,
    };

    [GeneratedRegex("""^@?"(?:[^"\\]|\\.)*"$""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("""^[+-]?(?<digits>\d[\d_]*)(?<fraction>\.\d[\d_]*)?(?<exponent>[eE][+-]?\d+)?(?<suffix>[mMfFdDlL]?)$""")]
    private static partial Regex NumberLiteral();
}
