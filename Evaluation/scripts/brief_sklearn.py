#!/usr/bin/env python3
"""The scikit-learn baseline for `precis brief`'s grouping: read every file under a folder,
TfidfVectorizer (sublinear TF, English stop words), cosine distances, agglomerative clustering
(average link, distance threshold 1 - THRESHOLD, no number of clusters given).

    Evaluation/scripts/brief_sklearn.py DAY [--threshold 0.2] [-o groups.json]

Prints one JSON line of timings to stderr ({"read": s, "vectors": s, "cluster": s, "total": s});
with -o writes {"stories": [{"documents": [...]}, ...]} (largest first) for brief_score.py.
The full n x n distance matrix is what agglomerative clustering needs: 8 n^2 bytes.
"""
import argparse
import json
import os
import sys
import time

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_distances


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("day")
    parser.add_argument("--threshold", type=float, default=0.2, help="average cosine similarity to merge")
    parser.add_argument("-o", "--output")
    args = parser.parse_args()
    t0 = time.perf_counter()
    paths, texts = [], []
    for root, dirs, files in os.walk(args.day):
        dirs.sort()
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = os.path.join(root, name)
            with open(full, encoding="utf-8", errors="replace") as f:
                texts.append(f.read())
            paths.append(os.path.relpath(full, args.day))
    t1 = time.perf_counter()
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english", dtype="float32").fit_transform(texts)
    t2 = time.perf_counter()
    d = cosine_distances(x)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=1 - args.threshold).fit_predict(d)
    t3 = time.perf_counter()
    timing = {"articles": len(paths), "read": t1 - t0, "vectors": t2 - t1, "cluster": t3 - t2, "total": t3 - t0}
    print(json.dumps(timing), file=sys.stderr)
    if args.output:
        groups = {}
        for p, l in zip(paths, labels):
            groups.setdefault(int(l), []).append(p)
        stories = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
        with open(args.output, "w") as f:
            json.dump({"stories": [{"documents": g} for g in stories]}, f)


if __name__ == "__main__":
    main()
