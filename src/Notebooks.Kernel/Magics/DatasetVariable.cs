using Microsoft.CodeAnalysis.CSharp;

namespace Notebooks.Kernel.Magics;

/// <summary>The C# variable <c>#!dataset</c> creates. Also compiled into Notebooks.Engine (a linked file), so an
/// exported file-based app declares exactly the variable the magic would have made.</summary>
static class DatasetVariable
{
    /// <summary>"seattle-weather" → "seattle_weather"; a keyword or leading digit gets a leading underscore.</summary>
    public static string Default(string datasetName)
    {
        var chars = datasetName.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray();
        var id = new string(chars);
        return char.IsDigit(id[0]) || SyntaxFacts.GetKeywordKind(id) != SyntaxKind.None ? "_" + id : id;
    }

    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;
}
