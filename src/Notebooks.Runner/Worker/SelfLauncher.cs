using Notebooks.Engine.Execution.Worker;

namespace Notebooks.Runner.Worker;

/// <summary>Starts this very program in worker mode: `dotnet notebooks.dll worker`.</summary>
public static class SelfLauncher
{
    public static WorkerLauncher Create() =>
        WorkerLauncher.ForDll(typeof(SelfLauncher).Assembly.Location, WorkerProtocol.WorkerVerb);
}
