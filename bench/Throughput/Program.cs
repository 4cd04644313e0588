// Side-by-side training throughput: each model trained with a bare TorchSharp loop and with the project's
// Trainer (as the lessons use it), plus ML.NET's tree trainers; one JSON line per measurement on stdout, for
// bench/table.py to join with bench/python's lines. bench/throughput.sh runs both sides and prints the table.
// Usage: Throughput [--data DIR] [--threads N] [--epochs N] [--warm-up N] [--fits N] [--only mlp|cnn|transformer|trees|forest-after-torch|memory]
using Throughput;
using static TorchSharp.torch;

var options = Args.Parse(args);
set_num_threads(options.Threads);
Console.Error.WriteLine($"TorchSharp: {get_num_threads()} threads, data from {options.Data}");

foreach (var work in Workload.All(options.Data).Where(w => options.Wants(w.Name)))
{
    var bare = new BareLoop(work);
    Console.WriteLine(Measurement.OfEpochs(work.Name, "TorchSharp (bare loop)", work.Rows, bare.Epoch, options.WarmUp, options.Epochs, options.Threads).ToJson());
    var helper = new HelperLoop(work);
    Console.WriteLine(Measurement.OfEpochs(work.Name, "TorchSharp (Trainer)", work.Rows, helper.Epoch, options.WarmUp, options.Epochs, options.Threads).ToJson());
}
if (options.Wants("trees"))
    foreach (var result in Trees.Run(options.Data, options.Threads, options.Fits))
        Console.WriteLine(result.ToJson());
if (options.Wants("forest-after-torch"))
    Console.WriteLine(Trees.AfterTorch(options.Data, options.Threads, options.Fits, options.Epochs).ToJson());
if (options.Wants("memory"))
{
    var memory = MemoryCheck.Run(Workload.All(options.Data).Single(w => w.Name == "digits CNN"));
    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(memory, new System.Text.Json.JsonSerializerOptions
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
    }));
}
