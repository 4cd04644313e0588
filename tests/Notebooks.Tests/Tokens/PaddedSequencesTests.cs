using Notebooks.Kernel.Tokens;

namespace Notebooks.Tests.Tokens;

public class PaddedSequencesTests
{
    static readonly CharVocabulary Vocab = CharVocabulary.From(["emma", "bo"]);

    static long[] Row(long[,] matrix, int row) =>
        Enumerable.Range(0, matrix.GetLength(1)).Select(c => matrix[row, c]).ToArray();

    [Fact]
    public void When_a_name_is_padded_then_the_target_is_the_input_shifted_by_one_and_ends_with_the_boundary()
    {
        var (inputs, targets) = PaddedSequences.Of(Vocab, ["emma"], blockSize: 6);

        Assert.Equal(".emma.", Vocab.Decode(Row(inputs, 0).Select(t => (int)t)));
        Assert.Equal([.. Vocab.Encode("emma").Select(t => (long)t), 0L, PaddedSequences.IgnoreIndex], Row(targets, 0));
    }

    [Fact]
    public void When_no_block_size_is_given_then_the_longest_text_fits_exactly()
    {
        var (inputs, targets) = PaddedSequences.Of(Vocab, ["emma", "bo"]);

        Assert.Equal(5, inputs.GetLength(1));
        Assert.Equal(0L, targets[0, 4]);
        Assert.Equal([Vocab.IndexOf('b'), Vocab.IndexOf('o'), 0L, -1L, -1L], Row(targets, 1));
        Assert.Equal([0L, Vocab.IndexOf('b'), Vocab.IndexOf('o'), 0L, 0L], Row(inputs, 1));
    }

    [Fact]
    public void When_a_text_does_not_fit_the_block_then_the_error_names_it()
    {
        var error = Assert.Throws<ArgumentException>(() => PaddedSequences.Of(Vocab, ["bo", "emma"], blockSize: 4));

        Assert.Contains("text 1 (\"emma\") has 4 characters; a block of 4 holds at most 3", error.Message);
    }
}
