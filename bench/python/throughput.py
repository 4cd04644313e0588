"""PyTorch side of the training benchmark: the loop bench/Throughput/BareLoop.cs runs, one JSON line per model.
Usage: /usr/bin/python3 bench/python/throughput.py [--threads N] [--epochs N] [--warm-up N] [--only NAME]"""
import argparse
import json
import statistics
import sys
import time

import torch
import torch.nn.functional as F

import data
import models

BATCH_SIZE = 32


def loss_of(logits, targets):
    return F.cross_entropy(logits, targets.reshape(-1))


def workloads(folder):
    pixels, labels = data.digits_train(folder)
    digits, digit_labels = torch.tensor(pixels), torch.tensor(labels)
    inputs, targets, vocabulary = data.names(folder)
    return [
        ("digits MLP", models.digits_mlp, digits, digit_labels, 1e-3),
        ("digits CNN", models.digits_cnn, digits, digit_labels, 1e-3),
        ("char transformer", lambda: models.CharTransformer(vocabulary), torch.tensor(inputs), torch.tensor(targets), 3e-3),
    ]


class BareLoop:
    def __init__(self, build, x, y, lr):
        torch.manual_seed(0)
        self.model, self.x, self.y = build(), x, y
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=lr)
        self.order = torch.Generator().manual_seed(0)

    def epoch(self):
        self.model.train()
        rows = self.x.shape[0]
        permutation = torch.randperm(rows, generator=self.order)
        total = 0.0
        for start in range(0, rows, BATCH_SIZE):
            batch = permutation.narrow(0, start, min(BATCH_SIZE, rows - start))
            x, y = self.x.index_select(0, batch), self.y.index_select(0, batch)
            self.optimizer.zero_grad()
            loss = loss_of(self.model(x), y)
            loss.backward()
            self.optimizer.step()
            total += loss.item() * batch.shape[0]
        return total / rows


def measure(name, rows, epoch, warm_up, timed, threads):
    for _ in range(warm_up):
        epoch()
    seconds, loss = [], float("nan")
    for _ in range(timed):
        start = time.perf_counter()
        loss = epoch()
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    return {"model": name, "framework": f"PyTorch {torch.__version__}", "seconds_per_epoch": median,
            "samples_per_second": rows / median, "final_loss": loss, "epochs": timed, "threads": threads}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=data.find_data())
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--warm-up", type=int, default=1)
    parser.add_argument("--only")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(f"PyTorch {torch.__version__}: {torch.get_num_threads()} threads, data from {args.data}", file=sys.stderr)
    for name, build, x, y, lr in workloads(args.data):
        if args.only and args.only.lower() not in name.lower():
            continue
        loop = BareLoop(build, x, y, lr)
        print(json.dumps(measure(name, x.shape[0], loop.epoch, args.warm_up, args.epochs, args.threads)), flush=True)


if __name__ == "__main__":
    main()
