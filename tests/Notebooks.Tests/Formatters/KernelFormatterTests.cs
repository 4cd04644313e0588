using Xunit;
using Microsoft.ML.Data;
using static Microsoft.ML.TrainCatalogBase;

namespace Notebooks.Tests.Formatters;

/// <summary>Each family end to end: a cell's value goes through the real kernel and its registered formatters.</summary>
[Collection(FormatterRegistryCollection.Name)]
public class KernelFormatterTests(InProcessKernel kernel)
{
    const string Usings = "using Microsoft.Data.Analysis; using Notebooks.Kernel.Formatters; using Notebooks.Kernel.Profiling; using TorchSharp; using static TorchSharp.torch;\n";

    [Fact]
    public async Task When_a_cell_returns_a_dataframe_then_html_and_text_come_from_our_formatter()
    {
        var views = await kernel.FormattedValueOf(Usings +
            $"new DataFrame(new PrimitiveDataFrameColumn<int>(\"id\", Enumerable.Range(0, 100_000)), new StringDataFrameColumn(\"name\", Enumerable.Repeat(\"{Hostile.Script}\", 100_000)))");

        Assert.Contains("DataFrame: 100,000 rows × 2 columns; first 10 rows shown", views["text/html"]);
        Hostile.AssertEncoded(views["text/html"]);
        Assert.Contains("DataFrame: 100,000 rows", views["text/plain"]);
    }

    [Fact]
    public async Task When_a_cell_returns_a_profile_then_the_profile_table_renders()
    {
        var views = await kernel.FormattedValueOf(Usings +
            $"new DataFrame(new StringDataFrameColumn(\"{Hostile.Script}\", new[] {{ \"a\", \".\", \"3\" }})).Profile()");

        Assert.Contains("Profile: 3 rows × 1 columns", views["text/html"]);
        Assert.Contains("placeholder values", views["text/html"]);
        Hostile.AssertEncoded(views["text/html"]);
        Assert.Contains("|z| > 3", views["text/plain"]);
    }

    [Fact]
    public async Task When_a_cell_returns_ml_metrics_then_tables_and_confusion_matrix_render()
    {
        await kernel.SetValueAsync<object>("binaryMetrics", TinyModels.Binary());
        await kernel.SetValueAsync<object>("folds", TinyModels.RegressionFolds());

        var binary = await kernel.FormattedValueOf("binaryMetrics");
        var folds = await kernel.FormattedValueOf("folds");

        Assert.Contains("<caption style=\"caption-side:top;text-align:left\">Binary classification</caption>", binary["text/html"]);
        Assert.Contains("Confusion matrix", binary["text/html"]);
        Assert.Contains("Accuracy", binary["text/plain"]);
        Assert.Contains("3 folds of RegressionMetrics", folds["text/html"]);
        Assert.Contains(" ± ", folds["text/plain"]);
    }

    [Fact]
    public async Task When_a_cell_returns_torch_values_then_tensor_grid_and_module_views_render()
    {
        var tensorView = await kernel.FormattedValueOf(Usings + "ones(2, 3)");
        var parameterView = await kernel.FormattedValueOf(Usings + "nn.Linear(2, 2).weight");
        var gridView = await kernel.FormattedValueOf(Usings + $"ImageGrid.Of(zeros(4, 8, 8), new[] {{ \"{Hostile.Script}\", \"1\", \"2\", \"3\" }})");
        var moduleView = await kernel.FormattedValueOf(Usings + "nn.Sequential((\"fc\", nn.Linear(4, 3)), (\"relu\", nn.ReLU()))");

        Assert.Contains("Tensor shape=[2, 3] dtype=Float32 device=cpu", tensorView["text/html"]);
        Assert.Contains("[[1.0000, 1.0000, 1.0000],", tensorView["text/plain"]);
        Assert.Contains("requires_grad", parameterView["text/html"]);
        Assert.Contains("<svg", gridView["text/html"]);
        Hostile.AssertEncoded(gridView["text/html"]);
        Assert.Contains("Total parameters: 15", moduleView["text/html"]);
        Assert.Contains("fc", moduleView["text/plain"]);
    }
}
