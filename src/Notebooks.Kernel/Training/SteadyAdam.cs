using TorchSharp;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Training;

/// <summary>
/// Adam (Kingma &amp; Ba), the same update as <c>optim.Adam</c>, for long loops in a notebook kernel. TorchSharp
/// 0.107's Adam.step turns its numbers into native Scalars without keeping them alive; when another thread
/// (a kernel has several) triggers a garbage collection in that window, a Scalar is freed mid-call and the step
/// fails with "Unknown scalar type" or a Scalar.h "toFloat" error (here: within a few hundred steps of a DQN, or
/// of any training loop while another thread allocates). Here every Scalar lives in a <c>using</c> until the
/// step is over.
/// </summary>
public sealed class SteadyAdam
{
    readonly TorchSharp.Modules.Parameter[] parameters;
    readonly Tensor[] firstMoment;
    readonly Tensor[] secondMoment;
    int steps;

    public SteadyAdam(IEnumerable<TorchSharp.Modules.Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8)
    {
        if (lr <= 0 || beta1 is < 0 or >= 1 || beta2 is < 0 or >= 1 || eps <= 0)
            throw new ArgumentException($"SteadyAdam: lr {lr} and eps {eps} must be > 0, betas {beta1}, {beta2} in [0, 1).");
        this.parameters = parameters.ToArray();
        (LearningRate, Beta1, Beta2, Eps) = (lr, beta1, beta2, eps);
        using var noGrad = no_grad();
        firstMoment = this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        secondMoment = this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
    }

    public double LearningRate { get; set; }
    public double Beta1 { get; }
    public double Beta2 { get; }
    public double Eps { get; }

    public void ZeroGrad()
    {
        foreach (var p in parameters) p.grad?.zero_();
    }

    public void Step()
    {
        steps++;
        using var noGrad = no_grad();
        using var beta1 = Beta1.ToScalar();
        using var beta2 = Beta2.ToScalar();
        using var keep1 = (1 - Beta1).ToScalar();
        using var keep2 = (1 - Beta2).ToScalar();
        using var eps = Eps.ToScalar();
        using var one = 1.0.ToScalar();
        using var correction2 = Math.Sqrt(1 - Math.Pow(Beta2, steps)).ToScalar();
        using var stepSize = (-LearningRate / (1 - Math.Pow(Beta1, steps))).ToScalar();
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].grad is not { } grad) continue;
            firstMoment[i].mul_(beta1).add_(grad, alpha: keep1);
            secondMoment[i].mul_(beta2).addcmul_(grad, grad, value: keep2);
            using var denominator = secondMoment[i].sqrt().div_(correction2).add_(eps, one);
            parameters[i].addcdiv_(firstMoment[i], denominator, value: stepSize);
        }
    }
}
