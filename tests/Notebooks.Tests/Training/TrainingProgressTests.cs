using Notebooks.Kernel.Training;
using Xunit;

namespace Notebooks.Tests.Training;

public class TrainingProgressTests
{
    [Fact]
    public void When_epochs_come_faster_than_the_interval_then_updates_are_throttled_and_the_last_always_shows()
    {
        var clock = new ManualClock();
        var console = new StringWriter();
        var progress = new TrainingProgress(totalEpochs: 10, console: console, time: clock);

        for (var epoch = 1; epoch <= 10; epoch++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            progress.Log(epoch, ("loss", 1.0 / epoch));
        }

        // Shown at 100 ms (first), 400, 700, 1000 ms (at least 250 ms apart); epoch 10 is at 1000 ms.
        var lines = console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, progress.Updates);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("epoch 1/10 [##------------------]", lines[0]);
        Assert.Equal("epoch 10/10 [####################] 1.0 s elapsed | loss 0.1", lines[^1]);
    }

    [Fact]
    public void When_training_stops_early_then_complete_shows_the_final_state_once()
    {
        var clock = new ManualClock();
        var console = new StringWriter();
        var progress = new TrainingProgress(totalEpochs: 10, console: console, time: clock);
        progress.Log(1, ("loss", 1.0));
        clock.Advance(TimeSpan.FromMilliseconds(50));
        progress.Log(2, ("loss", 0.5));

        progress.Complete();
        progress.Complete();

        Assert.Equal(2, progress.Updates);
        Assert.EndsWith("epoch 2/10 [####----------------] 0.1 s elapsed, ETA 0.2 s | loss 0.5" + Environment.NewLine, console.ToString());
    }
}
