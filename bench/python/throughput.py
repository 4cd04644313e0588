"""PyTorch side of the training benchmark: the loop bench/Throughput/BareLoop.cs runs, one JSON line per model.
--phases: where a step's time goes instead (median µs per phase, the phases of bench/Throughput/PhaseClock.cs).
Usage: /usr/bin/python3 bench/python/throughput.py [--threads N] [--epochs N] [--warm-up N] [--only NAME] [--phases]"""
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
PHASES = ["batch", "zero_grad", "forward", "loss", "backward", "step", "read_back", "scope"]


class PhaseClock:
    """Laps per phase; the median of each, in µs (a mean would be the few steps a busy neighbour stalled)."""

    def __init__(self):
        self.laps = {name: [] for name in PHASES}
        self.last = 0

    def start(self):
        self.last = time.perf_counter_ns()

    def lap(self, phase):
        now = time.perf_counter_ns()
        self.laps[phase].append(now - self.last)
        self.last = now

    def reset(self):
        for laps in self.laps.values():
            laps.clear()

    def medians_us(self):
        return {name: round(statistics.median(laps) / 1000, 2) for name, laps in self.laps.items()}


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
        self.clock = None

    def epoch(self):
        self.model.train()
        rows = self.x.shape[0]
        permutation = torch.randperm(rows, generator=self.order)
        total = 0.0
        clock = self.clock
        for start in range(0, rows, BATCH_SIZE):
            clock and clock.start()
            batch = permutation.narrow(0, start, min(BATCH_SIZE, rows - start))
            x, y = self.x.index_select(0, batch), self.y.index_select(0, batch)
            clock and clock.lap("batch")
            self.optimizer.zero_grad()
            clock and clock.lap("zero_grad")
            prediction = self.model(x)
            clock and clock.lap("forward")
            loss = loss_of(prediction, y)
            clock and clock.lap("loss")
            loss.backward()
            clock and clock.lap("backward")
            self.optimizer.step()
            clock and clock.lap("step")
            total += loss.item() * batch.shape[0]
            clock and clock.lap("read_back")
            # What C#'s dispose scope does at this point, Python's reference counting does here.
            del batch, x, y, prediction, loss
            clock and clock.lap("scope")
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
    parser.add_argument("--phases", action="store_true")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(f"PyTorch {torch.__version__}: {torch.get_num_threads()} threads, data from {args.data}", file=sys.stderr)
    for name, build, x, y, lr in workloads(args.data):
        if args.only and args.only.lower() not in name.lower():
            continue
        loop = BareLoop(build, x, y, lr)
        if args.phases:
            loop.clock = PhaseClock()
            for i in range(args.warm_up + args.epochs):
                if i == args.warm_up:
                    loop.clock.reset()
                loop.epoch()
            print(json.dumps({"model": name, "framework": f"PyTorch {torch.__version__}", "threads": args.threads,
                              "steps": len(loop.clock.laps["batch"]), "phase_us": loop.clock.medians_us()}), flush=True)
            continue
        print(json.dumps(measure(name, x.shape[0], loop.epoch, args.warm_up, args.epochs, args.threads)), flush=True)


if __name__ == "__main__":
    main()
