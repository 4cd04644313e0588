using Microsoft.ML;
using Microsoft.ML.Data;
using Notebooks.Kernel.Tuning;

namespace Notebooks.Tests.Tuning;

public class TrainerSearchTests
{
    [Fact]
    public void When_searching_twice_with_one_seed_then_the_leaderboards_are_the_same()
    {
        var (train, validation) = Data();

        var first = Search(seed: 7, trials: 8).Run(train, validation, Featurizer());
        var second = Search(seed: 7, trials: 8).Run(train, validation, Featurizer());

        Assert.Equal(8, first.Trials.Count);
        Assert.Equal(SearchStop.MaxTrials, first.StoppedBy);
        Assert.Equal(Describe(first), Describe(second));
        Assert.All(first.Trials, t => Assert.False(t.Failed, t.ToString()));
    }

    [Fact]
    public void When_every_trainer_family_runs_then_each_learns_the_separable_classes()
    {
        var (train, validation) = Data();
        var search = new TrainerSearch(BinaryTrainers.All()) { Seed = 3, MaxTrials = 25, TimeBudget = TimeSpan.FromMinutes(5) };

        var board = search.Run(train, validation, Featurizer());

        var families = board.ByTrainer();
        Assert.Equal(5, families.Count);
        Assert.All(families, f => Assert.True(f.Score > 0.9, $"{f.Trainer}: AUC {f.Score}"));
        Assert.True(board.Best.Model is not null);
    }

    [Fact]
    public void When_the_time_budget_is_spent_then_it_stops_and_says_the_count_depends_on_the_machine()
    {
        var (train, validation) = Data();
        var search = new TrainerSearch(BinaryTrainers.All()) { MaxTrials = 50, TimeBudget = TimeSpan.Zero };

        var board = search.Run(train, validation, Featurizer());

        Assert.Equal(SearchStop.TimeBudget, board.StoppedBy);
        Assert.Empty(board.Trials);
        Assert.Contains("time budget", board.ToString());
        Assert.Throws<InvalidOperationException>(() => board.Best);
    }

    [Fact]
    public void When_ranked_then_the_best_score_comes_first_and_best_so_far_never_falls()
    {
        var (train, validation) = Data(noise: 1.5);
        var board = Search(seed: 1, trials: 10).Run(train, validation, Featurizer());

        Assert.Equal(board.Trials.Max(t => t.Score), board.Ranked[0].Score);
        Assert.True(board.Ranked.Zip(board.Ranked.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        var best = board.BestSoFar();
        Assert.True(best.Zip(best.Skip(1)).All(p => p.Second >= p.First));
        Assert.Equal(board.Best.Score, best[^1]);
    }

    [Fact]
    public void When_a_trainer_throws_then_the_trial_is_recorded_as_failed_with_its_reason()
    {
        var (train, validation) = Data();
        var broken = new TrainerChoice("Broken", _ => [new("x", 1)], (_, _) => throw new InvalidOperationException("no such trainer"));
        var search = new TrainerSearch([broken, BinaryTrainers.LbfgsLogisticRegression()]) { Seed = 2, MaxTrials = 6 };

        var board = search.Run(train, validation, Featurizer());

        var failed = Assert.Single(board.Trials.Where(t => t.Failed).Take(1));
        Assert.Contains("no such trainer", failed.Error);
        Assert.Equal("LbfgsLogisticRegression", board.Best.Trainer);
        Assert.True(board.Ranked[^1].Failed);
    }

    [Fact]
    public void When_shown_then_the_leaderboard_is_bounded_and_encodes_names()
    {
        var (train, validation) = Data();
        var odd = new TrainerChoice("<b>Odd</b>", BinaryTrainers.LbfgsLogisticRegression().Sample, BinaryTrainers.LbfgsLogisticRegression().Build);
        var board = new TrainerSearch([odd]) { MaxTrials = 12 }.Run(train, validation, Featurizer());

        var html = board.ToHtml(top: 5);

        Assert.Contains("&lt;b&gt;Odd&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>Odd", html);
        Assert.Equal(5, html.Split("<tr>").Length - 2); // header row + 5 rows
        Assert.Contains("7 more trials", html);
        Assert.Contains("trial cap (12)", board.ToText());
    }

    [Fact]
    public void When_drawing_on_a_log_scale_then_values_stay_in_range_and_bad_ranges_are_refused()
    {
        var random = new Random(0);
        var draws = Enumerable.Range(0, 1000).Select(_ => Draw.LogUniform(random, 0.001, 1)).ToArray();

        Assert.All(draws, d => Assert.InRange(d, 0.001, 1));
        Assert.InRange(draws.Count(d => d < 0.01), 250, 420); // a third of the log range
        Assert.Throws<ArgumentOutOfRangeException>(() => Draw.LogUniform(random, 0, 1));
    }

    static TrainerSearch Search(int seed, int trials) =>
        new(BinaryTrainers.All()) { Seed = seed, MaxTrials = trials, TimeBudget = TimeSpan.FromMinutes(5) };

    static string Describe(Leaderboard board) => string.Join("\n", board.Ranked.Select(t => t.ToString()));

    static IEstimator<ITransformer> Featurizer() => new MLContext(0).Transforms.NormalizeMinMax("Features");

    /// <summary>Two Gaussian classes in 4 dimensions, centres 2 apart; <paramref name="noise"/> is the spread.</summary>
    static (IDataView Train, IDataView Validation) Data(double noise = 1.0)
    {
        var ml = new MLContext(0);
        return (ml.Data.LoadFromEnumerable(Rows(160, seed: 1, noise)), ml.Data.LoadFromEnumerable(Rows(80, seed: 2, noise)));
    }

    static IEnumerable<Row> Rows(int count, int seed, double noise)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var label = i % 2 == 0;
            yield return new Row
            {
                Label = label,
                Features = Enumerable.Range(0, 4).Select(_ => (float)((label ? 1 : -1) + noise * Gaussian(random))).ToArray(),
            };
        }
    }

    static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    sealed class Row
    {
        public bool Label { get; set; }
        [VectorType(4)] public float[] Features { get; set; } = [];
    }
}
