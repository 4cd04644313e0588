using Notebooks.Kernel.Reinforcement;

namespace Notebooks.Tests.Reinforcement;

public class BestPlanTests
{
    static readonly VacuumRewards Rewards = VacuumRewards.Default;

    [Fact]
    public void When_the_corridor_is_planned_then_the_best_is_four_steps_out_and_back()
    {
        var best = BestPlan.Of(new VacuumWorld(Rooms.Corridor()));

        Assert.True(best.Finishes);
        Assert.Equal(4, best.Steps);
        Assert.Equal(Rewards.Clean + Rewards.Finish + 4 * Rewards.Step, best.Return, 10);
        Assert.Equal([new(1, 1), new(1, 2), new(1, 3), new(1, 2), new(1, 1)], best.Path);
    }

    [Fact]
    public void When_the_battery_is_too_short_to_come_back_then_the_best_cleans_and_runs_it_down()
    {
        var best = BestPlan.Of(new VacuumWorld(Rooms.Corridor(), maxSteps: 3));

        Assert.False(best.Finishes);
        Assert.Equal(Rewards.Clean + 3 * Rewards.Step, best.Return, 10);
    }

    [Fact]
    public void When_the_best_path_is_replayed_then_the_world_pays_exactly_the_best_return()
    {
        var world = new VacuumWorld(Rooms.Furnished());
        var best = BestPlan.Of(world);
        var moves = new Queue<Move>(best.Path.Zip(best.Path.Skip(1), (a, b) => Moves.All.Single(m => m.From(a) == b)));

        var episode = VacuumEpisode.Play(world, _ => moves.Dequeue());

        Assert.True(episode.Finished);
        Assert.Equal(best.Return, episode.Return, 10);
        Assert.Equal(10, best.Steps);
    }

    [Fact]
    public void When_many_random_policies_play_then_none_beats_the_best()
    {
        var world = new VacuumWorld(Rooms.Furnished(), maxSteps: 30);
        var best = BestPlan.Of(world);
        var random = new Random(1);

        var returns = Enumerable.Range(0, 2000).Select(_ => VacuumEpisode.Play(world, _ => Moves.All[random.Next(4)]).Return).ToArray();

        Assert.All(returns, r => Assert.True(r <= best.Return + 1e-9, $"{r} > best {best.Return}"));
    }

    [Fact]
    public void When_rewards_make_an_exact_answer_impossible_then_it_says_so()
    {
        var world = new VacuumWorld(Rooms.Corridor(), rewards: new VacuumRewards(Step: 0.1));

        var error = Assert.Throws<ArgumentException>(() => BestPlan.Of(world));

        Assert.Contains("steps and bumps cost (≤ 0)", error.Message);
    }
}
