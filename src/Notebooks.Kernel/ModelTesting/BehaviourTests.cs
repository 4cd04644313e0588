namespace Notebooks.Kernel.ModelTesting;

/// <summary>
/// Tests of what a model does, not how accurate it is (Ribeiro et al., CheckList 2020): an invariance test
/// changes an input in a way that must not matter; a directional test changes it in a way that must move the
/// score one way.
/// </summary>
public static class BehaviourTests
{
    const int ExamplesKept = 20;

    /// <summary>Passes for an input when the label of <c>perturb(input)</c> equals the label of the input.</summary>
    public static BehaviourResult Invariance<TLabel>(string name, IReadOnlyList<float[]> inputs,
        Func<float[], float[]> perturb, Func<float[], TLabel> predict) =>
        Run(name, inputs, input => EqualityComparer<TLabel>.Default.Equals(predict(input), predict(perturb(input))));

    /// <summary>Passes for an input when <c>score(change(input))</c> is at least (<paramref name="increases"/>) or at most
    /// the input's score, within <paramref name="tolerance"/>.</summary>
    public static BehaviourResult Directional(string name, IReadOnlyList<float[]> inputs,
        Func<float[], float[]> change, Func<float[], double> score, bool increases = true, double tolerance = 1e-6) =>
        Run(name, inputs, input =>
        {
            double before = score(input), after = score(change(input));
            return increases ? after >= before - tolerance : after <= before + tolerance;
        });

    static BehaviourResult Run(string name, IReadOnlyList<float[]> inputs, Func<float[], bool> passes)
    {
        var failed = new List<int>();
        for (int i = 0; i < inputs.Count; i++)
            if (!passes((float[])inputs[i].Clone()))
                failed.Add(i);
        return new BehaviourResult(name, inputs.Count, failed.Count, failed.Take(ExamplesKept).ToList());
    }
}
