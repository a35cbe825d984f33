#!/usr/bin/env python3
"""Token F1 and compression ratio of sentence compressions against human golds (issue 16).

Usage:
  compression_eval.py SET_DIR OUTPUT_FILE [--split all|dev|test]
  compression_eval.py SET_DIR --systems            # every systems/*_0.comp and the input itself

SET_DIR is ../shared/corpora/compression/google or .../bcn. Golds: gold.txt or gold.N.comp.
Split (Evaluation/results/compression.md): line i is dev when i is even, test when i is odd.
F1: bag of space-separated tokens (clipped counts) against each gold, mean over golds, then lines.
Ratio: output tokens / input tokens, mean over lines.
"""
import glob
import os
import sys
from collections import Counter


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]


def f1(out, gold):
    o, g = Counter(out.split()), Counter(gold.split())
    common = sum((o & g).values())
    if common == 0:
        return 0.0
    p, r = common / sum(o.values()), common / sum(g.values())
    return 2 * p * r / (p + r)


def golds(set_dir):
    paths = sorted(glob.glob(os.path.join(set_dir, "gold*.comp"))) or [os.path.join(set_dir, "gold.txt")]
    return [lines(p) for p in paths]


def score(set_dir, outputs, split="all"):
    inputs = lines(os.path.join(set_dir, "input.txt"))
    gs = golds(set_dir)
    if len(outputs) != len(inputs):
        sys.exit(f"compression_eval: {len(outputs)} output lines for {len(inputs)} input lines")
    keep = [i for i in range(len(inputs)) if split == "all" or (i % 2 == 0) == (split == "dev")]
    f = sum(sum(f1(outputs[i], g[i]) for g in gs) / len(gs) for i in keep) / len(keep)
    ratio = sum(len(outputs[i].split()) / max(1, len(inputs[i].split())) for i in keep) / len(keep)
    return f, ratio


def main():
    args = sys.argv[1:]
    split = "all"
    if "--split" in args:
        k = args.index("--split")
        split = args[k + 1]
        del args[k:k + 2]
    set_dir = args[0]
    if args[1:] == ["--systems"]:
        runs = [("input (no compression)", lines(os.path.join(set_dir, "input.txt")))]
        for p in sorted(glob.glob(os.path.join(set_dir, "systems", "*_0.comp"))):
            runs.append((os.path.basename(p)[:-7], lines(p)))
        for name, out in runs:
            cells = []
            for s in ("dev", "test", "all"):
                f, r = score(set_dir, out, s)
                cells.append(f"{f:.3f} | {r:.2f}")
            print(f"| {name} | " + " | ".join(cells) + " |")
        return
    f, r = score(set_dir, lines(args[1]), split)
    print(f"F1 {f:.3f} ratio {r:.3f} ({split})")


if __name__ == "__main__":
    main()
