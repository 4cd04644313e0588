using Notebooks.Kernel.Training;
using Xunit;

namespace Notebooks.Tests.Training;

public class TrainingHistoryTests
{
    [Fact]
    public void When_an_epoch_is_logged_twice_then_its_metrics_share_one_row()
    {
        var history = new TrainingHistory();
        history.Log(1, ("loss", 0.5));
        history.Log(1, ("val_loss", 0.6));

        Assert.Equal(1, history.Count);
        Assert.Equal(0.6, history.Last("val_loss"));
        Assert.Equal(["loss", "val_loss"], history.MetricNames);
    }

    [Fact]
    public void When_an_epoch_goes_backwards_then_the_error_says_so()
    {
        var history = new TrainingHistory();
        history.Log(5, ("loss", 0.5));

        var error = Assert.Throws<ArgumentException>(() => history.Log(3, ("loss", 0.4)));

        Assert.StartsWith("TrainingHistory.Log: epoch 3 logged after epoch 5; log in increasing order.", error.Message);
    }

    [Fact]
    public void When_metrics_have_val_twins_then_each_chart_pairs_train_with_validation_and_loss_comes_first()
    {
        var history = new TrainingHistory();
        for (var epoch = 1; epoch <= 3; epoch++)
            history.Log(epoch, ("accuracy", 0.5 + epoch / 10.0), ("loss", 1.0 / epoch), ("val_accuracy", 0.4 + epoch / 10.0), ("val_loss", 1.5 / epoch));

        var charts = history.Charts();

        Assert.Equal(["loss", "accuracy"], charts.Select(c => c.Title));
        Assert.Contains("\"name\":\"loss\"", charts[0].FigureJson);
        Assert.Contains("\"name\":\"val_loss\"", charts[0].FigureJson);
        Assert.DoesNotContain("accuracy", charts[0].FigureJson);
    }

    [Fact]
    public void When_a_metric_is_logged_less_often_then_its_line_has_only_its_own_points()
    {
        var history = new TrainingHistory("step");
        for (var step = 1; step <= 4; step++)
        {
            history.Log(step, ("loss", step));
            if (step % 2 == 0) history.Log(step, ("val_loss", 10 * step));
        }

        var figure = history.Charts().Single().FigureJson;

        Assert.Contains("\"x\":[2.0,4.0],\"y\":[20.0,40.0]", figure);
    }

    [Fact]
    public void When_many_epochs_are_logged_then_the_table_shows_only_the_last_ones()
    {
        var history = new TrainingHistory();
        for (var epoch = 1; epoch <= 8; epoch++) history.Log(epoch, ("loss", epoch));

        var html = history.ToHtml(lastRows: 5);

        Assert.Equal(5, html.Split("<tr><td>").Length - 1);
        Assert.Contains("<tr><td>4</td>", html);
        Assert.DoesNotContain("<tr><td>3</td>", html);
        Assert.Contains("last 5 of 8 epochs", html);
    }

    [Fact]
    public void When_a_metric_name_holds_markup_then_the_table_encodes_it()
    {
        var history = new TrainingHistory();
        history.Log(1, ("<b>loss</b>", 0.5));

        var html = history.ToHtml();

        Assert.Contains("<th>&lt;b&gt;loss&lt;/b&gt;</th>", html);
        Assert.DoesNotContain("<b>loss", html);
    }

    [Fact]
    public void When_shown_as_text_then_it_summarises_the_latest_epoch()
    {
        var history = new TrainingHistory();
        history.Log(1, ("loss", 0.9));
        history.Log(2, ("loss", 0.123456), ("val_loss", 0.2));

        Assert.Equal("TrainingHistory: 2 epochs (1–2); epoch 2: loss 0.1235, val_loss 0.2", history.ToString());
    }
}
