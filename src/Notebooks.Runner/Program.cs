using System.CommandLine;
using Notebooks.Engine.Execution.Worker;
using Notebooks.Runner.Cli;
using Notebooks.Runner.Doctor;
using Notebooks.Runner.Worker;

// The hidden worker mode is checked before parsing so it never shows in help.
if (args is [WorkerProtocol.WorkerVerb, .. var options]) return await WorkerHost.RunAsync(warm: options.Contains(WorkerProtocol.WarmFlag));

var root = new RootCommand("Training notebooks: run notebooks headless, check them, and keep them clean.")
{
    RunCommand.Create(new RunHooks(), SelfLauncher.Create()),
    ParamsCommand.Create(),
    StripCommand.Create(),
    DoctorCommand.Create(),
    ExportCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
