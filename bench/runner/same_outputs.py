"""Checks that two folders of executed notebooks (e.g. a --parallel run and a --parallel 1 run) hold the same
outputs, cell by cell. Times a lesson prints about itself are masked, as the only thing allowed to differ:
"ran in 40.8 s", latencies ("p50 0.26 ms"), a last column of seconds (lesson 03's leaderboard: "0.9953  1.44",
"<td>1.44</td></tr>"), and the port lesson 05's server got from the OS ("127.0.0.1:41831"). Usage: python3 same_outputs.py FOLDER_A FOLDER_B; exit 1 if any output differs."""
import json
import os
import re
import sys

SECONDS = re.compile(r"\d+(\.\d+)? ?m?s\b|(?<=  )\d+\.\d+(?=\\n)|(?<=<td>)\d+\.\d+(?=</td></tr>)|(?<=127\.0\.0\.1:)\d+")


def outputs(path):
    with open(path, encoding="utf-8") as f:
        cells = json.load(f)["cells"]
    return [SECONDS.sub("<s>", json.dumps(c.get("outputs", []), sort_keys=True)) for c in cells if c["cell_type"] == "code"]


def main(a, b):
    differing = 0
    for name in sorted(n for n in os.listdir(a) if n.endswith(".ipynb")):
        left, right = outputs(os.path.join(a, name)), outputs(os.path.join(b, name))
        bad = [i + 1 for i, (x, y) in enumerate(zip(left, right)) if x != y] + ([len(left) + 1] if len(left) != len(right) else [])
        differing += bool(bad)
        print(f"{name}: {'same outputs' if not bad else 'outputs differ in code cell(s) ' + ', '.join(map(str, bad))}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
