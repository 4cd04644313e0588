namespace Notebooks.Runner.Cli;

/// <summary>
/// The `run` command's exit status. Over several notebooks the highest value wins, so the worst
/// kind of failure is what a script sees: bad input (4) > crash (3) > timeout (2) > failed cell (1) > 0.
/// </summary>
public enum ExitCode
{
    Success = 0,
    CellFailed = 1,
    Timeout = 2,
    Crash = 3,
    BadInput = 4,
}
