namespace Notebooks.Engine.Execution;

/// <summary>Limits for one run. A notebook's metadata <c>execution.timeout</c> (seconds) overrides CellTimeout.</summary>
public sealed record ExecutionOptions
{
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>For cells with <c>#r "nuget:…"</c>: a cold package restore can take minutes.</summary>
    public TimeSpan RestoreTimeout { get; init; } = TimeSpan.FromSeconds(600);

    /// <summary>From process start until the worker's kernel reports ready.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
