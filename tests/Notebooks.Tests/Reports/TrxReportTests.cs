using Xunit;
using System.Xml.Linq;
using Notebooks.Engine.Reports;
using static Notebooks.Tests.Reports.ReportFixtures;

namespace Notebooks.Tests.Reports;

public class TrxReportTests
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    private static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static string WriteText(params Notebooks.Engine.Execution.NotebookResult[] results)
    {
        var path = Path.Combine(TempDir(), "run.trx");
        TrxReport.Write(results, path, Start);
        return File.ReadAllText(path);
    }

    [Fact]
    public void When_results_are_mixed_then_summary_counters_and_outcomes_match()
    {
        var doc = XDocument.Parse(WriteText(Passed("a/p.ipynb"), Failed("a/f.ipynb"), TimedOut("t.ipynb"), NotRun("n.ipynb")));

        var summary = doc.Root!.Element(Ns + "ResultSummary")!;
        Assert.Equal("Failed", summary.Attribute("outcome")!.Value);
        var counters = summary.Element(Ns + "Counters")!;
        Assert.Equal("4", counters.Attribute("total")!.Value);
        Assert.Equal("3", counters.Attribute("executed")!.Value);
        Assert.Equal("1", counters.Attribute("passed")!.Value);
        Assert.Equal("2", counters.Attribute("failed")!.Value);
        Assert.Equal("1", counters.Attribute("notExecuted")!.Value);

        var results = doc.Descendants(Ns + "UnitTestResult").ToList();
        Assert.Equal(["Passed", "Failed", "Failed", "NotExecuted"], results.Select(r => r.Attribute("outcome")!.Value));
        Assert.Equal("00:00:01.5000000", results[0].Attribute("duration")!.Value);
        Assert.Equal("2026-01-02T03:04:06.5000000+00:00", results[1].Attribute("startTime")!.Value);
        Assert.Equal(4, doc.Descendants(Ns + "UnitTest").Count());
        Assert.Equal(4, doc.Descendants(Ns + "TestEntry").Count());
    }

    [Fact]
    public void When_a_notebook_fails_then_error_info_has_message_and_stack()
    {
        var doc = XDocument.Parse(WriteText(Failed("a/f.ipynb")));

        var info = doc.Descendants(Ns + "ErrorInfo").Single();
        Assert.Equal("failed: cell 2, line 2: System.InvalidOperationException: Sequence contains no elements",
            info.Element(Ns + "Message")!.Value);
        Assert.Contains("at Submission#1", info.Element(Ns + "StackTrace")!.Value);
    }

    [Fact]
    public void When_ids_are_made_then_they_link_up_and_match_between_runs()
    {
        var first = WriteText(Passed("a/p.ipynb"), Failed("a/f.ipynb"));
        var second = WriteText(Passed("a/p.ipynb"), Failed("a/f.ipynb"));
        Assert.Equal(first, second);

        var doc = XDocument.Parse(first);
        var result = doc.Descendants(Ns + "UnitTestResult").First();
        var test = doc.Descendants(Ns + "UnitTest").First();
        Assert.Equal(test.Attribute("id")!.Value, result.Attribute("testId")!.Value);
        Assert.Equal(test.Element(Ns + "Execution")!.Attribute("id")!.Value, result.Attribute("executionId")!.Value);
        Assert.Equal(NameBasedGuid.Create("test:a/p.ipynb").ToString(), result.Attribute("testId")!.Value);
        Assert.NotEqual(result.Attribute("testId")!.Value, doc.Descendants(Ns + "UnitTestResult").Last().Attribute("testId")!.Value);
    }
}
