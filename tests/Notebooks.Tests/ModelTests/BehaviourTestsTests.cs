using Notebooks.Kernel.ModelTesting;

namespace Notebooks.Tests.ModelTests;

public class BehaviourTestsTests
{
    static readonly IReadOnlyList<float[]> Inputs = [[0.2f], [0.45f], [0.9f], [0.51f]];
    static bool Above(float[] x) => x[0] > 0.5f;

    [Fact]
    public void When_noise_crosses_the_decision_boundary_then_invariance_names_those_inputs()
    {
        var result = BehaviourTests.Invariance("small shift", Inputs, x => [x[0] + 0.1f], Above);
        Assert.Equal(4, result.Checked);
        Assert.Equal([1], result.FailedExamples);
        Assert.Equal(0.75, result.PassRate);
        Assert.Contains("failing examples 1", result.ToString());
    }

    [Fact]
    public void When_the_perturbation_changes_nothing_then_every_input_passes() =>
        Assert.Equal(0, BehaviourTests.Invariance("identity", Inputs, x => x, Above).Failed);

    [Fact]
    public void When_the_score_moves_the_wrong_way_then_directional_fails_for_that_input()
    {
        double Score(float[] x) => x[0] < 0.5f ? x[0] : 1 - x[0];
        var result = BehaviourTests.Directional("more is riskier", Inputs, x => [x[0] + 0.01f], Score);
        Assert.Equal([2, 3], result.FailedExamples);
        var decreasing = BehaviourTests.Directional("more is safer", Inputs, x => [x[0] + 0.01f], Score, increases: false);
        Assert.Equal([0, 1], decreasing.FailedExamples);
    }

    [Fact]
    public void When_the_perturbation_mutates_its_argument_then_the_callers_inputs_are_unchanged()
    {
        float[] input = [0.3f];
        BehaviourTests.Invariance("mutating", [input], x => { x[0] = 9; return x; }, Above);
        Assert.Equal(0.3f, input[0]);
    }
}
