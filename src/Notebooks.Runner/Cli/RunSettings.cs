using Notebooks.Engine.Execution;

namespace Notebooks.Runner.Cli;

/// <summary>What `run` was asked to do, after parsing.</summary>
public sealed record RunSettings(
    IReadOnlyList<string> Paths,
    string OutputDirectory,
    bool InPlace,
    ExecutionOptions Execution,
    IReadOnlyList<string> Parameters,
    bool Stream)
{
    public bool FailFast { get; init; }
    public TimeSpan? TotalTimeout { get; init; }
    public bool Compare { get; init; }
    /// <summary>How many notebooks run at once, each in its own worker process.</summary>
    public int Parallel { get; init; } = 1;
    /// <summary>Only this part of the sorted notebook list runs (CI machines split a run).</summary>
    public Shard? Shard { get; init; }
}
