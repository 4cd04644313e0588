#!/usr/bin/env bash
# Wall time of running the same notebooks headless, fast mode: our runner (its default, --parallel = processor
# count with the next worker warmed ahead, and --parallel 1) vs `jupyter nbconvert --execute` with the
# dotnet-interactive kernel vs `dotnet-repl --run`; a trivial one-cell notebook and the whole series. Median of
# --repeats runs for the trivial notebook, --series-repeats for the series (nbconvert alone takes ~2 min a
# series run); then our runner's --timings breakdown. Installs jupyter-nbconvert, python3-nbclient,
# python3-ipykernel (Debian) if missing; the .NET tools are pinned in .config/dotnet-tools.json.
# Usage: bench/runner.sh [--repeats N] [--series-repeats N]    (defaults 3 and 1: ~15 min in all)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
repeats=3
series_repeats=1
while (($#)); do
  case "$1" in
    --repeats) repeats="$2"; shift 2 ;;
    --series-repeats) series_repeats="$2"; shift 2 ;;
    *) echo "usage: bench/runner.sh [--repeats N] [--series-repeats N]" >&2; exit 4 ;;
  esac
done
cd "$repo"

missing=()
for package in jupyter-nbconvert python3-nbclient python3-ipykernel; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
if ((${#missing[@]})); then
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
fi
source tests/jupyter/kernelspec.sh
# Two builds of our runner: the plain one (`dotnet build`, what `dotnet run --project` uses) and one published
# ReadyToRun (Roslyn and .NET Interactive precompiled, so the first cell does not JIT the C# compiler).
dotnet build src/Notebooks.Runner -c Release -v quiet -nologo >/dev/null
dotnet publish src/Notebooks.Runner -c Release -p:PublishReadyToRun=true -o artifacts/runner -v quiet -nologo >/dev/null
built=(dotnet "$repo/src/Notebooks.Runner/bin/Release/net10.0/notebooks.dll")
runner=(dotnet "$repo/artifacts/runner/notebooks.dll")

# The copies sit one folder below the root, like notebooks/, so each setup cell's ../artifacts/kernel resolves.
work="$repo/.bench-notebooks"
out="$repo/artifacts/bench/runner"
trap 'rm -rf "$work"' EXIT
rm -rf "$work" "$out" && mkdir -p "$out"
# Fast mode: each notebook with `quick = true;` injected after its parameters cell, as `run --param` injects it.
"${built[@]}" params inject notebooks/*.ipynb --param quick=true --output-dir "$work" >/dev/null
cp -r bench/runner/trivial "$work/"
series=("$work"/*.ipynb)
trivial="$work/trivial/trivial.ipynb"

# median_seconds N LABEL COMMAND...: runs the command N times from $work, prints "LABEL<TAB>median".
median_seconds() {
  local n="$1" label="$2"; shift 2
  local times=()
  for ((r = 0; r < n; r++)); do
    local start end
    start=$(date +%s.%N)
    (cd "$work" && "$@") >"$out/last.log" 2>&1 || { echo "FAILED: $label (see $out/last.log)" >&2; tail -20 "$out/last.log" >&2; exit 1; }
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\t%s\n' "$label" "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')"
}

repl_each() { for nb in "$@"; do (cd "$(dirname "$nb")" && dotnet tool run dotnet-repl -- --run "$nb" --exit-after-run --output-path "$out/repl-$(basename "$nb")"); done; }
nbconvert_all() { (cd "$(dirname "$1")" && /usr/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=.net-csharp \
  --ExecutePreprocessor.timeout=600 --output-dir "$out/nbconvert" "$@"); }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
results="$out/results.tsv"
{
  median_seconds "$repeats" "trivial|ours (dotnet build)" "${built[@]}" run "$trivial" --output-dir "$out/ours"
  median_seconds "$repeats" "trivial|ours (ReadyToRun publish)" "${runner[@]}" run "$trivial" --output-dir "$out/ours"
  median_seconds "$repeats" "trivial|dotnet-repl --run" repl_each "$trivial"
  median_seconds "$repeats" "trivial|jupyter nbconvert --execute" nbconvert_all "$trivial"
  median_seconds "$series_repeats" "series|ours (dotnet build), default (--parallel $(nproc))" "${built[@]}" run "${series[@]}" --output-dir "$out/ours"
  median_seconds "$series_repeats" "series|ours (dotnet build) --parallel 1" "${built[@]}" run "${series[@]}" --parallel 1 --output-dir "$out/serial"
  median_seconds "$series_repeats" "series|ours (ReadyToRun publish), default (--parallel $(nproc))" "${runner[@]}" run "${series[@]}" --output-dir "$out/ours"
  median_seconds "$series_repeats" "series|ours (ReadyToRun publish) --parallel 1" "${runner[@]}" run "${series[@]}" --parallel 1 --output-dir "$out/serial"
  median_seconds "$series_repeats" "series|dotnet-repl --run" repl_each "${series[@]}"
  median_seconds "$series_repeats" "series|jupyter nbconvert --execute" nbconvert_all "${series[@]}"
} >"$results"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

echo "Wall seconds, median of $repeats (trivial) and $series_repeats (series), fast mode; series = ${#series[@]} notebook(s): $(cd "$work" && ls ./*.ipynb | xargs -n1 basename | tr '\n' ' ')"
echo
echo "| notebooks | runner | wall s | vs nbconvert |"
echo "|---|---|---:|---:|"
awk -F'\t' '{split($1, k, "|"); set[NR]=k[1]; tool[NR]=k[2]; s[NR]=$2; if (k[2] ~ /nbconvert/) nb[k[1]]=$2}
  END {for (i = 1; i <= NR; i++) printf "| %s | %s | %.2f | %.2f× |\n", set[i], tool[i], s[i], s[i] / nb[set[i]]}' "$results"
echo
echo "Executed copies, default run vs --parallel 1 (lessons' own printed seconds, latencies and ports masked):"
/usr/bin/python3 bench/runner/same_outputs.py "$out/ours" "$out/serial" || echo "(the cells above differ; lesson 05's cell 20 charts measured request latencies)"
echo
echo "Where our runner's time goes (\`dotnet build\` runner, its default --parallel $(nproc), run --timings, the series):"
(cd "$work" && "${built[@]}" run "${series[@]}" --output-dir "$out/ours" --timings 2>&1 | tac | sed '/┌/q' | tac)
