using Notebooks.Engine.Parameters;
using Notebooks.Kernel.Magics;

namespace Notebooks.Engine.Export;

/// <summary>
/// A magic command line as the C# statement with the same effect in a file-based app: the FileApp call that
/// runs the function the magic's handler runs. A magic with no such call is an error, never dropped.
/// </summary>
static class MagicLine
{
    const string Supported = "a file-based app supports #!seed, #!dataset, #!profile and #!device";

    /// <param name="isDeclared">Whether a top-level variable of that name already exists (then #!dataset assigns it).</param>
    /// <returns>The replacement line, or the error.</returns>
    public static (string? Code, string? Error) Translate(string line, Func<string, bool> isDeclared)
    {
        var tokens = Tokenize(line.Trim());
        var name = tokens[0];
        var (implicitValues, options, flags) = Split(tokens.Skip(1).ToList());
        if (flags.Contains("--help")) return Fail($"{name} --help has no file-based app equivalent; remove it");
        return name switch
        {
            "#!csharp" or "#!c#" or "#!C#" when tokens.Count == 1 => ("", null), // selects the C# kernel: the app is C#
            "#!seed" => Seed(implicitValues, options, flags),
            "#!dataset" => Dataset(implicitValues, options, flags, isDeclared),
            "#!profile" => Profile(implicitValues, options, flags),
            "#!device" => Device(implicitValues, options, flags),
            _ => Fail($"{name} has no file-based app equivalent ({Supported})"),
        };
    }

    static (string?, string?) Seed(List<string> values, Dictionary<string, string> options, HashSet<string> flags)
    {
        if (Unexpected("#!seed", values, options, flags, ["--value"], [], maxValues: 1) is { } bad) return Fail(bad);
        var text = options.GetValueOrDefault("--value") ?? values.FirstOrDefault();
        if (text is null) return Fail("#!seed: missing the seed, e.g. #!seed 42");
        return int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var seed)
            ? ($"FileApp.Seed({seed});", null)
            : Fail($"#!seed: '{text}' is not an integer");
    }

    static (string?, string?) Dataset(List<string> values, Dictionary<string, string> options, HashSet<string> flags, Func<string, bool> isDeclared)
    {
        if (Unexpected("#!dataset", values, options, flags, ["--name", "--as"], ["--list"], maxValues: 1) is { } bad) return Fail(bad);
        if (flags.Contains("--list")) return ("FileApp.DatasetList();", null);
        var name = options.GetValueOrDefault("--name") ?? values.FirstOrDefault();
        if (name is null) return Fail("#!dataset: missing the data set name, e.g. #!dataset penguins");
        var alias = options.GetValueOrDefault("--as");
        // The catalog's names are lower-case and matched ignoring case; the magic names the variable after the catalog's spelling.
        var variable = alias ?? DatasetVariable.Default(name.ToLowerInvariant());
        if (!DatasetVariable.IsValid(variable)) return Fail($"#!dataset: '{variable}' is not a valid C# variable name");
        var call = alias is null
            ? $"FileApp.Dataset({CSharpLiterals.String(name)})"
            : $"FileApp.Dataset({CSharpLiterals.String(name)}, {CSharpLiterals.String(alias)})";
        return ($"{(isDeclared(variable) ? "" : "var ")}{variable} = {call};", null);
    }

    static (string?, string?) Profile(List<string> values, Dictionary<string, string> options, HashSet<string> flags)
    {
        if (Unexpected("#!profile", values, options, flags, ["--variable"], [], maxValues: 1) is { } bad) return Fail(bad);
        var variable = options.GetValueOrDefault("--variable") ?? values.FirstOrDefault();
        if (variable is null) return Fail("#!profile: missing the DataFrame variable, e.g. #!profile penguins");
        return DatasetVariable.IsValid(variable) ? ($"FileApp.Profile({variable});", null) : Fail($"#!profile: '{variable}' is not a C# variable name");
    }

    static (string?, string?) Device(List<string> values, Dictionary<string, string> options, HashSet<string> flags)
    {
        if (Unexpected("#!device", values, options, flags, ["--name"], [], maxValues: 1) is { } bad) return Fail(bad);
        var device = options.GetValueOrDefault("--name") ?? values.FirstOrDefault();
        return (device is null ? "FileApp.Device();" : $"FileApp.Device({CSharpLiterals.String(device)});", null);
    }

    static string? Unexpected(string magic, List<string> values, Dictionary<string, string> options, HashSet<string> flags,
        string[] knownOptions, string[] knownFlags, int maxValues)
    {
        if (options.Keys.Concat(flags).FirstOrDefault(o => !knownOptions.Contains(o) && !knownFlags.Contains(o)) is { } unknown)
            return $"{magic}: unknown option {unknown}";
        if (flags.FirstOrDefault(knownOptions.Contains) is { } missing) return $"{magic}: {missing} needs a value";
        return values.Count > maxValues ? $"{magic}: unexpected argument '{values[maxValues]}'" : null;
    }

    static (string?, string?) Fail(string error) => (null, error);

    /// <summary>Option tokens take the next token as their value unless it is another option; the rest are values.</summary>
    static (List<string> Values, Dictionary<string, string> Options, HashSet<string> Flags) Split(List<string> tokens)
    {
        var values = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].StartsWith("--", StringComparison.Ordinal)) { values.Add(tokens[i]); continue; }
            if (i + 1 < tokens.Count && !tokens[i + 1].StartsWith("--", StringComparison.Ordinal) && tokens[i] is not ("--list" or "--help"))
                options[tokens[i]] = tokens[++i];
            else
                flags.Add(tokens[i]);
        }
        return (values, options, flags);
    }

    /// <summary>Whitespace-separated tokens; double quotes group (and are removed), \" inside them is a quote.</summary>
    static List<string> Tokenize(string line)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false, any = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '\\' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') { quoted = !quoted; any = true; }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (any) tokens.Add(current.ToString());
                current.Clear();
                any = false;
            }
            else { current.Append(c); any = true; }
        }
        if (any) tokens.Add(current.ToString());
        return tokens;
    }
}
