#!/usr/bin/env bash
# Runs charts-in-jupyter.ipynb in the real Jupyter .NET kernel (dotnet-interactive, pinned in
# .config/dotnet-tools.json) and checks that the setup cell, a chart, a DataFrame and a live training
# progress all come back without error. Safe to run again: each step skips what is already in place.
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
# A real lesson, unchanged: the setup cell, #!seed, #!dataset, #!profile and claims in the Jupyter kernel.
rm -f "$out/00-getting-started.ipynb"
(cd "$repo/notebooks" && "$jupyter" nbconvert --to notebook --execute 00-getting-started.ipynb \
  --ExecutePreprocessor.timeout=300 --output-dir "$out" --output 00-getting-started.ipynb)
"$python" - "$out/00-getting-started.ipynb" <<'PY'
import json, sys
cells = json.load(open(sys.argv[1]))["cells"]
errors = [o for c in cells for o in c.get("outputs", []) if o["output_type"] == "error"]
text = "".join("".join(o.get("text", "")) for c in cells for o in c.get("outputs", []))
ok = not errors and "✓ the data set has 344 penguins" in text
print(("ok   " if ok else "FAIL ") + "notebooks/00-getting-started.ipynb runs in Jupyter and its claims hold")
for e in errors: print("     ", e["ename"], e["evalue"][:300])
sys.exit(0 if ok else 1)
PY
echo "check-jupyter: all checks passed ($out)"
