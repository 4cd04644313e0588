using Xunit;
using System.Xml.Linq;
using Notebooks.Engine.Reports;
using static Notebooks.Tests.Reports.ReportFixtures;

namespace Notebooks.Tests.Reports;

public class JUnitReportTests
{
    private static XDocument WriteAndParse(params Notebooks.Engine.Execution.NotebookResult[] results)
    {
        var path = Path.Combine(TempDir(), "junit.xml");
        JUnitReport.Write(results, path);
        return XDocument.Load(path);
    }

    [Fact]
    public void When_results_are_mixed_then_counts_and_testcases_match()
    {
        var doc = WriteAndParse(Passed("lessons/01-basics/tensors.ipynb"), Failed("lessons/02/loss.ipynb"),
            TimedOut("lessons/02/slow.ipynb"), Crashed("crash.ipynb"), NotRun("lessons/03/later.ipynb"));

        var suite = doc.Root!.Element("testsuite")!;
        Assert.Equal("testsuites", doc.Root.Name.LocalName);
        Assert.Equal("5", suite.Attribute("tests")!.Value);
        Assert.Equal("3", suite.Attribute("failures")!.Value);
        Assert.Equal("1", suite.Attribute("skipped")!.Value);
        Assert.Equal("34.75", suite.Attribute("time")!.Value);

        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(5, cases.Count);
        Assert.Equal("lessons/01-basics", cases[0].Attribute("classname")!.Value);
        Assert.Equal("tensors.ipynb", cases[0].Attribute("name")!.Value);
        Assert.Equal("1.5", cases[0].Attribute("time")!.Value);
        Assert.Empty(cases[0].Elements());
        Assert.Equal(".", cases[3].Attribute("classname")!.Value);
        Assert.NotNull(cases[4].Element("skipped"));
    }

    [Fact]
    public void When_a_cell_fails_then_the_failure_names_cell_line_error_and_detail()
    {
        var failure = WriteAndParse(Failed("a/b.ipynb")).Descendants("failure").Single();

        Assert.Equal("cell 2, line 2: System.InvalidOperationException: Sequence contains no elements", failure.Attribute("message")!.Value);
        Assert.Contains("at Submission#1", failure.Value);
        Assert.Contains("var y = new int[0].First();", failure.Value);
    }

    [Fact]
    public void When_a_notebook_times_out_or_crashes_then_it_is_a_failure_that_says_so()
    {
        var failures = WriteAndParse(TimedOut("t.ipynb"), Crashed("c.ipynb")).Descendants("failure").ToList();

        Assert.Equal("timed out", failures[0].Attribute("type")!.Value);
        Assert.StartsWith("Timed out in cell 1", failures[0].Attribute("message")!.Value);
        Assert.Contains("cell timeout 30 s", failures[0].Attribute("message")!.Value);
        Assert.Equal("crashed", failures[1].Attribute("type")!.Value);
        Assert.Contains("worker exited with code 134", failures[1].Attribute("message")!.Value);
    }

    [Fact]
    public void When_messages_hold_control_characters_and_markup_then_the_xml_stays_valid()
    {
        var hostile = "bad \u0001\u0008\u001b[31mred\u001b[0m <tag> & \"quote\" ]]> \uD800 end";

        var failure = WriteAndParse(Failed("x.ipynb", hostile)).Descendants("failure").Single();

        Assert.Contains("bad red <tag> & \"quote\" ]]>  end", failure.Attribute("message")!.Value);
        Assert.DoesNotContain('\u0001', failure.Value);
    }

    [Fact]
    public void When_the_time_is_written_then_the_culture_does_not_change_the_decimal_point()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var testCase = WriteAndParse(Passed("a.ipynb", 2.25)).Descendants("testcase").Single();
            Assert.Equal("2.25", testCase.Attribute("time")!.Value);
        }
        finally { Thread.CurrentThread.CurrentCulture = previous; }
    }
}
