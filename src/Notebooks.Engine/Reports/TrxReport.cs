using System.Globalization;
using System.Xml.Linq;
using Notebooks.Engine.Execution;

namespace Notebooks.Engine.Reports;

/// <summary>
/// Visual Studio TRX, the format `dotnet test --logger trx` writes and Azure DevOps publishes. Ids are
/// name-based GUIDs of the notebook path, so two runs of the same notebooks differ only in their times.
/// </summary>
public static class TrxReport
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    private const string UnitTestType = "13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b";
    private const string ResultsNotInAList = "8c84fa94-04c1-424b-9868-57a2d4851a1d";
    private const string AllLoadedResults = "19431567-8539-422a-85d7-44ee4e166bda";
    private const string Adapter = "executor://notebooks/runner";

    /// <param name="runStarted">When the run began; results are laid out one after another from there.
    /// Defaults to now minus the total duration.</param>
    public static void Write(IReadOnlyList<NotebookResult> results, string path, DateTimeOffset? runStarted = null) =>
        XmlReportWriter.Save(Build(results, runStarted), path);

    public static XDocument Build(IReadOnlyList<NotebookResult> results, DateTimeOffset? runStarted = null)
    {
        var total = TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks));
        var start = runStarted ?? DateTimeOffset.UtcNow - total;
        var runId = NameBasedGuid.Create("run:" + Time(start) + ":" + string.Join('\n', results.Select(r => r.Path)));

        var unitResults = new List<XElement>();
        var definitions = new List<XElement>();
        var entries = new List<XElement>();
        var next = start;
        foreach (var result in results)
        {
            var testId = NameBasedGuid.Create("test:" + result.Path).ToString();
            var executionId = NameBasedGuid.Create("execution:" + result.Path).ToString();
            unitResults.Add(UnitTestResult(result, testId, executionId, next));
            definitions.Add(UnitTest(result, testId, executionId));
            entries.Add(new XElement(Ns + "TestEntry",
                new XAttribute("testId", testId), new XAttribute("executionId", executionId),
                new XAttribute("testListId", ResultsNotInAList)));
            next += result.Duration;
        }

        var passed = results.Count(r => r.Status == NotebookStatus.Passed);
        var notExecuted = results.Count(r => r.Status == NotebookStatus.NotRun);
        var failed = results.Count - passed - notExecuted;

        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "TestRun",
                new XAttribute("id", runId),
                new XAttribute("name", $"notebooks {Time(start)}"),
                new XElement(Ns + "Times",
                    new XAttribute("creation", Time(start)), new XAttribute("queuing", Time(start)),
                    new XAttribute("start", Time(start)), new XAttribute("finish", Time(start + total))),
                new XElement(Ns + "Results", unitResults),
                new XElement(Ns + "TestDefinitions", definitions),
                new XElement(Ns + "TestEntries", entries),
                new XElement(Ns + "TestLists",
                    new XElement(Ns + "TestList", new XAttribute("name", "Results Not in a List"), new XAttribute("id", ResultsNotInAList)),
                    new XElement(Ns + "TestList", new XAttribute("name", "All Loaded Results"), new XAttribute("id", AllLoadedResults))),
                new XElement(Ns + "ResultSummary",
                    new XAttribute("outcome", failed > 0 ? "Failed" : "Completed"),
                    Counters(results.Count, passed, failed, notExecuted))));
    }

    private static XElement UnitTestResult(NotebookResult result, string testId, string executionId, DateTimeOffset start)
    {
        var element = new XElement(Ns + "UnitTestResult",
            new XAttribute("executionId", executionId),
            new XAttribute("testId", testId),
            new XAttribute("testName", TestName(result)),
            new XAttribute("computerName", ReportText.ForXml(Environment.MachineName)),
            new XAttribute("duration", result.Duration.ToString("c", CultureInfo.InvariantCulture)),
            new XAttribute("startTime", Time(start)),
            new XAttribute("endTime", Time(start + result.Duration)),
            new XAttribute("testType", UnitTestType),
            new XAttribute("outcome", Outcome(result.Status)),
            new XAttribute("testListId", ResultsNotInAList),
            new XAttribute("relativeResultsDirectory", executionId));

        if (FailureSummary.For(result) is { } failure)
        {
            element.Add(new XElement(Ns + "Output",
                new XElement(Ns + "ErrorInfo",
                    new XElement(Ns + "Message", ReportText.ForXml($"{failure.Kind}: {failure.Message}")),
                    new XElement(Ns + "StackTrace", ReportText.ForXml(failure.Detail)))));
        }
        else if (result.Status == NotebookStatus.NotRun && !string.IsNullOrWhiteSpace(result.Message))
        {
            element.Add(new XElement(Ns + "Output", new XElement(Ns + "StdOut", ReportText.ForXml(result.Message))));
        }
        return element;
    }

    private static XElement UnitTest(NotebookResult result, string testId, string executionId) =>
        new(Ns + "UnitTest",
            new XAttribute("name", TestName(result)),
            new XAttribute("storage", ReportText.ForXml(result.Path)),
            new XAttribute("id", testId),
            new XElement(Ns + "Execution", new XAttribute("id", executionId)),
            new XElement(Ns + "TestMethod",
                new XAttribute("codeBase", ReportText.ForXml(result.Path)),
                new XAttribute("adapterTypeName", Adapter),
                new XAttribute("className", ReportText.ForXml(ReportText.Folder(result.Path))),
                new XAttribute("name", ReportText.ForXml(ReportText.FileName(result.Path)))));

    private static XElement Counters(int total, int passed, int failed, int notExecuted)
    {
        var counters = new XElement(Ns + "Counters");
        (string Name, int Value)[] values =
        [
            ("total", total), ("executed", total - notExecuted), ("passed", passed), ("failed", failed),
            ("error", 0), ("timeout", 0), ("aborted", 0), ("inconclusive", 0), ("passedButRunAborted", 0),
            ("notRunnable", 0), ("notExecuted", notExecuted), ("disconnected", 0), ("warning", 0),
            ("completed", 0), ("inProgress", 0), ("pending", 0),
        ];
        foreach (var (name, value) in values) counters.Add(new XAttribute(name, value));
        return counters;
    }

    private static string Outcome(NotebookStatus status) => status switch
    {
        NotebookStatus.Passed => "Passed",
        NotebookStatus.NotRun => "NotExecuted",
        _ => "Failed",
    };

    private static string TestName(NotebookResult result) => ReportText.ForXml(result.Path.Replace('\\', '/'));

    private static string Time(DateTimeOffset time) => time.ToString("o", CultureInfo.InvariantCulture);
}
