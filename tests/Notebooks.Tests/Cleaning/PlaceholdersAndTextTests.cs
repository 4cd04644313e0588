using Notebooks.Kernel.Cleaning;
using Xunit;
using static Notebooks.Tests.Cleaning.Frame;

namespace Notebooks.Tests.Cleaning;

public class PlaceholdersAndTextTests
{
    [Fact]
    public void When_text_is_a_placeholder_then_it_becomes_null_and_real_text_is_kept()
    {
        var df = Of(Text("sex", "MALE", ".", " NA ", "n/a", "<b>.</b>", null, "FEMALE"), Num("x", 1, 2, 3, 4, 5, 6, 7));
        var clean = Placeholders.ToNull(df);
        Assert.Equal(["MALE", null, null, null, "<b>.</b>", null, "FEMALE"], Values(clean, "sex"));
        Assert.Equal(".", df.Columns["sex"][1]);  // the input is not changed
    }

    [Fact]
    public void When_placeholders_are_named_then_only_those_are_replaced()
    {
        var clean = Placeholders.ToNull(Of(Text("a", ".", "NA")), ["."]);
        Assert.Equal([null, "NA"], Values(clean, "a"));
    }

    [Fact]
    public void When_a_named_column_is_not_text_then_the_error_names_it()
    {
        var e = Assert.Throws<ArgumentException>(() => Placeholders.ToNull(Of(Num("x", 1)), null, "x"));
        Assert.Equal("Column 'x' is not text.", e.Message);
    }

    [Fact]
    public void When_category_text_varies_in_space_and_case_then_it_becomes_one_category()
    {
        var df = Of(Text("island", " Biscoe", "biscoe ", "BISCOE", "Torgersen\t Island", "   ", null, "<script>x</script>"));
        var clean = CategoryText.Normalise(df, "island");
        Assert.Equal(["biscoe", "biscoe", "biscoe", "torgersen island", null, null, "<script>x</script>"], Values(clean, "island"));
        Assert.Equal("Torgersen Island", CategoryText.Normalise(df, "island", LetterCase.Title).Columns["island"][3]);
    }

    [Fact]
    public void When_the_frame_is_empty_then_text_steps_return_an_empty_frame()
    {
        var empty = Of(Text("a"));
        Assert.Equal(0, Placeholders.ToNull(empty).Rows.Count);
        Assert.Equal(0, CategoryText.Normalise(empty, "a").Rows.Count);
    }

    [Fact]
    public void When_a_column_does_not_exist_then_the_error_lists_the_columns()
    {
        var e = Assert.Throws<ArgumentException>(() => CategoryText.Normalise(Of(Text("a", "x")), "b"));
        Assert.Equal("No column 'b'. Columns: a.", e.Message);
    }
}
