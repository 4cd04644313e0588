#!/usr/bin/env bash
# Trains the same models on the same data with the same batch size, epochs and threads in TorchSharp (bare loops
# with optim.Adam and with the library's SteadyAdam, and the project's Trainer) and in Debian's PyTorch, times each
# phase of a digits-MLP step on both sides, and ML.NET's trees against scikit-learn's, then prints
# the tables of bench/README.md. Installs python3-torch and python3-sklearn (Debian, no recommends) if missing.
# Usage: bench/throughput.sh [--threads N] [--epochs N]     (defaults: 2 threads, 11 timed epochs: a 70 ms epoch
# needs more than 5 for a steady median on a shared machine)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
threads=2 epochs=11
while (($#)); do
  case "$1" in
    --threads) threads="$2"; shift 2 ;;
    --epochs) epochs="$2"; shift 2 ;;
    *) echo "usage: bench/throughput.sh [--threads N] [--epochs N]" >&2; exit 2 ;;
  esac
done
cd "$repo"
bench/python/install.sh
dotnet build bench/Throughput -c Release -v quiet -nologo >/dev/null
results="$repo/artifacts/bench/throughput.jsonl"
mkdir -p "$(dirname "$results")"
: >"$results"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
# One side at a time, never both at once: each gets the same threads on a quiet machine.
# The trees get a process of their own on both sides (scikit-learn apart from PyTorch too); the row after it fits
# the same forest in a process that has just trained the digits CNN, as lessons 03, 06 and 07 do in one kernel.
throughput=(dotnet bench/Throughput/bin/Release/net10.0/Throughput.dll --threads "$threads" --epochs "$epochs" --fits "$epochs")
for part in mlp cnn transformer; do "${throughput[@]}" --only "$part" 2>/dev/null >>"$results"; done
"${throughput[@]}" --only mlp --phases 2>/dev/null >>"$results"
"${throughput[@]}" --only trees 2>/dev/null >>"$results"
"${throughput[@]}" --only forest-after-torch 2>/dev/null >>"$results"
"${throughput[@]}" --only memory 2>/dev/null >>"$results"
export OPENBLAS_NUM_THREADS="$threads"
/usr/bin/python3 bench/python/throughput.py --threads "$threads" --epochs "$epochs" >>"$results"
/usr/bin/python3 bench/python/throughput.py --threads "$threads" --epochs "$epochs" --only mlp --phases >>"$results"
/usr/bin/python3 bench/python/trees.py --threads "$threads" --fits "$epochs" >>"$results"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
/usr/bin/python3 bench/table.py "$results"
