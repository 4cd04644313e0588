using System.Xml.Linq;
using Notebooks.Engine.Execution;

namespace Notebooks.Engine.Reports;

/// <summary>JUnit XML: one testcase per notebook (classname = folder, name = file), the shape CI servers read.</summary>
public static class JUnitReport
{
    public static void Write(IReadOnlyList<NotebookResult> results, string path) =>
        XmlReportWriter.Save(Build(results), path);

    public static XDocument Build(IReadOnlyList<NotebookResult> results)
    {
        var failures = results.Count(r => FailureSummary.For(r) is not null);
        var skipped = results.Count(r => r.Status == NotebookStatus.NotRun);
        var time = ReportText.Seconds(TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks)));

        var suite = new XElement("testsuite",
            new XAttribute("name", "notebooks"),
            new XAttribute("tests", results.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            new XAttribute("skipped", skipped),
            new XAttribute("time", time),
            results.Select(TestCase));

        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites",
                new XAttribute("name", "notebooks"),
                new XAttribute("tests", results.Count),
                new XAttribute("failures", failures),
                new XAttribute("errors", 0),
                new XAttribute("skipped", skipped),
                new XAttribute("time", time),
                suite));
    }

    private static XElement TestCase(NotebookResult result)
    {
        var testCase = new XElement("testcase",
            new XAttribute("classname", ReportText.ForXml(ReportText.Folder(result.Path))),
            new XAttribute("name", ReportText.ForXml(ReportText.FileName(result.Path))),
            new XAttribute("time", ReportText.Seconds(result.Duration)));

        if (FailureSummary.For(result) is { } failure)
        {
            testCase.Add(new XElement("failure",
                new XAttribute("message", ReportText.ForXml(ReportText.OneLine(failure.Message))),
                new XAttribute("type", failure.Kind),
                ReportText.ForXml(failure.Detail)));
        }
        else if (result.Status == NotebookStatus.NotRun)
        {
            testCase.Add(new XElement("skipped",
                new XAttribute("message", ReportText.ForXml(ReportText.OneLine(result.Message ?? "not run")))));
        }
        return testCase;
    }
}
