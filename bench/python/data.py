"""The repo's CSV files, read and split exactly as bench/Throughput/BenchData.cs does."""
import os

DIGITS_TRAIN_ROWS = 1400
NAME_BOUNDARY = "."
NAME_CONTEXT = 16
NAME_STRIDE = 4  # every fourth name (2,213 of 8,849): an epoch of seconds, not minutes, on two cores


def rows(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")[1:]
    return [line.split(",") for line in lines if line]


def digits_train(data):
    """Pixels scaled to 0-1 (the 8x8 images hold 0-16) and labels 0-9, train rows only."""
    table = rows(os.path.join(data, "digits.csv"))[:DIGITS_TRAIN_ROWS]
    return [[float(v) / 16 for v in r[:64]] for r in table], [int(r[64]) for r in table]


def breast_cancer(data):
    """30 features and the 'malignant' label; every fifth row (0, 5, 10, ...) is a test row."""
    table = rows(os.path.join(data, "breast-cancer.csv"))
    x = [[float(v) for v in r[:30]] for r in table]
    y = [r[30] == "true" for r in table]
    train = [i for i in range(len(table)) if i % 5 != 0]
    test = [i for i in range(len(table)) if i % 5 == 0]
    return ([x[i] for i in train], [y[i] for i in train], [x[i] for i in test], [y[i] for i in test])


def names(data):
    """Each lower-cased name as ".name." padded with "." to 17 characters: 16 input ids, the 16 after them as targets."""
    all_names = [r[0].lower() for i, r in enumerate(rows(os.path.join(data, "first-names.csv"))) if i % NAME_STRIDE == 0]
    vocabulary = sorted(set("".join(all_names)) | {NAME_BOUNDARY})
    ids = {c: i for i, c in enumerate(vocabulary)}
    inputs, targets = [], []
    for name in all_names:
        text = (NAME_BOUNDARY + name + NAME_BOUNDARY).ljust(NAME_CONTEXT + 1, NAME_BOUNDARY)[:NAME_CONTEXT + 1]
        sequence = [ids[c] for c in text]
        inputs.append(sequence[:NAME_CONTEXT])
        targets.append(sequence[1:])
    return inputs, targets, len(vocabulary)


def find_data():
    """The repo's data/ folder, found upwards from this file."""
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.normpath(os.path.join(here, "..", "..", "data"))
