namespace Notebooks.Runner.Cli;

/// <summary>`--param name=value` arguments as a dictionary, or the first malformed one.</summary>
public sealed record ParameterList(IReadOnlyDictionary<string, string> Values, string? Error)
{
    public static ParameterList Parse(IEnumerable<string> arguments)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var split = argument.IndexOf('=');
            if (split <= 0) return new(values, $"'{argument}' is not name=value");
            var name = argument[..split].Trim();
            if (!values.TryAdd(name, argument[(split + 1)..])) return new(values, $"'{name}' is given twice");
        }
        return new(values, null);
    }
}
