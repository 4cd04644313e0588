namespace Notebooks.Kernel.Tokens;

/// <summary>
/// Next-character training pairs, one row per text, as makemore builds them: the input starts with the boundary
/// token and the target is the input shifted by one, ending with the boundary. "emma" with block 6 gives
/// input <c>. e m m a .</c> and target <c>e m m a . ∅</c>, where ∅ is <see cref="IgnoreIndex"/>: positions after the
/// end that the loss skips (<c>cross_entropy(..., ignore_index: PaddedSequences.IgnoreIndex)</c>).
/// </summary>
public static class PaddedSequences
{
    public const long IgnoreIndex = -1;

    /// <param name="blockSize">Columns per row; null: one more than the longest text, the least that fits all.</param>
    public static (long[,] Inputs, long[,] Targets) Of(CharVocabulary vocabulary, IReadOnlyList<string> texts, int? blockSize = null)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0) throw new ArgumentException("PaddedSequences.Of: no texts given.", nameof(texts));
        var block = blockSize ?? texts.Max(t => t.Length) + 1;
        if (block < 1) throw new ArgumentOutOfRangeException(nameof(blockSize), block, "PaddedSequences.Of: the block size must be at least 1.");

        var inputs = new long[texts.Count, block];
        var targets = new long[texts.Count, block];
        for (var row = 0; row < texts.Count; row++)
        {
            var tokens = vocabulary.Encode(texts[row]);
            if (tokens.Length + 1 > block)
                throw new ArgumentException(
                    $"PaddedSequences.Of: text {row} (\"{texts[row]}\") has {tokens.Length} characters; a block of {block} holds at most {block - 1}.",
                    nameof(texts));
            for (var t = 0; t < block; t++)
            {
                inputs[row, t] = t == 0 ? 0 : t <= tokens.Length ? tokens[t - 1] : 0;
                targets[row, t] = t < tokens.Length ? tokens[t] : t == tokens.Length ? 0 : IgnoreIndex;
            }
        }
        return (inputs, targets);
    }
}
