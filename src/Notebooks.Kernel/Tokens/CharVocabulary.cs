namespace Notebooks.Kernel.Tokens;

/// <summary>
/// Characters ↔ token indices for character-level models, as in makemore: index 0 is a boundary character
/// ('.' by default) that marks both the start and the end of a text; the other characters follow in sorted order.
/// <code>var vocab = CharVocabulary.From(names); vocab.Encode("emma") → [5, 13, 13, 1]</code>
/// </summary>
public sealed class CharVocabulary
{
    public const char DefaultBoundary = '.';

    readonly char[] characters;
    readonly Dictionary<char, int> indices;

    CharVocabulary(char[] characters)
    {
        this.characters = characters;
        indices = characters.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
    }

    /// <summary>Every character that occurs in <paramref name="texts"/>, plus the boundary at index 0.</summary>
    public static CharVocabulary From(IEnumerable<string> texts, char boundary = DefaultBoundary)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var seen = new SortedSet<char>();
        var row = 0;
        foreach (var text in texts)
        {
            if (text is null) throw new ArgumentException($"CharVocabulary.From: text {row} is null.", nameof(texts));
            var at = text.IndexOf(boundary);
            if (at >= 0)
                throw new ArgumentException(
                    $"CharVocabulary.From: text {row} (\"{text}\") contains the boundary character '{boundary}' at position {at}; pick another boundary.",
                    nameof(texts));
            seen.UnionWith(text);
            row++;
        }
        return new CharVocabulary([boundary, .. seen]);
    }

    public int Size => characters.Length;
    public char Boundary => characters[0];
    /// <summary>Index → character; index 0 is <see cref="Boundary"/>.</summary>
    public IReadOnlyList<char> Characters => characters;

    public bool Contains(char c) => indices.ContainsKey(c);

    public int IndexOf(char c) => indices.TryGetValue(c, out var i)
        ? i
        : throw new KeyNotFoundException($"CharVocabulary: '{c}' (U+{(int)c:X4}) is not in the vocabulary ({Describe()}).");

    public char CharAt(int index) => index >= 0 && index < characters.Length
        ? characters[index]
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"CharVocabulary: token {index} is outside 0–{Size - 1}.");

    /// <summary>The text's characters as indices, without boundaries.</summary>
    public int[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (!indices.TryGetValue(text[i], out tokens[i]))
                throw new ArgumentException(
                    $"CharVocabulary.Encode: '{text[i]}' (U+{(int)text[i]:X4}) at position {i} of \"{text}\" is not in the vocabulary ({Describe()}).",
                    nameof(text));
        }
        return tokens;
    }

    public string Decode(IEnumerable<int> tokens) => string.Concat(tokens.Select(CharAt));

    string Describe() => $"{Size} characters: {string.Concat(characters)}";

    public override string ToString() => $"CharVocabulary: {Describe()}";
}
