using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Notebooks.Kernel.Training;

/// <summary>
/// Adam (Kingma &amp; Ba), the update of <c>optim.Adam</c>, or with <c>weightDecay</c> the decoupled decay of
/// <c>optim.AdamW</c>; an <see cref="optim.Optimizer"/>, so Trainer and the LR schedulers take it.
/// <para>Steady: TorchSharp 0.107's Adam turns its numbers into native Scalars without keeping them alive; when
/// another thread (a kernel has several) collects garbage in that window, a Scalar is freed mid-call and the step
/// fails with "Unknown scalar type" or a Scalar.h "toFloat" error. Here every Scalar a step passes is held: the
/// constant ones (1 included: overloads without an alpha make a temporary one) are fields and the ones that change
/// each step live in a <c>using</c> until the step is over.</para>
/// <para>Fast: the gradients (copied in, one call per parameter) and both moments live in flat buffers, so a step
/// is 7 buffer-wide native calls plus 2 per parameter, where optim.Adam makes about 9 per parameter and a Scalar
/// for each number; zero_grad sets gradients to null (one cheap call each) instead of filling zeros.</para>
/// </summary>
public sealed class SteadyAdam : OptimizerHelper, optim.IBetas
{
    readonly Parameter[] trained;
    readonly Tensor gradients, firstMoment, secondMoment, denominator;
    readonly Tensor[] gradientViews, firstMomentViews, denominatorViews;
    readonly Scalar beta1, beta2, keep1, keep2, one;

    public SteadyAdam(IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8,
        double weightDecay = 0)
    {
        if (lr <= 0 || beta1 is < 0 or >= 1 || beta2 is < 0 or >= 1 || eps <= 0 || weightDecay < 0)
            throw new ArgumentException(
                $"SteadyAdam: lr {lr} and eps {eps} must be > 0, betas {beta1}, {beta2} in [0, 1), weightDecay {weightDecay} ≥ 0.");
        trained = parameters.Where(p => p.requires_grad).ToArray();
        if (trained.Length == 0) throw new ArgumentException("SteadyAdam: no parameters that require gradients.");
        var first = trained[0];
        if (trained.FirstOrDefault(p => p.dtype != first.dtype || p.device_type != first.device_type || p.device_index != first.device_index) is { } odd)
            throw new ArgumentException($"SteadyAdam: all parameters must share one dtype and device; found {first.dtype} on {first.device} and {odd.dtype} on {odd.device}.");

        Beta1 = beta1;
        Beta2 = beta2;
        Eps = eps;
        WeightDecay = weightDecay;
        (this.beta1, this.beta2, keep1, keep2, one) = (beta1.ToScalar(), beta2.ToScalar(), (1 - beta1).ToScalar(), (1 - beta2).ToScalar(), 1.ToScalar());
        _defaults = new OptimizerOptions { LearningRate = lr, InitialLearningRate = lr };
        _parameter_groups = [new ParamGroup { Parameters = trained, Options = _defaults }];

        using var noGrad = no_grad();
        var total = trained.Sum(p => p.numel());
        Tensor Buffer() => zeros(total, first.dtype, first.device).DetachFromDisposeScope();
        (gradients, firstMoment, secondMoment, denominator) = (Buffer(), Buffer(), Buffer(), Buffer());
        gradientViews = Views(gradients);
        firstMomentViews = Views(firstMoment);
        denominatorViews = Views(denominator);
        var secondMomentViews = Views(secondMoment);
        for (var i = 0; i < trained.Length; i++)
            _state[trained[i].Handle] = new State(this, i, secondMomentViews[i]);
    }

    public double LearningRate
    {
        get => _parameter_groups[0].LearningRate;
        set => _parameter_groups[0].LearningRate = value;
    }

    public double Beta1 { get; }
    public double Beta2 { get; }
    public double Eps { get; }
    /// <summary>Decoupled (AdamW): each step first shrinks every weight by lr × weightDecay.</summary>
    public double WeightDecay { get; }
    public long Steps { get; private set; }

    (double, double) optim.IBetas.Betas
    {
        get => (Beta1, Beta2);
        set => throw new NotSupportedException("SteadyAdam keeps its betas as native constants; make a new optimizer to change them.");
    }

    public void ZeroGrad() => zero_grad();

    public void Step() => step();

