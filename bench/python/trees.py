"""scikit-learn side of the tree benchmark, with the settings bench/Throughput/Trees.cs gives ML.NET.
Times .fit alone on numpy arrays already in memory (ML.NET's side times Fit on a cached IDataView), in a process
of its own, apart from PyTorch.
Usage: /usr/bin/python3 bench/python/trees.py [--threads N] [--fits N]"""
import argparse
import json
import statistics
import time

import sklearn
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.metrics import roc_auc_score

import data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=data.find_data())
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--fits", type=int, default=5)
    args = parser.parse_args()
    train_x, train_y, test_x, test_y = data.breast_cancer(args.data)
    framework = f"scikit-learn {sklearn.__version__}"
    candidates = [
        ("random forest", framework + " RandomForest", lambda: RandomForestClassifier(
            n_estimators=100, max_leaf_nodes=20, min_samples_leaf=10, max_samples=0.7, max_features=0.7,
            n_jobs=args.threads, random_state=0)),
        # GradientBoosting has no n_jobs: it always fits on one thread.
        ("gradient boosting", framework + " GradientBoosting", lambda: GradientBoostingClassifier(
            n_estimators=100, max_leaf_nodes=20, max_depth=None, min_samples_leaf=10, learning_rate=0.2, random_state=0)),
    ]
    for model, name, build in candidates:
        build().fit(train_x, train_y)
        seconds, fitted = [], None
        for _ in range(args.fits):
            start = time.perf_counter()
            fitted = build().fit(train_x, train_y)
            seconds.append(time.perf_counter() - start)
        auc = roc_auc_score(test_y, fitted.predict_proba(test_x)[:, 1])
        print(json.dumps({"model": model, "framework": name, "fit_seconds": statistics.median(seconds),
                          "test_auc": auc, "fits": args.fits, "threads": args.threads}), flush=True)


if __name__ == "__main__":
    main()
