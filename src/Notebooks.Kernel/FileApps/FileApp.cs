using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Kernel.Charts;
using Notebooks.Kernel.Data;
using Notebooks.Kernel.FileApps;
using Notebooks.Kernel.Magics;
using Notebooks.Kernel.Profiling;
using Notebooks.Kernel.Training;

namespace Notebooks.Kernel;

/// <summary>
/// What a lesson exported to a C# file-based app (<c>dotnet run lesson.cs</c>) calls where the notebook had a
/// kernel: its parameters come from the command line, values print as text, charts go to HTML files, and the
/// magic commands become the calls below, each printing what the magic shows (the same functions underneath).
/// </summary>
public static class FileApp
{
    static AppArguments arguments = AppArguments.None;
    static ChartFiles? charts;

    /// <summary>
    /// The first line of an exported lesson: checks <paramref name="args"/> against the parameters the notebook
    /// declares (a mistake ends the app with exit code 2 and says why), registers the library's formatters, and
    /// moves into the app's own folder, as a notebook runs in its folder.
    /// </summary>
    public static void Start(string[] args, params string[] parameterNames)
    {
        if (args is ["--help"] or ["-h"])
        {
            Console.WriteLine(parameterNames.Length == 0 ? "This app takes no parameters."
                : $"Parameters (defaults as in the notebook's parameters cell): {string.Join(" ", parameterNames.Select(n => $"--{n} <value>"))}");
            Environment.Exit(0);
        }
        try { arguments = AppArguments.Parse(args, parameterNames); }
        catch (AppArgumentException e) { ExitWithUsage(e.Message); }

        Formatters.FormatterRegistry.Register();
        ChartFormatters.Register();
        ModelTesting.ModelCardFormatter.Register();

        var appFile = AppContext.GetData("EntryPointFilePath") as string;
        if (Path.GetDirectoryName(appFile) is { Length: > 0 } appFolder) Directory.SetCurrentDirectory(appFolder);
        var chartFolder = appFile is null ? Path.GetFullPath("app.charts") : Path.ChangeExtension(appFile, null) + ".charts";
        charts = new ChartFiles(chartFolder, [Environment.CurrentDirectory, AppContext.BaseDirectory]);
    }

    /// <summary>A parameter's value: <c>--name value</c> from the command line, else the notebook's default.</summary>
    public static T Parameter<T>(string name, T defaultValue)
    {
        try { return arguments.Get(name, defaultValue); }
        catch (AppArgumentException e) { ExitWithUsage(e.Message); return defaultValue; }
    }

    /// <summary>What a notebook shows for <c>display(value)</c> or a cell's last expression: its text/plain form from
    /// the library's formatters; a chart (or a training history's charts) is written to an HTML file, and its path printed.</summary>
    public static void Show(object? value)
    {
        switch (value)
        {
            case ChartView chart:
                ShowChart(chart);
                break;
            case TrainingHistory history:
                Console.WriteLine(history.ToDisplayString(PlainTextFormatter.MimeType));
                foreach (var chart in history.Charts()) ShowChart(chart);
                break;
            default:
                Console.WriteLine(value is null ? "<null>" : value.ToDisplayString(PlainTextFormatter.MimeType));
                break;
        }
    }

    /// <summary><c>#!seed 42</c>.</summary>
    public static void Seed(int seed) => Console.WriteLine(Seeds.Set(seed));

    /// <summary><c>#!dataset name [--as variable]</c>: loads the data set and prints its provenance card.</summary>
    public static DataFrame Dataset(string name, string? variable = null)
    {
        var info = Datasets.Info(name);
        var frame = Datasets.Load(info.Name);
        Console.WriteLine(DatasetCard.Text(info, variable ?? DatasetVariable.Default(info.Name)));
        return frame;
    }

    /// <summary><c>#!dataset --list</c>.</summary>
    public static void DatasetList() => Console.WriteLine(DatasetCard.ListText());

    /// <summary><c>#!profile frame</c>: the data profile as text.</summary>
    public static void Profile(DataFrame frame) => Console.WriteLine(frame.Profile().ToText());

    /// <summary><c>#!device</c> (describe) or <c>#!device cpu|cuda</c> (select).</summary>
    public static void Device(string? name = null) =>
        Console.WriteLine(name is null ? Devices.Describe() : Devices.Use(name));

    static void ShowChart(ChartView chart)
    {
        var files = charts ?? throw new InvalidOperationException("Call FileApp.Start(args) before showing a chart.");
        var path = files.Write(chart);
        Console.WriteLine($"{chart} → {path}" + (files.HasLocalPlotly ? "" : " (plotly.js from the CDN: run `dotnet build src/Notebooks.Kernel` to fetch it for offline viewing)"));
    }

    static void ExitWithUsage(string problem)
    {
        Console.Error.WriteLine($"{problem}\nUsage: dotnet run <app>.cs -- [--name value]...  (--help lists the parameters)");
        Environment.Exit(2);
    }
}
