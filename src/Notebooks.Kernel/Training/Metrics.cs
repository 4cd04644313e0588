using TorchSharp;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Training;

/// <summary>Metrics for <see cref="Trainer.Metrics"/>: (prediction, target) → a number averaged over rows.</summary>
public static class Metrics
{
    /// <summary>Share of rows whose highest logit is the target class.</summary>
    public static double Accuracy(Tensor logits, Tensor labels) =>
        logits.argmax(1).eq(labels).to_type(ScalarType.Float64).mean().ToDouble();
}
