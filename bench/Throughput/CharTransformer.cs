using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Throughput;

/// <summary>nanoGPT in miniature: token + position embeddings, pre-norm blocks, a final norm and a linear head.</summary>
public sealed class CharTransformer : nn.Module<Tensor, Tensor>
{
    readonly Embedding tokens, positions;
    readonly ModuleList<Block> blocks = new();
    readonly LayerNorm norm;
    readonly Linear head;

    public CharTransformer(int vocabulary, int context, int width, int heads, int blocks) : base(nameof(CharTransformer))
    {
        tokens = nn.Embedding(vocabulary, width);
        positions = nn.Embedding(context, width);
        for (var i = 0; i < blocks; i++) this.blocks.Add(new Block(width, heads, context));
        norm = nn.LayerNorm(width);
        head = nn.Linear(width, vocabulary);
        RegisterComponents();
    }

    public override Tensor forward(Tensor ids)
    {
        var t = ids.shape[1];
        var x = tokens.forward(ids) + positions.forward(arange(t));
        foreach (var block in blocks) x = block.forward(x);
        var logits = head.forward(norm.forward(x));
        return logits.view(-1, logits.shape[2]);
    }

    public sealed class Block : nn.Module<Tensor, Tensor>
    {
        readonly LayerNorm norm1, norm2;
        readonly Linear qkv, project, grow, shrink;
        readonly GELU gelu = nn.GELU();
        readonly Tensor future;
        readonly int heads;

        public Block(int width, int heads, int context) : base(nameof(Block))
        {
            this.heads = heads;
            norm1 = nn.LayerNorm(width);
            qkv = nn.Linear(width, 3 * width);
            project = nn.Linear(width, width);
            norm2 = nn.LayerNorm(width);
            grow = nn.Linear(width, 4 * width);
            shrink = nn.Linear(4 * width, width);
            future = ones(context, context, ScalarType.Bool).triu(1);
            RegisterComponents();
        }

        public override Tensor forward(Tensor x)
        {
            x = x + Attend(norm1.forward(x));
            return x + shrink.forward(gelu.forward(grow.forward(norm2.forward(x))));
        }

        Tensor Attend(Tensor x)
        {
            long b = x.shape[0], t = x.shape[1], c = x.shape[2], size = c / heads;
            var qkvs = qkv.forward(x).view(b, t, 3, heads, size).permute(2, 0, 3, 1, 4);
            var (q, k, v) = (qkvs[0], qkvs[1], qkvs[2]);
            var scores = q.matmul(k.transpose(-2, -1)) * (1.0 / Math.Sqrt(size));
            var weights = scores.masked_fill(future[..(int)t, ..(int)t], double.NegativeInfinity).softmax(-1);
            return project.forward(weights.matmul(v).transpose(1, 2).contiguous().view(b, t, c));
        }
    }
}
