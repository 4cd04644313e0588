using TorchSharp;
using static TorchSharp.torch;

namespace Throughput;

/// <summary>The three networks, layer for layer as bench/python/models.py builds them.</summary>
public static class Models
{
    /// <summary>64 → 128 → 10.</summary>
    public static nn.Module<Tensor, Tensor> DigitsMlp() =>
        nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10));

    /// <summary>conv16 → conv32 → max-pool → fc64 → fc10 on 1×8×8 images.</summary>
    public static nn.Module<Tensor, Tensor> DigitsCnn() =>
        nn.Sequential(
            nn.Unflatten(1, [1, 8, 8]),
            nn.Conv2d(1, 16, 3, padding: 1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, padding: 1), nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(32 * 4 * 4, 64), nn.ReLU(),
            nn.Linear(64, 10));

    /// <summary>A 2-block, 4-head, width-64 causal transformer over 16 characters; logits flattened to (B·T, V).</summary>
    public static nn.Module<Tensor, Tensor> CharTransformer(int vocabulary) =>
        new CharTransformer(vocabulary, context: BenchData.NameContext, width: 64, heads: 4, blocks: 2);
}
