// Side-by-side training throughput: each model trained with a bare TorchSharp loop (with optim.Adam and with the
// library's SteadyAdam) and with the project's Trainer (as the lessons use it), plus ML.NET's tree trainers (alone,
// and right after TorchSharp training in the same process); one JSON line per measurement on stdout, for
// bench/table.py to join with bench/python's lines. bench/throughput.sh runs both sides and prints the table.
// --phases: where a bare-loop step's time goes instead (µs per phase).
// Usage: Throughput [--data DIR] [--threads N] [--epochs N] [--warm-up N] [--fits N] [--only mlp|cnn|transformer|trees|forest-after-torch|memory] [--phases] [--memory-steps N]
using Notebooks.Kernel.Training;
using Throughput;
using static TorchSharp.torch;

var options = Args.Parse(args);
set_num_threads(options.Threads);
Console.Error.WriteLine($"TorchSharp: {get_num_threads()} threads, data from {options.Data}");

(string Name, Func<IEnumerable<TorchSharp.Modules.Parameter>, double, optim.Optimizer> Build)[] optimizers =
[
    ("optim.Adam", (parameters, lr) => optim.Adam(parameters, lr)),
    ("SteadyAdam", (parameters, lr) => new SteadyAdam(parameters, lr)),
];

foreach (var work in Workload.All(options.Data).Where(w => options.Wants(w.Name)))
{
    if (options.Phases)
    {
        // Epochs of the two optimizers take turns, so a busy spell on the machine hits both alike.
        var timed = optimizers.Select(o => (o.Name, Loop: new BareLoop(work, o.Build) { Clock = new PhaseClock() })).ToArray();
        for (var i = 0; i < options.WarmUp + options.Epochs; i++)
            foreach (var (_, loop) in timed)
            {
                if (i == options.WarmUp) loop.Clock!.Reset();
                loop.Epoch();
            }
        foreach (var (name, loop) in timed)
            Console.WriteLine(loop.Clock!.ToJson(work.Name, $"TorchSharp (bare loop, {name})", options.Threads));
        continue;
    }
    List<(string, Func<double>)> loops = [.. optimizers.Select(o => ($"TorchSharp (bare loop, {o.Name})", (Func<double>)new BareLoop(work, o.Build).Epoch))];
    loops.Add(("TorchSharp (Trainer, SteadyAdam)", new HelperLoop(work).Epoch));
    foreach (var measurement in Measurement.OfEpochs(work.Name, work.Rows, loops, options.WarmUp, options.Epochs, options.Threads))
        Console.WriteLine(measurement.ToJson());
}
if (options.Phases) return;
if (options.Wants("trees"))
    foreach (var result in Trees.Run(options.Data, options.Threads, options.Fits))
        Console.WriteLine(result.ToJson());
if (options.Wants("forest-after-torch"))
    Console.WriteLine(Trees.AfterTorch(options.Data, options.Threads, options.Fits, options.Epochs).ToJson());
if (options.Wants("memory"))
{
    var cnn = Workload.All(options.Data).Single(w => w.Name == "digits CNN");
    var json = new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };
    foreach (var (name, build) in optimizers)
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(MemoryCheck.Run(cnn, name, build, options.MemorySteps), json));
}
