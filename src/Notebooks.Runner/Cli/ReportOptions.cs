using System.CommandLine;
using Notebooks.Engine.Execution;
using Notebooks.Engine.Reports;
using Notebooks.Runner.Doctor;
using Spectre.Console;

namespace Notebooks.Runner.Cli;

/// <summary>--junit, --trx, --json and --html: the files a CI or a browser reads after a run.</summary>
public sealed class ReportOptions
{
    readonly Option<string?> junit = new("--junit") { Description = "Write JUnit XML (one test case per notebook) to this file." };
    readonly Option<string?> trx = new("--trx") { Description = "Write a TRX file (what dotnet test and Azure DevOps read)." };
    readonly Option<string?> json = new("--json") { Description = "Write one JSON record per notebook and per cell to this file." };
    readonly Option<string?> html = new("--html") { Description = "Write a static HTML page per executed notebook, and an index, to this folder." };

    public static ReportOptions Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(junit);
        command.Options.Add(trx);
        command.Options.Add(json);
        command.Options.Add(html);
    }

    public void Write(ParseResult parse, IReadOnlyList<NotebookResult> results, IAnsiConsole console)
    {
        if (parse.GetValue(junit) is { } junitPath) Report("JUnit", junitPath, () => JUnitReport.Write(results, junitPath));
        if (parse.GetValue(trx) is { } trxPath) Report("TRX", trxPath, () => TrxReport.Write(results, trxPath));
        if (parse.GetValue(json) is { } jsonPath) Report("JSON", jsonPath, () => JsonReport.Write(results, jsonPath));
        if (parse.GetValue(html) is { } htmlDir)
        {
            var plotly = Path.Combine(RepoRoot.Find() ?? ".", "artifacts", "plotly", "plotly.min.js");
            Report("HTML", Path.Combine(htmlDir, "index.html"),
                () => HtmlReport.Write(results, htmlDir, new HtmlReportOptions { PlotlyJsPath = plotly }));
        }

        void Report(string kind, string path, Action write)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            write();
            console.MarkupLine($"[grey]{kind} report: {Markup.Escape(path)}[/]");
        }
    }
}
