using TorchSharp;
using static TorchSharp.torch;

namespace Throughput;

/// <summary>One model to train: how to build it (seeded), its data as tensors, its loss and optimizer.</summary>
public sealed record Workload(string Name, Func<nn.Module<Tensor, Tensor>> Build, Tensor X, Tensor Y, double LearningRate)
{
    public const int BatchSize = 32;

    public long Rows => X.shape[0];

    /// <summary>The same starting weights in every run (not the same as PyTorch's: the generators differ).</summary>
    public nn.Module<Tensor, Tensor> BuildSeeded()
    {
        manual_seed(0);
        return Build();
    }

    /// <summary>Logits against class ids; the transformer's targets are flattened to match its (B·T, V) logits.</summary>
    public static Tensor Loss(Tensor logits, Tensor targets) =>
        nn.functional.cross_entropy(logits, targets.reshape(-1));

    public static IReadOnlyList<Workload> All(string dataFolder)
    {
        var (pixels, labels) = BenchData.DigitsTrain(dataFolder);
        var digits = tensor(pixels).reshape(labels.Length, 64);
        var digitLabels = tensor(labels);
        var (inputs, targets, names, vocabulary) = BenchData.Names(dataFolder);
        return
        [
            new("digits MLP", Models.DigitsMlp, digits, digitLabels, 1e-3),
            new("digits CNN", Models.DigitsCnn, digits, digitLabels, 1e-3),
            new("char transformer", () => Models.CharTransformer(vocabulary),
                tensor(inputs).reshape(names, BenchData.NameContext), tensor(targets).reshape(names, BenchData.NameContext), 3e-3),
        ];
    }
}
