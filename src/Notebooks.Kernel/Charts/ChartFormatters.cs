using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Kernel.Training;

namespace Notebooks.Kernel.Charts;

/// <summary>Registers the chart and training-history formatters: HTML for people, one line of text for logs.</summary>
public static class ChartFormatters
{
    public static void Register()
    {
        Register<ChartView>(chart => chart.Html);
        Register<TrainingHistory>(history => history.ToHtml());
        Register<TrainingProgressView>(view => view.ToHtml());
    }

    static void Register<T>(Func<T, string> html)
    {
        Formatter.Register(html, HtmlFormatter.MimeType);
        Formatter.Register<T>(value => value?.ToString() ?? "", PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }
}
