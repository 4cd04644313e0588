using System.Text.RegularExpressions;

namespace Notebooks.Engine.Export;

/// <summary>
/// <c>#r</c>, <c>#i</c> and <c>#load</c> lines. <c>#r "nuget: Name, Version"</c> becomes <c>#:package Name@Version</c>;
/// the setup cell's <c>#r ".../Notebooks.Kernel.dll"</c> becomes the app's <c>#:project</c>; the rest have no
/// file-based app equivalent.
/// </summary>
static partial class ReferenceLine
{
    public const string KernelAssembly = "Notebooks.Kernel.dll";

    public static bool Matches(string line) => Directive().IsMatch(line);

    /// <returns>A #:package directive (null when the line needs none), or the error.</returns>
    public static (string? Package, string? Error) Translate(string line)
    {
        var match = Directive().Match(line);
        var (kind, argument) = (match.Groups["kind"].Value, match.Groups["arg"].Value.Trim());
        var text = argument.Length >= 2 && argument[0] == '"' && argument[^1] == '"' ? argument[1..^1] : null;
        if (kind == "#i")
            return (null, "#i (a package source) has no file-based app equivalent; put the source in a nuget.config beside the app");
        if (kind == "#load")
            return (null, "#load has no file-based app equivalent; paste the script's code into the notebook or make it a project and use #:project");
        if (text is null)
            return (null, $"#r expects a quoted argument, e.g. #r \"nuget: Name, 1.0.0\"");
        if (text.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            var parts = text["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries);
            if (parts[0].Length == 0 || parts.Length > 2)
                return (null, $"#r \"{text}\" is not of the form \"nuget: Name, Version\"");
            return ($"#:package {parts[0]}@{(parts.Length == 2 && parts[1].Length > 0 ? parts[1] : "*")}", null);
        }
        if (Path.GetFileName(text.Replace('\\', '/')).Equals(KernelAssembly, StringComparison.OrdinalIgnoreCase))
            return (null, null);
        return (null, $"#r \"{text}\" references an assembly file, which a file-based app cannot; reference its project (#:project) or package (#:package)");
    }

    [GeneratedRegex(@"^\s*(?<kind>#r|#i|#load)\b(?<arg>.*)$")]
    private static partial Regex Directive();
}
