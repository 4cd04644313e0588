// Side-by-side training throughput: each model trained with a bare TorchSharp loop (with optim.Adam and with the
// library's SteadyAdam) and with the project's Trainer (as the lessons use it), plus ML.NET's tree trainers; one
// JSON line per measurement on stdout, for bench/table.py to join with bench/python's lines. bench/throughput.sh
// runs both sides and prints the table. --phases: where a bare-loop step's time goes instead (µs per phase).
// Usage: Throughput [--data DIR] [--threads N] [--epochs N] [--warm-up N] [--fits N] [--only mlp|cnn|transformer|trees|memory] [--phases]
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
        foreach (var (name, build) in optimizers)
        {
            var clock = new PhaseClock();
            var timed = new BareLoop(work, build) { Clock = clock };
            for (var i = 0; i < options.WarmUp; i++) timed.Epoch();
            clock.Reset();
            for (var i = 0; i < options.Epochs; i++) timed.Epoch();
            Console.WriteLine(clock.ToJson(work.Name, $"TorchSharp (bare loop, {name})", options.Threads));
        }
        continue;
    }
    foreach (var (name, build) in optimizers)
    {
        var bare = new BareLoop(work, build);
        Console.WriteLine(Measurement.OfEpochs(work.Name, $"TorchSharp (bare loop, {name})", work.Rows, bare.Epoch, options.WarmUp, options.Epochs, options.Threads).ToJson());
    }
    var helper = new HelperLoop(work);
    Console.WriteLine(Measurement.OfEpochs(work.Name, "TorchSharp (Trainer, SteadyAdam)", work.Rows, helper.Epoch, options.WarmUp, options.Epochs, options.Threads).ToJson());
}
if (options.Phases) return;
if (options.Wants("trees"))
    foreach (var result in Trees.Run(options.Data, options.Threads, options.Fits))
        Console.WriteLine(result.ToJson());
if (options.Wants("memory"))
{
    var memory = MemoryCheck.Run(Workload.All(options.Data).Single(w => w.Name == "digits CNN"));
    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(memory, new System.Text.Json.JsonSerializerOptions
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
    }));
}
