using Notebooks.Kernel.Lessons;

namespace Notebooks.Tests.Lessons;

public class LessonChecksTests
{
    [Fact]
    public void When_a_claim_fails_then_it_throws_with_claim_and_evidence()
    {
        var error = Assert.Throws<ClaimFailedException>(() => Claim.That(false, "accuracy beats baseline", "0.61 vs 0.70"));
        Assert.Equal("Claim failed: accuracy beats baseline (0.61 vs 0.70)", error.Message);
    }

    [Fact]
    public void When_a_claim_holds_then_nothing_is_thrown() => Claim.That(true, "holds");

    [Fact]
    public void When_an_exercise_check_throws_then_it_reports_failure_without_throwing()
    {
        Assert.False(Exercise.Check("task", () => throw new InvalidOperationException("not yet"), "hint"));
    }

    [Theory]
    [InlineData(0.5, 0.5, true)]
    [InlineData(0.5, 0.6, false)]
    public void When_a_value_is_checked_then_it_passes_only_within_tolerance(double actual, double expected, bool passes) =>
        Assert.Equal(passes, Exercise.CheckValue("value", actual, expected, 1e-6));
}
