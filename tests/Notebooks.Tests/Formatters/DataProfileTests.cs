using Xunit;
using Microsoft.Data.Analysis;
using Notebooks.Kernel.Profiling;

namespace Notebooks.Tests.Formatters;

public class DataProfileTests
{
    // Penguin-like rows: a "." and an "NA" for sex, one absurd mass, a column mixing numbers and words, one repeated row.
    static DataFrame Penguins()
    {
        var mass = Enumerable.Range(0, 29).Select(i => (double?)(3000 + 10 * i)).Append(90000).ToList();
        mass[5] = null;
        var sex = Enumerable.Range(0, 30).Select(i => i % 2 == 0 ? "male" : "female").ToList();
        sex[3] = ".";
        sex[7] = "NA";
        var island = Enumerable.Range(0, 30).Select(i => i < 28 ? (i % 3).ToString() : "Biscoe").ToList();
        var frame = new DataFrame(
            new PrimitiveDataFrameColumn<double>("mass", mass),
            new StringDataFrameColumn("sex", sex),
            new StringDataFrameColumn("island", island));
        frame.Append([3000.0, "male", "0"], inPlace: true); // same as row 0
        return frame;
    }

    [Fact]
    public void When_numeric_column_is_profiled_then_missing_range_mean_and_outliers_are_reported()
    {
        var mass = Penguins().Profile().Columns.Single(c => c.Name == "mass");

        Assert.Equal(31, mass.Count);
        Assert.Equal(1, mass.Missing);
        Assert.Equal(100.0 / 31, mass.MissingPercent, 6);
        Assert.Equal(3000, mass.Min);
        Assert.Equal(90000, mass.Max);
        Assert.Equal(29, mass.Distinct);
        var values = Enumerable.Range(0, 29).Where(i => i != 5).Select(i => 3000.0 + 10 * i).Append(90000).Append(3000).ToList();
        Assert.Equal(values.Average(), mass.Mean!.Value, 9);
        Assert.Contains(mass.Problems, p => p.StartsWith("1 outliers with |z| > 3 (e.g. 90000)"));
    }

    [Fact]
    public void When_string_column_has_placeholders_then_they_are_flagged_with_counts()
    {
        var sex = Penguins().Profile().Columns.Single(c => c.Name == "sex");

        Assert.Equal(4, sex.Distinct);
        Assert.Equal(new ValueCount("male", 16), sex.TopValues[0]);
        Assert.Contains("2 placeholder values ('.' ×1, 'NA' ×1)", sex.Problems);
        Assert.DoesNotContain(sex.Problems, p => p.StartsWith("mixed"));
    }

    [Fact]
    public void When_string_column_mixes_numbers_and_words_then_it_is_flagged()
    {
        var island = Penguins().Profile().Columns.Single(c => c.Name == "island");

        Assert.Contains("mixed types: 29 numbers and 2 words (e.g. 'Biscoe')", island.Problems);
    }

    [Fact]
    public void When_a_row_repeats_then_duplicate_rows_are_counted()
    {
        Assert.Equal(1, Penguins().Profile().DuplicateRows);
        Assert.Equal(0, DataProfile.Of(new DataFrame(new PrimitiveDataFrameColumn<int>("a", [1, 2, 3]))).DuplicateRows);
    }

    [Fact]
    public void When_column_has_many_values_then_top_values_stop_at_five_and_long_ones_are_cut()
    {
        var values = Enumerable.Range(0, 100).Select(i => i % 8 == 0 ? new string('w', 200) : $"v{i % 7}");
        var profile = DataProfile.Of(new DataFrame(new StringDataFrameColumn("s", values)));

        Assert.Equal(5, profile.Columns[0].TopValues.Count);
        var text = profile.ToText();
        Assert.DoesNotContain(new string('w', 21), text);
        Assert.Contains(new string('w', 19) + "…", text);
    }

    [Fact]
    public void When_profile_is_rendered_then_text_and_html_name_the_rule_and_problems()
    {
        var profile = Penguins().Profile();

        var text = profile.ToText();
        var html = profile.ToHtml();

        Assert.Contains("Profile: 31 rows × 3 columns, 1 duplicate rows", text);
        Assert.Contains("|z| &gt; 3", html);
        Assert.Contains("|z| > 3", text);
        Assert.Contains("placeholder values", html);
        Assert.Contains("mass: 1 outliers", string.Join("\n", profile.Problems));
    }

    [Fact]
    public void When_names_and_values_hold_markup_then_profile_html_encodes_them()
    {
        var frame = new DataFrame(new StringDataFrameColumn(Hostile.Script, [Hostile.Script, "1"]));

        var html = frame.Profile().ToHtml();

        Hostile.AssertEncoded(html);
    }

    [Fact]
    public void When_whitespace_only_value_appears_then_it_counts_as_placeholder()
    {
        Assert.True(PlaceholderValues.IsPlaceholder("   "));
        Assert.True(PlaceholderValues.IsPlaceholder("n/a"));
        Assert.False(PlaceholderValues.IsPlaceholder("none of these"));
    }
}
