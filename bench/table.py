"""Joins the JSON lines of bench/Throughput (TorchSharp, ML.NET) and bench/python (PyTorch, scikit-learn) into the
markdown tables of bench/README.md. Usage: python3 bench/table.py results.jsonl"""
import json
import sys


def main(path):
    lines = [json.loads(line) for line in open(path, encoding="utf-8") if line.startswith("{")]
    epochs = [l for l in lines if "seconds_per_epoch" in l]
    trees = [l for l in lines if "fit_seconds" in l]
    memory = [l for l in lines if "samples" in l]
    phases = [l for l in lines if "phase_us" in l]

    if epochs:
        threads = epochs[0]["threads"]
        print(f"Training, batch 32, Adam, {threads} threads each, median of {epochs[0]['epochs']} epochs after 1 warm-up:\n")
        print("| model | framework | s / epoch | samples / s | final loss | vs PyTorch | vs bare loop |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for model in dict.fromkeys(l["model"] for l in epochs):
            rows = [l for l in epochs if l["model"] == model]
            torch = next((l for l in rows if l["framework"].startswith("PyTorch")), None)
            for l in rows:
                # The Trainer against the bare loop with the same optimizer: "TorchSharp (Trainer, X)" ~ "(bare loop, X)".
                bare = next((b for b in rows if b["framework"] == l["framework"].replace("Trainer", "bare loop")), None)
                vs_torch = f"{l['seconds_per_epoch'] / torch['seconds_per_epoch']:.2f}×" if torch else ""
                vs_bare = f"{l['seconds_per_epoch'] / bare['seconds_per_epoch']:.2f}×" if bare and "Trainer" in l["framework"] else ""
                print(f"| {model} | {l['framework']} | {l['seconds_per_epoch']:.3f} | {l['samples_per_second']:,.0f} | "
                      f"{l['final_loss']:.4f} | {vs_torch} | {vs_bare} |")
        print()
    if trees:
        print(f"Trees on breast cancer (455 train / 114 test rows), {trees[0]['threads']} threads, median of {trees[0]['fits']} fits after 1 warm-up:\n")
        print("| model | framework | fit s | test AUC | vs scikit-learn |")
        print("|---|---|---:|---:|---:|")
        for model in dict.fromkeys(l["model"] for l in trees):
            rows = [l for l in trees if l["model"] == model]
            sk = next((l for l in rows if l["framework"].startswith("scikit-learn")), None)
            for l in rows:
                ratio = f"{l['fit_seconds'] / sk['fit_seconds']:.2f}×" if sk else ""
                print(f"| {model} | {l['framework']} | {l['fit_seconds']:.3f} | {l['test_auc']:.4f} | {ratio} |")
        print()
    if phases:
        names = list(phases[0]["phase_us"])
        print(f"Where a bare-loop step goes, median µs per phase over {phases[0]['steps']} steps, {phases[0]['threads']} threads:\n")
        print("| model | framework | " + " | ".join(n.replace("_", " ") for n in names) + " | sum |")
        print("|---|---|" + "---:|" * (len(names) + 1))
        for l in phases:
            us = [l["phase_us"][n] for n in names]
            print(f"| {l['model']} | {l['framework']} | " + " | ".join(f"{u:.1f}" for u in us) + f" | {sum(us):.1f} |")
        print()
    for m in memory:
        samples = m["samples"]
        picks = [samples[0], samples[len(samples) // 4], samples[len(samples) // 2], samples[3 * len(samples) // 4], samples[-1]]
        print(f"Memory over {m['steps']:,} Trainer steps (digits CNN, {m['optimizer']}), after step: " + "; ".join(
            f"{s['step']:,}: {s['live_tensors']} tensors, RSS {s['rss_mb']:.0f} MB, .NET heap {s['gc_heap_mb']:.1f} MB" for s in picks) + ".")

if __name__ == "__main__":
    main(sys.argv[1])
