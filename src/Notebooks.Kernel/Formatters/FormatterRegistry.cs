using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.ML.Data;
using Notebooks.Kernel.Profiling;
using Notebooks.Kernel.Training;
using static Microsoft.ML.TrainCatalogBase;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Formatters;

/// <summary>
/// Registers every formatter family with .NET Interactive's Formatter: an HTML view first, and a readable
/// text/plain view beside it for front ends that show text. The views themselves are plain functions.
/// </summary>
public static class FormatterRegistry
{
    public static void Register()
    {
        Register<DataFrame>(DataFrameFormatter.ToHtml, DataFrameFormatter.ToText);
        Register<DataProfile>(p => p.ToHtml(), p => p.ToText());

        Register<BinaryClassificationMetrics>(MetricsFormatter.ToHtml, MetricsFormatter.ToText);
        Register<MulticlassClassificationMetrics>(MetricsFormatter.ToHtml, MetricsFormatter.ToText);
        Register<RegressionMetrics>(MetricsFormatter.ToHtml, MetricsFormatter.ToText);
        RegisterCrossValidation<BinaryClassificationMetrics>();
        RegisterCrossValidation<CalibratedBinaryClassificationMetrics>();
        RegisterCrossValidation<MulticlassClassificationMetrics>();
        RegisterCrossValidation<RegressionMetrics>();

        Register<Tensor>(TensorFormatter.ToHtml, TensorFormatter.ToText);
        Register<ImageGrid>(g => g.ToHtml(), g => g.ToText());
        Register<SaliencyGrid>(g => g.ToHtml(), g => g.ToText());
        Register<nn.Module>(m => ModuleSummary.Of(m).ToHtml(), m => ModuleSummary.Of(m).ToText());
        Register<ModuleSummary>(summary => summary.ToHtml(), summary => summary.ToText());
        Register<ConfusionTable>(t => t.ToHtml(), t => t.ToText());
    }

    static void RegisterCrossValidation<TMetrics>() where TMetrics : class =>
        Register<IReadOnlyList<CrossValidationResult<TMetrics>>>(CrossValidationFormatter.ToHtml, CrossValidationFormatter.ToText);

    /// <summary>Registers both views for <typeparamref name="T"/> and everything assignable to it.</summary>
    public static void Register<T>(Func<T, string> html, Func<T, string> text)
    {
        Formatter.Register(typeof(T), (value, writer) => writer.Write(html((T)value)), HtmlFormatter.MimeType);
        Formatter.Register(typeof(T), (value, writer) => writer.Write(text((T)value)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }
}
