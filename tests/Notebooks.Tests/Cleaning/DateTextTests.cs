using Microsoft.Data.Analysis;
using Notebooks.Kernel.Cleaning;
using Xunit;
using static Notebooks.Tests.Cleaning.Frame;

namespace Notebooks.Tests.Cleaning;

public class DateTextTests
{
    [Fact]
    public void When_dates_fit_the_format_then_they_become_a_date_column_and_nulls_stay_null()
    {
        var r = DateText.Parse(Of(Text("d", "Jun 12 1998", null, " Aug 07 1998 ")), "d", "MMM dd yyyy");
        Assert.IsType<DateTimeDataFrameColumn>(r.Clean.Columns["d"]);
        Assert.Equal([new DateTime(1998, 6, 12), null, new DateTime(1998, 8, 7)], Values(r.Clean, "d"));
        Assert.Equal(0, r.Quarantine.Rows.Count);
    }

    [Fact]
    public void When_a_date_fits_no_format_then_its_row_is_quarantined_with_the_text()
    {
        var r = DateText.Parse(Of(Text("d", "Jun 12 1998", "1998-06-12", "Feb 30 2001"), Num("x", 1, 2, 3)), "d", "MMM dd yyyy");
        Assert.Equal([1.0], Values(r.Clean, "x"));
        Assert.Equal(["1998-06-12", "Feb 30 2001"], Values(r.Quarantine, "d"));
        Assert.Equal("d = \"1998-06-12\" is not a date in the format MMM dd yyyy", r.Quarantine.Columns[CleaningResult.ReasonColumn][0]);
    }

    [Fact]
    public void When_several_formats_are_named_then_any_of_them_is_accepted()
    {
        var r = DateText.Parse(Of(Text("d", "Jun 12 1998", "1998-06-12")), "d", "MMM dd yyyy", "yyyy-MM-dd");
        Assert.Equal([new DateTime(1998, 6, 12), new DateTime(1998, 6, 12)], Values(r.Clean, "d"));
    }

    [Fact]
    public void When_no_format_is_named_or_the_column_is_not_text_then_the_error_says_so()
    {
        Assert.Throws<ArgumentException>(() => DateText.Parse(Of(Text("d", "x")), "d"));
        var e = Assert.Throws<ArgumentException>(() => DateText.Parse(Of(Num("d", 1)), "d", "yyyy"));
        Assert.Equal("Column 'd' is not text.", e.Message);
    }

    [Fact]
    public void When_chained_after_other_steps_then_no_row_is_lost()
    {
        var raw = Of(Text("d", "Jun 12 1998", "junk", "Aug 07 1998", null), Num("x", 1, 2, null, 4));
        var r = CleaningResult.Start(raw)
            .Then(df => DateText.Parse(df, "d", "MMM dd yyyy"))
            .Then(df => MissingValues.DropRows(df));
        Assert.Equal(raw.Rows.Count, r.TotalRows);
        Assert.Equal([1.0], Values(r.Clean, "x"));
    }
}