    /// <summary>Sets the gradients to null (as PyTorch 2 and TorchSharp's Module.zero_grad do): backward then
    /// hands over its fresh gradient instead of adding it to zeros.</summary>
    public override void zero_grad()
    {
        foreach (var p in trained) p.grad = null;
    }

    public override void add_param_group(ParamGroup param_group) =>
        throw new NotSupportedException("SteadyAdam keeps one parameter group (its flat buffers are sized at construction).");

    public override Tensor step(Func<Tensor>? closure = null)
    {
        Tensor? loss = null;
        if (closure is not null)
            using (enable_grad()) loss = closure();
        using var noGrad = no_grad();
        GatherGradients();

        Steps++;
        var lr = LearningRate;
        var correction1 = 1 - Math.Pow(Beta1, Steps);
        var correction2Root = Math.Sqrt(1 - Math.Pow(Beta2, Steps));
        // m / (√v / √c₂ + ε) = √c₂ · m / (√v + ε√c₂): the bias corrections fold into two per-step Scalars.
        using var scaledEps = (Eps * correction2Root).ToScalar();
        using var stepSize = (-lr * correction2Root / correction1).ToScalar();
        using var decay = (1 - lr * WeightDecay).ToScalar();

        firstMoment.mul_(beta1).add_(gradients, alpha: keep1);
        secondMoment.mul_(beta2).addcmul_(gradients, gradients, value: keep2);
        denominator.copy_(secondMoment).sqrt_().add_(scaledEps, one); // add_(x) alone passes a temporary alpha of 1
        for (var i = 0; i < trained.Length; i++)
        {
            if (WeightDecay != 0) trained[i].mul_(decay);
            trained[i].addcdiv_(firstMomentViews[i], denominatorViews[i], value: stepSize);
        }
        return loss!;
    }

    /// <summary>A parameter without a gradient (unused this step, or after zero_grad) counts as a zero gradient,
    /// as after optim.Adam's zero_grad, which fills zeros.</summary>
    void GatherGradients()
    {
        for (var i = 0; i < trained.Length; i++)
        {
            using var grad = trained[i].grad;
            if (grad is null) gradientViews[i].zero_();
            else gradientViews[i].copy_(grad);
        }
    }

    Tensor[] Views(Tensor buffer)
    {
        var views = new Tensor[trained.Length];
        long offset = 0;
        for (var i = 0; i < trained.Length; i++)
        {
            var size = trained[i].numel();
            views[i] = buffer.narrow(0, offset, size).view(trained[i].shape).DetachFromDisposeScope();
            offset += size;
        }
        return views;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        foreach (var t in gradientViews.Concat(firstMomentViews).Concat(denominatorViews)) t.Dispose();
        foreach (var state in _state) ((State)state.Item2).Dispose();
        foreach (var t in new[] { gradients, firstMoment, secondMoment, denominator }) t.Dispose();
        foreach (var s in new[] { beta1, beta2, keep1, keep2, one }) s.Dispose();
    }

    /// <summary>
    /// One parameter's slice of the moments, for state_dict / save_state_dict / load_state_dict (TorchSharp's
    /// own format: the step count and both moments, as optim.Adam writes them).
    /// </summary>
    sealed class State(SteadyAdam owner, int index, Tensor secondMoment) : OptimizerState(owner.trained[index]), IDisposable
    {
        SteadyAdam Owner => owner;
        Tensor FirstMoment => owner.firstMomentViews[index];
        Tensor SecondMoment => secondMoment;

        public override void SaveStateDict(BinaryWriter writer)
        {
            writer.Write(owner.Steps);
            FirstMoment.Save(writer);
            secondMoment.Save(writer);
        }

        public override void LoadStateDict(BinaryReader reader)
        {
            owner.Steps = reader.ReadInt64();
            FirstMoment.Load(reader);
            secondMoment.Load(reader);
        }

        public override void LoadStateDict(OptimizerState source)
        {
            var other = (State)source;
            owner.Steps = other.Owner.Steps;
            using var noGrad = no_grad();
            FirstMoment.copy_(other.FirstMoment);
            secondMoment.copy_(other.SecondMoment);
        }

        public override void Initialize(OptimizerOptions options)
        {
            using var noGrad = no_grad();
            FirstMoment.zero_();
            secondMoment.zero_();
        }

        public void Dispose() => secondMoment.Dispose();
    }
}
