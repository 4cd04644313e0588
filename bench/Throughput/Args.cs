namespace Throughput;

/// <summary>The few command-line options, with the defaults bench/throughput.sh relies on.</summary>
public sealed record Args(string Data, int Threads, int Epochs, int WarmUp, int Fits, string? Only, bool Phases, int MemorySteps)
{
    public bool Wants(string name) => Only is null || name.Contains(Only, StringComparison.OrdinalIgnoreCase);

    public static Args Parse(string[] args)
    {
        var parsed = new Args(FindData(), Threads: 2, Epochs: 5, WarmUp: 1, Fits: 5, Only: null, Phases: false, MemorySteps: 10_000);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--phases")
            {
                parsed = parsed with { Phases = true };
                continue;
            }
            var value = i + 1 < args.Length ? args[i + 1] : throw Usage($"{args[i]} needs a value");
            parsed = args[i] switch
            {
                "--data" => parsed with { Data = value },
                "--threads" => parsed with { Threads = Positive(args[i], value) },
                "--epochs" => parsed with { Epochs = Positive(args[i], value) },
                "--warm-up" => parsed with { WarmUp = int.Parse(value) },
                "--fits" => parsed with { Fits = Positive(args[i], value) },
                "--only" => parsed with { Only = value },
                "--memory-steps" => parsed with { MemorySteps = Positive(args[i], value) },
                _ => throw Usage($"unknown option {args[i]}"),
            };
            i++;
        }
        return parsed;
    }

    static int Positive(string option, string value) =>
        int.TryParse(value, out var n) && n >= 1 ? n : throw Usage($"{option} {value}: give a whole number, 1 or more");

    static ArgumentException Usage(string why) => new(
        $"{why}\nusage: Throughput [--data DIR] [--threads N] [--epochs N] [--warm-up N] [--fits N] [--only mlp|cnn|transformer|trees|forest-after-torch|memory] [--phases] [--memory-steps N]");

    /// <summary>The repo's data/ folder, found upwards from where we run.</summary>
    static string FindData()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "data", "digits.csv"))) return Path.Combine(dir.FullName, "data");
        return "data";
    }
}
