using System.Globalization;

namespace Notebooks.Kernel.FileApps;

/// <summary>A command-line mistake in a file-based app: an unknown parameter, a missing or malformed value.</summary>
public sealed class AppArgumentException(string message) : Exception(message);

/// <summary>
/// The <c>--name value</c> (or <c>--name=value</c>) pairs of an exported lesson's command line, checked against
/// the parameters its notebook declares, and converted with the invariant culture to each parameter's type.
/// </summary>
public sealed class AppArguments
{
    readonly Dictionary<string, string> values;

    AppArguments(Dictionary<string, string> values, IReadOnlyList<string> names) => (this.values, Names) = (values, names);

    public static AppArguments None { get; } = new([], []);

    /// <summary>The parameters the app declares, in notebook order.</summary>
    public IReadOnlyList<string> Names { get; }

    public IReadOnlyDictionary<string, string> Values => values;

    /// <exception cref="AppArgumentException">A token is not <c>--name</c>, a name is not declared, a value is missing or given twice.</exception>
    public static AppArguments Parse(IReadOnlyList<string> args, IReadOnlyList<string> names)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
                throw new AppArgumentException($"'{token}' is not a parameter; expected --name value. {Known(names)}");
            var (name, value) = token.IndexOf('=') is > 2 and var eq ? (token[2..eq], token[(eq + 1)..]) : (token[2..], null);
            if (!names.Contains(name))
                throw new AppArgumentException($"unknown parameter --{name}. {Known(names)}");
            if (value is null)
            {
                if (i + 1 >= args.Count) throw new AppArgumentException($"--{name} needs a value, e.g. --{name} <value>.");
                value = args[++i];
            }
            if (!values.TryAdd(name, value)) throw new AppArgumentException($"--{name} is given twice.");
        }
        return new AppArguments(values, names);
    }

    /// <summary>The value given on the command line, or <paramref name="defaultValue"/> (the notebook's) when none was.</summary>
    /// <exception cref="AppArgumentException">The value given is not a <typeparamref name="T"/>.</exception>
    public T Get<T>(string name, T defaultValue)
    {
        if (!values.TryGetValue(name, out var text)) return defaultValue;
        return Parse(typeof(T), text) is T value ? value
            : throw new AppArgumentException($"--{name}: '{text}' is not {Describe(typeof(T))}.");
    }

    /// <summary>The value as a boxed <paramref name="type"/>, or null when the text is not one.</summary>
    static object? Parse(Type type, string text)
    {
        const NumberStyles number = NumberStyles.Float;
        var c = CultureInfo.InvariantCulture;
        return type switch
        {
            var t when t == typeof(string) => text,
            var t when t == typeof(bool) => bool.TryParse(text.Trim(), out var b) ? b : null,
            var t when t == typeof(int) => int.TryParse(text, NumberStyles.Integer, c, out var i) ? i : null,
            var t when t == typeof(long) => long.TryParse(text, NumberStyles.Integer, c, out var l) ? l : null,
            var t when t == typeof(double) => double.TryParse(text, number, c, out var d) ? d : null,
            var t when t == typeof(float) => float.TryParse(text, number, c, out var f) ? f : null,
            var t when t == typeof(decimal) => decimal.TryParse(text, number, c, out var m) ? m : null,
            var t => throw new ArgumentException($"A parameter cannot be a {t.Name}; use bool, int, long, double, float, decimal or string."),
        };
    }

    static string Describe(Type type) =>
        type == typeof(bool) ? "true or false"
        : type == typeof(int) ? "a whole number that fits an int"
        : type == typeof(long) ? "a whole number that fits a long"
        : "a number";

    static string Known(IReadOnlyList<string> names) => names.Count == 0
        ? "This app takes no parameters."
        : $"Parameters: {string.Join(", ", names.Select(n => "--" + n))}.";
}
