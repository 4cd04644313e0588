"""The three networks, layer for layer as bench/Throughput/Models.cs and CharTransformer.cs build them."""
import math
import torch
from torch import nn

from data import NAME_CONTEXT


def digits_mlp():
    return nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10))


def digits_cnn():
    return nn.Sequential(
        nn.Unflatten(1, (1, 8, 8)),
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(),
        nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(32 * 4 * 4, 64), nn.ReLU(),
        nn.Linear(64, 10))


class Block(nn.Module):
    def __init__(self, width, heads, context):
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(width)
        self.qkv = nn.Linear(width, 3 * width)
        self.project = nn.Linear(width, width)
        self.norm2 = nn.LayerNorm(width)
        self.grow = nn.Linear(width, 4 * width)
        self.shrink = nn.Linear(4 * width, width)
        self.gelu = nn.GELU()
        self.register_buffer("future", torch.ones(context, context, dtype=torch.bool).triu(1))

    def forward(self, x):
        x = x + self.attend(self.norm1(x))
        return x + self.shrink(self.gelu(self.grow(self.norm2(x))))

    def attend(self, x):
        b, t, c = x.shape
        size = c // self.heads
        qkvs = self.qkv(x).view(b, t, 3, self.heads, size).permute(2, 0, 3, 1, 4)
        q, k, v = qkvs[0], qkvs[1], qkvs[2]
        scores = q.matmul(k.transpose(-2, -1)) * (1.0 / math.sqrt(size))
        weights = scores.masked_fill(self.future[:t, :t], float("-inf")).softmax(-1)
        return self.project(weights.matmul(v).transpose(1, 2).contiguous().view(b, t, c))


class CharTransformer(nn.Module):
    def __init__(self, vocabulary, context=NAME_CONTEXT, width=64, heads=4, blocks=2):
        super().__init__()
        self.tokens = nn.Embedding(vocabulary, width)
        self.positions = nn.Embedding(context, width)
        self.blocks = nn.ModuleList(Block(width, heads, context) for _ in range(blocks))
        self.norm = nn.LayerNorm(width)
        self.head = nn.Linear(width, vocabulary)

    def forward(self, ids):
        x = self.tokens(ids) + self.positions(torch.arange(ids.shape[1]))
        for block in self.blocks:
            x = block(x)
        logits = self.head(self.norm(x))
        return logits.view(-1, logits.shape[2])
