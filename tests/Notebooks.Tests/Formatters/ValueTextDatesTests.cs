using Notebooks.Kernel.Formatters;

namespace Notebooks.Tests.Formatters;

public class ValueTextDatesTests
{
    [Fact]
    public void When_a_date_has_no_time_of_day_then_it_reads_as_an_iso_date() =>
        Assert.Equal("2012-01-01", ValueText.Of(new DateTime(2012, 1, 1)));

    [Fact]
    public void When_a_date_has_a_time_of_day_then_the_time_is_kept() =>
        Assert.Equal("2012-01-01 13:05:00", ValueText.Of(new DateTime(2012, 1, 1, 13, 5, 0)));
}
