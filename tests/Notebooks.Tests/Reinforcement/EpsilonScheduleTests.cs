using Notebooks.Kernel.Reinforcement;

namespace Notebooks.Tests.Reinforcement;

public class EpsilonScheduleTests
{
    [Fact]
    public void When_steps_pass_then_epsilon_falls_linearly_and_then_stays()
    {
        var schedule = new EpsilonSchedule(1.0, 0.1, 100);

        Assert.Equal([1.0, 0.55, 0.1, 0.1], new[] { 0, 50, 100, 5000 }.Select(schedule.At), new DoubleTolerance());
    }

    [Fact]
    public void When_epsilon_is_zero_then_the_greedy_move_is_always_taken()
    {
        var schedule = new EpsilonSchedule(0, 0, 1);
        var random = new Random(2);

        Assert.All(Enumerable.Range(0, 100), step => Assert.Equal(Move.Left, schedule.Choose(step, random, () => Move.Left)));
    }

    [Fact]
    public void When_epsilon_is_one_then_every_move_is_random()
    {
        var schedule = new EpsilonSchedule(1, 1, 1);
        var random = new Random(2);

        var moves = Enumerable.Range(0, 400).Select(step => schedule.Choose(step, random, () => Move.Left)).ToArray();

        Assert.All(Moves.All, m => Assert.InRange(moves.Count(x => x == m), 60, 140));
    }

    [Fact]
    public void When_epsilon_is_outside_zero_to_one_then_it_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new EpsilonSchedule(1.5, 0.1, 10));
    }

    sealed class DoubleTolerance : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;
        public int GetHashCode(double value) => 0;
    }
}
