#!/usr/bin/env python3
"""The scikit-learn baseline for `precis brief`'s grouping: read every file under a folder,
TfidfVectorizer (sublinear TF, English stop words, min_df=2, max_df=0.5: the same limits as precis), cosine distances, agglomerative clustering
(average link, distance threshold 1 - THRESHOLD, no number of clusters given).

    Evaluation/scripts/brief_sklearn.py DAY|DAY.jsonl [--threshold 0.1] [-o groups.json]

Prints one JSON line of timings and peak memory to stderr ({"read": s, ..., "total": s, "peakMB": MB});
with -o writes {"stories": [{"documents": [...]}, ...]} (largest first) for brief_score.py.
The full n x n distance matrix is what agglomerative clustering needs: 8 n^2 bytes.
"""
import argparse
import json
import os
import resource
import sys
import time

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_distances


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("day")
    parser.add_argument("--threshold", type=float, default=0.1, help="average cosine similarity to merge")
    parser.add_argument("-o", "--output")
    args = parser.parse_args()
    t0 = time.perf_counter()
    paths, texts = [], []
    if args.day.endswith(".jsonl"):
        with open(args.day, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    article = json.loads(line)
                    paths.append(article["id"])
                    texts.append(((article.get("title") or "") + "\n" + article["text"]).strip())
    for root, dirs, files in ([] if args.day.endswith(".jsonl") else os.walk(args.day)):
        dirs.sort()
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = os.path.join(root, name)
            with open(full, encoding="utf-8", errors="replace") as f:
                texts.append(f.read())
            paths.append(os.path.relpath(full, args.day))
    t1 = time.perf_counter()
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=2, max_df=0.5).fit_transform(texts)
    t2 = time.perf_counter()
    d = cosine_distances(x)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=1 - args.threshold).fit_predict(d)
    t3 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    timing = {"articles": len(paths), "stories": int(labels.max()) + 1, "read": t1 - t0, "vectors": t2 - t1,
              "cluster": t3 - t2, "total": t3 - t0, "peakMB": round(peak_mb)}
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
