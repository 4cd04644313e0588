using Notebooks.Kernel.Tokens;

namespace Notebooks.Tests.Tokens;

public class CharVocabularyTests
{
    [Fact]
    public void When_built_from_names_then_the_boundary_is_token_zero_and_the_rest_are_sorted()
    {
        var vocab = CharVocabulary.From(["emma", "ava", "jo-ann"]);

        Assert.Equal(".-aejmnov", string.Concat(vocab.Characters));
        Assert.Equal(9, vocab.Size);
        Assert.Equal('.', vocab.Boundary);
        Assert.Equal(0, vocab.IndexOf('.'));
    }

    [Fact]
    public void When_a_text_is_encoded_and_decoded_then_it_comes_back_unchanged()
    {
        var vocab = CharVocabulary.From(["emma", "ava"]);

        Assert.Equal([2, 3, 3, 1], vocab.Encode("emma"));
        Assert.Equal("emma", vocab.Decode(vocab.Encode("emma")));
        Assert.Equal(".ava.", vocab.Decode([0, 1, 4, 1, 0]));
    }

    [Fact]
    public void When_a_character_is_unknown_then_the_error_names_it_its_position_and_the_text()
    {
        var vocab = CharVocabulary.From(["emma"]);

        var error = Assert.Throws<ArgumentException>(() => vocab.Encode("emé"));

        Assert.Contains("'é' (U+00E9) at position 2 of \"emé\"", error.Message);
        Assert.Contains("4 characters: .aem", error.Message);
    }

    [Fact]
    public void When_a_text_contains_the_boundary_then_building_fails_and_names_the_text()
    {
        var error = Assert.Throws<ArgumentException>(() => CharVocabulary.From(["ann", "j.r."]));

        Assert.Contains("text 1 (\"j.r.\")", error.Message);
        Assert.Contains("position 1", error.Message);
    }

    [Fact]
    public void When_another_boundary_is_chosen_then_dots_are_ordinary_characters()
    {
        var vocab = CharVocabulary.From(["j.r."], boundary: '|');

        Assert.Equal("|.jr", string.Concat(vocab.Characters));
    }

    [Fact]
    public void When_a_token_is_out_of_range_then_decoding_says_the_range()
    {
        var vocab = CharVocabulary.From(["ab"]);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => vocab.Decode([1, 7]));

        Assert.Contains("token 7 is outside 0–2", error.Message);
    }
}
