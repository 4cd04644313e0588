using Notebooks.Kernel.Cleaning;
using Xunit;
using static Notebooks.Tests.Cleaning.Frame;

namespace Notebooks.Tests.Cleaning;

public class QuarantineTests
{
    [Fact]
    public void When_rows_have_missing_values_then_they_go_to_quarantine_with_the_columns_named()
    {
        var df = Of(Text("sex", "m", null, "f", null), Num("mass", 1, 2, null, null));
        var r = MissingValues.DropRows(df);
        Assert.Equal(["m"], Values(r.Clean, "sex"));
        Assert.Equal(["missing sex", "missing mass", "missing sex, mass"], Values(r.Quarantine, CleaningResult.ReasonColumn));
        Assert.Equal(df.Rows.Count, r.Clean.Rows.Count + r.Quarantine.Rows.Count);
    }

    [Fact]
    public void When_only_some_columns_are_checked_then_nulls_elsewhere_are_kept()
    {
        var r = MissingValues.DropRows(Of(Text("sex", "m", null), Num("mass", null, 2)), "mass");
        Assert.Equal([null], Values(r.Clean, "sex"));
    }

    [Fact]
    public void When_rows_repeat_then_later_copies_are_quarantined_naming_the_first()
    {
        var df = Of(Text("a", "x", "y", "x", null, null, "x,y"), Num("b", 1, 1, 1, null, null, 1));
        var r = Duplicates.Remove(df);
        Assert.Equal(["x", "y", null, "x,y"], Values(r.Clean, "a"));
        Assert.Equal(["duplicate of row 1", "duplicate of row 4"], Values(r.Quarantine, CleaningResult.ReasonColumn));
    }

    [Fact]
    public void When_duplicates_are_judged_on_one_column_then_other_columns_are_ignored()
    {
        var r = Duplicates.Remove(Of(Text("a", "x", "x"), Num("b", 1, 2)), "a");
        Assert.Equal(1, r.Quarantine.Rows.Count);
    }

    [Fact]
    public void When_a_value_lies_outside_the_iqr_fence_then_it_is_flagged_and_can_be_quarantined()
    {
        // 1..8 and 100: Q1 = 3, Q3 = 7 (type-7 quantiles), IQR 4, fence [-3, 13].
        var df = Of(Num("x", 1, 2, 3, 4, 5, 6, 7, 8, 100, null));
        var fence = Outliers.Fence(df, "x");
        Assert.Equal(new IqrFence(3, 7, -3, 13), fence);
        Assert.Equal([false, false, false, false, false, false, false, false, true, false], Values(Outliers.Flag(df, "x"), "x outlier"));
        var r = Outliers.Quarantine(df, "x");
        Assert.Equal(["x = 100 outside IQR fence [-3, 13]"], Values(r.Quarantine, CleaningResult.ReasonColumn));
        Assert.Equal(9, r.Clean.Rows.Count);
    }

    [Fact]
    public void When_steps_are_chained_then_every_input_row_is_either_clean_or_quarantined()
    {
        var raw = Of(Text("sex", "MALE", ".", "male ", "FEMALE", "MALE", null), Num("mass", 3700, 3800, 3700, 99999, 3700, 4000));
        var r = CleaningResult.Start(raw)
            .Then(df => Placeholders.ToNull(df))
            .Then(df => CategoryText.Normalise(df, "sex"))
            .Then(df => MissingValues.DropRows(df, "sex"))
            .Then(df => Duplicates.Remove(df));
        Assert.Equal(raw.Rows.Count, r.TotalRows);
        Assert.Equal(["male", "female"], Values(r.Clean, "sex"));
        Assert.Equal(["missing sex", "missing sex", "duplicate of row 1", "duplicate of row 1"], Values(r.Quarantine, CleaningResult.ReasonColumn));
    }

    [Fact]
    public void When_the_frame_is_empty_then_row_steps_return_two_empty_frames()
    {
        var empty = Of(Text("a"), Num("b"));
        foreach (var r in new[] { MissingValues.DropRows(empty), Duplicates.Remove(empty), CleaningResult.Start(empty) })
        {
            Assert.Equal(0, r.Clean.Rows.Count);
            Assert.Equal(0, r.Quarantine.Rows.Count);
            Assert.Equal(["a", "b", CleaningResult.ReasonColumn], r.Quarantine.Columns.Select(c => c.Name));
        }
    }

    [Fact]
    public void When_a_column_has_no_values_then_the_fence_cannot_be_computed()
    {
        var e = Assert.Throws<ArgumentException>(() => Outliers.Fence(Of(Num("x", null, null)), "x"));
        Assert.Equal("Column 'x' has no values to compute quartiles from.", e.Message);
    }
}
