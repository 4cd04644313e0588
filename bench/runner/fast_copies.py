"""Writes the fast-mode copies every runner in bench/runner.sh executes: each notebook with `quick = true;` set in a
cell right after its `parameters` cell (what `notebooks run --param quick=true` injects), plus a one-cell trivial
notebook. Usage: python3 fast_copies.py OUT_FOLDER NOTEBOOK..."""
import json
import os
import sys


def code(source, tags=()):
    return {"cell_type": "code", "execution_count": None, "metadata": {"tags": list(tags)} if tags else {},
            "outputs": [], "source": source}


def fast(notebook):
    cells = notebook["cells"]
    at = next((i for i, c in enumerate(cells) if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if at is not None:
        cells.insert(at + 1, code("quick = true;", ["injected-parameters"]))
    return notebook


def main(out, paths):
    os.makedirs(out, exist_ok=True)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            notebook = fast(json.load(f))
        with open(os.path.join(out, os.path.basename(path)), "w", encoding="utf-8") as f:
            json.dump(notebook, f, indent=1)
    trivial = {"cells": [code("1 + 1")], "metadata": {
        "kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
        "language_info": {"name": "polyglot-notebook"},
        "polyglot_notebook": {"kernelInfo": {"defaultKernelName": "csharp", "items": [{"aliases": [], "name": "csharp"}]}}},
        "nbformat": 4, "nbformat_minor": 5}
    os.makedirs(os.path.join(out, "trivial"), exist_ok=True)
    with open(os.path.join(out, "trivial", "trivial.ipynb"), "w", encoding="utf-8") as f:
        json.dump(trivial, f, indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
