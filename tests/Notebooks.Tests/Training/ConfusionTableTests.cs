using Notebooks.Kernel.Training;
using Notebooks.Tests.Formatters;
using Xunit;
using static TorchSharp.torch;

namespace Notebooks.Tests.Training;

public class ConfusionTableTests
{
    // truth:     0 0 0 1 1 2 2 2
    // predicted: 0 0 1 1 1 2 0 1
    static readonly int[] Truth = [0, 0, 0, 1, 1, 2, 2, 2];
    static readonly int[] Predicted = [0, 0, 1, 1, 1, 2, 0, 1];

    [Fact]
    public void When_predictions_are_given_then_counts_recall_precision_and_accuracy_follow()
    {
        var table = ConfusionTable.Of(Truth, Predicted, ["cat", "dog", "bird"]);

        Assert.Equal(8, table.Total);
        Assert.Equal(2, table.Count(0, 0));
        Assert.Equal(1, table.Count(2, 1));
        Assert.Equal(5.0 / 8, table.Accuracy, 12);
        Assert.Equal(2.0 / 3, table.Recall(0), 12);  // cats: 2 of 3 found
        Assert.Equal(2.0 / 3, table.Precision(0), 12); // said "cat" 3 times, right twice
        Assert.Equal(2.0 / 4, table.Precision(1), 12);
        Assert.Equal(1.0 / 3, table.Recall(2), 12);
    }

    [Fact]
    public void When_pairs_are_confused_then_MostConfused_lists_them_largest_first()
    {
        var table = ConfusionTable.Of([0, 0, 1, 2, 2, 2], [1, 1, 0, 0, 1, 2]);

        Assert.Equal([(0, 1, 2), (1, 0, 1), (2, 0, 1), (2, 1, 1)], table.MostConfused(10));
        Assert.Equal([(0, 1, 2)], table.MostConfused(1));
    }

    [Fact]
    public void When_logits_are_given_then_the_highest_score_is_the_prediction()
    {
        using var logits = tensor(new float[,] { { 5, 1, 0 }, { 0, 1, 3 }, { 0, 2, 1 } });
        using var labels = tensor(new long[] { 0, 1, 1 });

        var table = ConfusionTable.FromTensors(logits, labels);

        Assert.Equal(["0", "1", "2"], table.Labels);
        Assert.Equal(1, table.Count(0, 0));
        Assert.Equal(1, table.Count(1, 2));
        Assert.Equal(1, table.Count(1, 1));
        Assert.Equal(2.0 / 3, table.Accuracy, 12);
    }

    [Fact]
    public void When_class_indices_are_a_tensor_then_they_are_used_as_predictions()
    {
        using var predicted = tensor(new long[] { 2, 0 });
        using var labels = tensor(new long[] { 2, 1 });

        var table = ConfusionTable.FromTensors(predicted, labels, ["a", "b", "c"]);

        Assert.Equal(1, table.Count(2, 2));
        Assert.Equal(1, table.Count(1, 0));
    }

    [Fact]
    public void When_a_class_is_out_of_range_then_the_error_names_the_row_and_the_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ConfusionTable.Of([0, 1, 0], [0, 1, 7], ["a", "b"]));

        Assert.Contains("row 2 has predicted class 7", error.Message);
        Assert.Contains("2 classes (0–1)", error.Message);
    }

    [Fact]
    public void When_lengths_differ_then_the_error_says_both()
    {
        var error = Assert.Throws<ArgumentException>(() => ConfusionTable.Of([0, 1, 0], [0, 1]));

        Assert.Contains("3 true classes but 2 predictions", error.Message);
    }

    [Fact]
    public void When_predictions_are_neither_scores_nor_indices_then_the_error_shows_the_shape()
    {
        using var images = zeros(2, 1, 8, 8);
        using var labels = zeros(2, ScalarType.Int64);

        var error = Assert.Throws<ArgumentException>(() => ConfusionTable.FromTensors(images, labels));

        Assert.Contains("[2, 1, 8, 8]", error.Message);
    }

    [Fact]
    public void When_labels_hold_markup_then_the_views_encode_and_shorten_them()
    {
        var table = ConfusionTable.Of([0, 1], [0, 0], [Hostile.Script, "dog"]);

        Hostile.AssertEncoded(table.ToHtml());
        Assert.Contains("Confusion matrix", table.ToHtml());
        Assert.Contains("2 rows, 2 classes, accuracy 0.5", table.ToText());
    }

    [Fact]
    public void When_there_are_too_many_classes_to_draw_then_only_the_most_confused_pairs_are_listed()
    {
        var classes = ConfusionTable.MaxShownClasses + 70;
        var truth = Enumerable.Range(0, classes).ToArray();
        var predicted = truth.Select(t => t == 5 ? 6 : t).ToArray();

        var table = ConfusionTable.Of(truth, predicted);
        var html = table.ToHtml();

        Assert.DoesNotContain("<table", html);
        Assert.Contains("5 predicted as 6: 1", html);
        Assert.True(html.Length < 2_000, $"{html.Length} characters");
    }
}

[Collection(FormatterRegistryCollection.Name)]
public class ConfusionTableFormatterTests(InProcessKernel kernel)
{
    [Fact]
    public async Task When_a_cell_returns_a_confusion_table_then_it_renders_as_the_confusion_matrix_view()
    {
        var views = await kernel.FormattedValueOf(
            "Notebooks.Kernel.Training.ConfusionTable.Of(new[] { 0, 1, 1 }, new[] { 0, 1, 0 }, new[] { \"cat\", \"dog\" })");

        Assert.Contains("Confusion matrix", views["text/html"]);
        Assert.Contains("background-color", views["text/html"]);
        Assert.Contains("3 rows, 2 classes", views["text/plain"]);
    }
}
