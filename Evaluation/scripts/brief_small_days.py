#!/usr/bin/env python3
"""Small development days for the brief's grouping (Evaluation/results/brief-protocol.md,
session 13): 300 days of 2-8 stories and at most 49 articles, drawn (seed 13) from the DUC 2003
events and the DUC 2007-update topics (A+B+C one story) of brief_dev_suite.py's src-all folder;
only articles with one true story. Never DUC 2004.

    brief_small_days.py make SRC_ALL OUT            # OUT/d2003-NNN, OUT/d2007-NNN (links) + .truth.tsv
    brief_small_days.py score PRECIS OUT [--config C.json] [--label L]   # mean ARI and purity per half

(SRC_ALL: brief_dev_suite.py make's DIR/src-all, e.g. /tmp/i18b/dev/src-all.)
"""
import argparse
import collections
import glob
import json
import os
import random
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import brief_score  # noqa: E402

HALVES = {"d2003": "duc2003/", "d2007": "duc2007-update/"}
DAYS_PER_HALF, MAX_ARTICLES, SEED = 150, 49, 13


def make(args):
    truth = brief_score.read_truth(args.src + ".truth.tsv")
    rng = random.Random(SEED)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    for half, prefix in HALVES.items():
        stories = collections.defaultdict(list)
        for path, clusters in sorted(truth.items()):
            if len(clusters) == 1 and clusters[0].startswith(prefix):
                stories[clusters[0]].append(path)
        names = sorted(stories)
        for n in range(DAYS_PER_HALF):
            while True:
                chosen = rng.sample(names, rng.randint(2, min(8, len(names))))
                day = {s: rng.sample(stories[s], min(rng.randint(1, 6), len(stories[s]))) for s in chosen}
                if sum(map(len, day.values())) <= MAX_ARTICLES:
                    break
            out = os.path.join(args.out, f"{half}-{n:03d}")
            with open(out + ".truth.tsv", "w") as f:
                for story, paths in sorted(day.items()):
                    for p in sorted(paths):
                        os.makedirs(os.path.join(out, os.path.dirname(p)), exist_ok=True)
                        os.symlink(os.path.join(os.path.abspath(args.src), p), os.path.join(out, p))
                        f.write(f"{p}\t{story}\n")
    print(f"{args.out}: {2 * DAYS_PER_HALF} days", file=sys.stderr)


def score_one(args, day):
    cmd = [args.precis, "brief", day, "--format", "json", "--stories", "100000", "--min-size", "1", "--no-digest", "--quiet"]
    if args.config:
        cmd += ["--config", args.config]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    results, _, _ = brief_score.score(json.loads(out), brief_score.read_truth(day + ".truth.tsv"))
    return os.path.basename(day), results["ari"], results["purity"], results["articles"]


def score(args):
    days = sorted(d for d in glob.glob(os.path.join(args.out, "d*")) if os.path.isdir(d))
    with ThreadPoolExecutor(2) as pool:
        rows = list(pool.map(lambda d: score_one(args, d), days))
    if args.rows:
        with open(args.rows, "w") as f:
            for row in rows:
                f.write("\t".join(map(str, row)) + "\n")
    for half in HALVES:
        part = [r for r in rows if r[0].startswith(half)]
        ari = sum(r[1] for r in part) / len(part)
        pur = sum(r[2] for r in part) / len(part)
        size = sum(r[3] for r in part) / len(part)
        print(f"{args.label}\t{half}\tdays {len(part)}\tmean articles {size:.1f}\tmean ARI {ari:.4f}\tmean purity {pur:.4f}")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("make")
    m.add_argument("src")
    m.add_argument("out")
    s = sub.add_parser("score")
    s.add_argument("precis")
    s.add_argument("out")
    s.add_argument("--config")
    s.add_argument("--label", default="precis")
    s.add_argument("--rows", help="write each day's name, ARI, purity and articles here")
    args = parser.parse_args()
    make(args) if args.command == "make" else score(args)


if __name__ == "__main__":
    main()
