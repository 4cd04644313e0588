#!/usr/bin/env bash
# Runs charts-in-jupyter.ipynb in the real Jupyter .NET kernel (dotnet-interactive, pinned in
# .config/dotnet-tools.json) and checks that the setup cell, a chart, a DataFrame and a live training
# progress all come back without error; then every lesson in notebooks/, fast mode, and fails naming the
# lesson and cell of any error or failed claim. JUPYTER_LANES=N runs N lessons at once (default 2). Safe to run again: each step skips what is already in place.
# Needs root for apt-get on the first run. Usage: tests/jupyter/check-jupyter.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# Debian's python and jupyter: a pyenv python may come first on PATH and lacks nbformat.
python=/usr/bin/python3
jupyter=/usr/bin/jupyter

missing=()
for package in jupyter-nbconvert python3-nbclient python3-ipykernel; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cd "$repo"
source "$here/kernelspec.sh"

dotnet build src/Notebooks.Kernel -v quiet -nologo >/dev/null

out="$repo/artifacts/jupyter/out"
mkdir -p "$out"
rm -f "$out/charts-in-jupyter.ipynb"
"$jupyter" nbconvert --to notebook --execute "$here/charts-in-jupyter.ipynb" \
  --ExecutePreprocessor.timeout=300 --output-dir "$out" --output charts-in-jupyter.ipynb

"$python" - "$out/charts-in-jupyter.ipynb" <<'PY'
import json, sys
cells = [c for c in json.load(open(sys.argv[1]))["cells"] if c["cell_type"] == "code"]
def outputs(i, kind=None):
    return [o for o in cells[i]["outputs"] if kind is None or o["output_type"] == kind]
def html(i):
    return "".join("".join(o.get("data", {}).get("text/html", "")) for o in cells[i]["outputs"])
