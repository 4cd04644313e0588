using Notebooks.Kernel.Reinforcement;

namespace Notebooks.Tests.Reinforcement;

public class VacuumWorldTests
{
    static readonly VacuumRewards Rewards = VacuumRewards.Default;

    [Fact]
    public void When_the_robot_moves_onto_floor_then_it_moves_and_pays_only_the_time()
    {
        var world = new VacuumWorld(Rooms.Corridor());

        var (state, reward, done) = world.Step(Move.Right);

        Assert.Equal(new Position(1, 2), state.Position);
        Assert.Equal(Rewards.Step, reward);
        Assert.False(done);
    }

    [Theory]
    [InlineData(Move.Left)]
    [InlineData(Move.Up)]
    [InlineData(Move.Down)]
    public void When_the_robot_bumps_into_a_wall_then_it_stays_and_pays_the_bump(Move move)
    {
        var world = new VacuumWorld(Rooms.Corridor());

        var (state, reward, _) = world.Step(move);

        Assert.Equal(new Position(1, 1), state.Position);
        Assert.Equal(Rewards.Step + Rewards.Bump, reward);
        Assert.Equal(1, world.Bumps);
    }

    [Fact]
    public void When_the_robot_bumps_into_furniture_then_it_stays_and_pays_the_bump()
    {
        var world = new VacuumWorld(Rooms.Furnished());
        world.Step(Move.Right);

        var (state, reward, _) = world.Step(Move.Right);

        Assert.Equal(new Position(1, 2), state.Position);
        Assert.Equal(Rewards.Step + Rewards.Bump, reward);
    }

    [Fact]
    public void When_the_map_has_no_wall_at_its_edge_then_outside_counts_as_wall()
    {
        var world = new VacuumWorld(VacuumLayout.Parse("D.*"));

        var (state, reward, _) = world.Step(Move.Up);

        Assert.Equal(new Position(0, 0), state.Position);
        Assert.Equal(Rewards.Step + Rewards.Bump, reward);
    }

    [Fact]
    public void When_dirt_is_cleaned_then_it_pays_once_and_coming_back_pays_nothing()
    {
        var world = new VacuumWorld(Rooms.Furnished());
        world.Step(Move.Down);
        world.Step(Move.Right);

        var cleaned = world.Step(Move.Right);
        world.Step(Move.Left);
        var again = world.Step(Move.Right);

        Assert.Equal(Rewards.Step + Rewards.Clean, cleaned.Reward);
        Assert.Equal(1, cleaned.State.DirtLeft);
        Assert.Equal(Rewards.Step, again.Reward);
        Assert.Equal(1, world.Cleaned);
    }

    [Fact]
    public void When_the_robot_docks_with_everything_clean_then_the_episode_ends_with_the_bonus()
    {
        var world = new VacuumWorld(Rooms.Corridor());

        var rewards = new[] { Move.Right, Move.Right, Move.Left, Move.Left }.Select(m => world.Step(m)).ToArray();

        Assert.True(rewards[^1].Done);
        Assert.True(world.Finished);
        Assert.Equal(Rewards.Step + Rewards.Finish, rewards[^1].Reward);
        Assert.Equal(4 * Rewards.Step + Rewards.Clean + Rewards.Finish, world.Return, 10);
        Assert.Throws<InvalidOperationException>(() => world.Step(Move.Right));
    }

    [Fact]
    public void When_the_robot_passes_the_dock_with_dirt_left_then_the_episode_goes_on()
    {
        var world = new VacuumWorld(Rooms.Corridor());

        world.Step(Move.Right);
        var back = world.Step(Move.Left);

        Assert.False(back.Done);
        Assert.Equal(Rewards.Step, back.Reward);
    }

    [Fact]
    public void When_the_battery_runs_out_then_the_episode_ends_without_the_bonus()
    {
        var world = new VacuumWorld(Rooms.Corridor(), maxSteps: 3);

        var last = new[] { Move.Right, Move.Right, Move.Left }.Select(m => world.Step(m)).ToArray()[^1];

        Assert.True(last.Done);
        Assert.False(world.Finished);
        Assert.Equal(Rewards.Step, last.Reward);
    }

    [Fact]
    public void When_the_same_moves_are_played_twice_then_states_and_rewards_are_the_same()
    {
        var random = new Random(3);
        var moves = Enumerable.Range(0, 60).Select(_ => Moves.All[random.Next(4)]).ToArray();
        var world = new VacuumWorld(Rooms.Furnished());

        var first = moves.TakeWhile(_ => !world.Done).Select(world.Step).ToArray();
        world.Reset();
        var second = moves.TakeWhile(_ => !world.Done).Select(world.Step).ToArray();

        Assert.Equal(first, second);
    }

    [Fact]
    public void When_states_differ_then_their_ids_differ_and_fit_the_state_count()
    {
        var world = new VacuumWorld(Rooms.Furnished());
        var layout = world.Layout;
        var ids = new HashSet<int>();

        foreach (var cell in layout.Cells().Where(c => !layout.Blocked(c)))
            for (var mask = 0; mask <= layout.FullDirtMask; mask++)
                ids.Add(StateIdOf(world, cell, mask));

        Assert.Equal(layout.Cells().Count(c => !layout.Blocked(c)) * 4, ids.Count);
        Assert.All(ids, id => Assert.InRange(id, 0, world.StateCount - 1));
    }

    static int StateIdOf(VacuumWorld world, Position cell, int mask) =>
        ((cell.Row * world.Layout.Width + cell.Column) << world.Layout.Dirt.Count) | mask;

    [Fact]
    public void When_an_episode_is_played_then_its_path_and_totals_match_the_world()
    {
        var world = new VacuumWorld(Rooms.Corridor());
        var moves = new Queue<Move>([Move.Up, Move.Right, Move.Right, Move.Left, Move.Left]);

        var episode = VacuumEpisode.Play(world, _ => moves.Dequeue(), "scripted");

        Assert.Equal([new(1, 1), new(1, 1), new(1, 2), new(1, 3), new(1, 2), new(1, 1)], episode.Path);
        Assert.Equal((5, 1, 1, true), (episode.Steps, episode.Cleaned, episode.Bumps, episode.Finished));
        Assert.Equal(world.Return, episode.Return);
        Assert.StartsWith("scripted: return 2.25 in 5 steps, cleaned 1/1, 1 bumps, docked", episode.Summary);
    }
}
