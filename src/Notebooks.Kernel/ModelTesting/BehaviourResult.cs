namespace Notebooks.Kernel.ModelTesting;

/// <summary>The outcome of a behaviour test over many inputs: how many broke the rule, and which (first 20).</summary>
public sealed record BehaviourResult(string Name, int Checked, int Failed, IReadOnlyList<int> FailedExamples)
{
    public double PassRate => Checked == 0 ? 0 : (Checked - Failed) / (double)Checked;

    public override string ToString() =>
        $"{Name}: {Checked - Failed}/{Checked} pass ({PassRate:P1})" +
        (Failed == 0 ? "" : $"; failing examples {string.Join(", ", FailedExamples)}{(Failed > FailedExamples.Count ? ", …" : "")}");
}