failures = []
def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok: failures.append(what)
check(not any(outputs(i, "error") for i in range(len(cells))), "no cell reported an error")
check('class="plotly-chart"' in html(1) and "Plotly.newPlot" in html(1), "the line chart cell shows a plotly-chart div and its script")
check("<table" in html(2) and "loss" in html(2), "the DataFrame cell shows a table")
progress = outputs(3, "display_data")
check(len(progress) == 1, f"the training progress is one output updated in place (found {len(progress)})")
check('epoch 3/3' in html(3) and 'class="plotly-chart"' in html(3), "the training progress ends at epoch 3/3 with its chart")
sys.exit(1 if failures else 0)
PY
# Every lesson, fast mode, in the Jupyter kernel: copies with `quick = true;` injected the way `run --param`
# injects it, in a folder one level below the root (like notebooks/) so each setup cell's ../artifacts/kernel
# resolves. --allow-errors so a failing lesson still writes its executed copy, which the check below reads.
dotnet build src/Notebooks.Runner -v quiet -nologo >/dev/null
lessons="$repo/.jupyter-lessons"
trap 'rm -rf "$lessons"' EXIT
rm -rf "$lessons" "$out/lessons" && mkdir -p "$out/lessons"
dotnet "$repo/src/Notebooks.Runner/bin/Debug/net10.0/notebooks.dll" params inject notebooks/*.ipynb --param quick=true --output-dir "$lessons" >/dev/null

# Kernels started at once race for the first free HTTP port of their range and one dies: each lane gets a
# kernelspec of its own with ports no other lane uses.
lanes="${JUPYTER_LANES:-2}"
for ((lane = 1; lane < lanes; lane++)); do
  "$python" - "$JUPYTER_PATH/kernels" "$lane" <<'PY'
import json, os, sys
kernels, lane = sys.argv[1], int(sys.argv[2])
spec = json.load(open(os.path.join(kernels, ".net-csharp", "kernel.json")))
at = spec["argv"].index("--http-port-range") + 1
first = 2200 + 50 * lane
spec["argv"][at] = f"{first}-{first + 49}"
os.makedirs(os.path.join(kernels, f".net-csharp-lane{lane}"), exist_ok=True)
json.dump(spec, open(os.path.join(kernels, f".net-csharp-lane{lane}", "kernel.json"), "w"), indent=2)
PY
done
kernel_of_lane() { (($1 == 0)) && echo .net-csharp || echo ".net-csharp-lane$1"; }

# run_lesson NAME LANE: executes one copy; its log and wall seconds go beside the executed copy. jupyter_client
# picks the kernel's ZeroMQ ports before the kernel binds them, so two kernels starting at once can still clash:
# a kernel that died of "Address already in use" before running anything is started once more.
run_lesson() {
  local name="$1" log="$out/lessons/${1%.ipynb}.log" start
  start=$(date +%s)
  for attempt in 1 2; do
    (cd "$lessons" && "$jupyter" nbconvert --to notebook --execute --allow-errors --ExecutePreprocessor.kernel_name="$(kernel_of_lane "$2")" \
      --ExecutePreprocessor.timeout=300 --output-dir "$out/lessons" "$name") >"$log" 2>&1 || true
    [[ -f "$out/lessons/$name" ]] || ! grep -q "Address already in use" "$log" && break
    mv "$log" "$log.port-clash"
  done
  echo "$(($(date +%s) - start))" >"$out/lessons/${name%.ipynb}.seconds"
}
# Lane k takes lessons k, k+lanes, k+2·lanes…; the lanes run side by side.
names=()
for copy in "$lessons"/*.ipynb; do names+=("$(basename "$copy")"); done
for ((lane = 0; lane < lanes; lane++)); do
  (for ((i = lane; i < ${#names[@]}; i += lanes)); do run_lesson "${names[i]}" "$lane"; done) &
done
wait
"$python" - "$repo/notebooks" "$out/lessons" "${names[@]}" <<'PY'
import json, os, sys
originals, executed, names = sys.argv[1], sys.argv[2], sys.argv[3:]
failures = 0
for name in names:
    path, log = os.path.join(executed, name), os.path.join(executed, name[:-len(".ipynb")] + ".log")
    seconds = open(path[:-len(".ipynb")] + ".seconds").read().strip()
    where = f"notebooks/{name}"
    if not os.path.exists(path):
        failures += 1
        print(f"FAIL {where}: Jupyter wrote no executed copy (a cell timed out or the kernel died); the end of {log}:")
        for line in open(log, encoding="utf-8", errors="replace").read().splitlines()[-15:]: print("     " + line)
        continue
    # Cells are named by their number and id in the committed notebook, not in the copy (which has one more).
    numbers = {c.get("id"): i + 1 for i, c in enumerate(json.load(open(os.path.join(originals, name)))["cells"])}
    cells = json.load(open(path))["cells"]
    problems = []
    for cell in cells:
        if cell["cell_type"] != "code": continue
        at = f"cell {numbers.get(cell.get('id'), '?')} (id {cell.get('id')})" if cell.get("id") in numbers else f"injected cell {cell.get('id')}"
        first = next((l.strip() for l in "".join(cell["source"]).splitlines() if l.strip()), "")
        if cell.get("execution_count") is None and "skip-execution" not in cell["metadata"].get("tags", []):
            problems.append(f"{at} did not run: {first[:80]}")
        for output in cell.get("outputs", []):
            if output["output_type"] != "error": continue
            evalue = output.get("evalue", "").strip().splitlines()
            what = evalue[0] if evalue else output.get("ename", "error")
            if what == "compilation error":  # the compiler's messages come as a stderr stream just before
                what += ": " + " ".join("".join("".join(o["text"]) for o in cell["outputs"] if o.get("name") == "stderr").split())[:300]
            kind = "a claim failed" if "ClaimFailedException" in what else "error"
            problems.append(f"{at}: {kind}: {what[:400]}  ← `{first[:80]}`")
    # Exercises print ✗ for an unfinished task by design; a claim prints ✓ or throws (an error above).
    text = "".join("".join(o.get("text", "")) for c in cells for o in c.get("outputs", []))
    if "✓" not in text:
        problems.append("no claim printed ✓: the lesson's checks did not reach Jupyter's output")
    if problems:
        failures += 1
        print(f"FAIL {where} ({seconds} s in Jupyter, fast mode):")
        for problem in problems: print("     " + problem)
    else:
        print(f"ok   {where} runs in Jupyter, fast mode, every claim holds ({seconds} s)")
if failures:
    print(f"{failures} of {len(names)} lessons failed in the Jupyter kernel; executed copies and logs: {executed}")
sys.exit(1 if failures else 0)
PY
echo "check-jupyter: all checks passed ($out)"
