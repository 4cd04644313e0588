using Xunit;
using Notebooks.Engine.Reports;
using static Notebooks.Tests.Reports.ReportFixtures;

namespace Notebooks.Tests.Reports;

public class AtomicFileTests
{
    [Fact]
    public void When_a_report_is_rewritten_then_it_is_replaced_whole_and_no_temp_file_stays()
    {
        var dir = TempDir();
        var path = Path.Combine(dir, "nested", "report.json");

        AtomicFile.WriteAllText(path, "first, longer text");
        AtomicFile.WriteAllText(path, "second");

        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal(["report.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }
}
