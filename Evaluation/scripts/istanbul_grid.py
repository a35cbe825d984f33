#!/usr/bin/env python3
"""Scan the default method's settings around their development-set values and count, for each,
how many of issue 2's five facts the 100-word Istanbul digest carries (istanbul_facts.py's
patterns). A diagnosis, not a tuning run: it asks whether *any* nearby setting carries all five,
and with which sentences, not which one to ship (the default is chosen on DUC 2006 and Opinosis).

    swift build -c release
    python3 Evaluation/scripts/istanbul_grid.py [--precis PATH] [--out FILE.tsv] [--base SETTINGS.json]

Prints how many settings carry 5, 4, 3 … facts and, for the settings that carry all five, the
digests they make (document#sentence); --out writes one line per setting.
"""
import argparse
import collections
import itertools
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import istanbul_facts  # noqa: E402

ROOT = istanbul_facts.ROOT

# Each knob at values around the default's (unigram 0.1, 3 documents, redundancy 0.4, no
# support concepts, no lead bonus, 10-word floor); standaloneOnly stays on (issue 2, must-show 2).
GRID = {
    "unigramWeight": [0.05, 0.1, 0.2, 0.3],
    "minimumDocuments": [2, 3, 4],
    "redundancy": [0.3, 0.35, 0.4, 0.5],
    "support": [(0, 0.4), (1, 0.4), (1.5, 0.4), (1.5, 0.3), (3, 0.3)],  # (supportWeight, supportSimilarity)
    "positionWeight": [0, 0.5, 1],
    "minimumWords": [8, 10, 12],
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--precis", default=f"{ROOT}/.build/release/precis")
    parser.add_argument("--corpus", default=f"{ROOT}/Evaluation/corpora/istanbul-talks")
    parser.add_argument("--out", help="write one TSV line per setting here")
    parser.add_argument("--base", default=f"{ROOT}/Evaluation/configs/default.json",
                        help="the settings the grid varies (default: the default's)")
    args = parser.parse_args()
    with open(args.base) as f:
        base = json.load(f)
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        path = os.path.join(scratch, "settings.json")
        for combo in itertools.product(*GRID.values()):
            knobs = dict(zip(GRID, combo))
            settings = json.loads(json.dumps(base))
            concepts = settings["concepts"]
            for name in ("unigramWeight", "minimumDocuments", "redundancy", "positionWeight", "minimumWords"):
                concepts[name] = knobs[name]
            concepts["supportWeight"], concepts["supportSimilarity"] = knobs["support"]
            with open(path, "w") as f:
                json.dump(settings, f)
            run = subprocess.run([args.precis, "digest", args.corpus, "--format", "json", "--config", path],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(f"precis failed ({run.returncode}) on {knobs}: {run.stderr.strip()}", file=sys.stderr)
                return 2
            items = json.loads(run.stdout)["items"]
            picks = " ".join(f"{item['document'][:3]}#{item['sentenceIndex']}" for item in items)
            rows.append((len(istanbul_facts.carried(items)), knobs, picks))
    counts = collections.Counter(n for n, _, _ in rows)
    print(f"{len(rows)} settings; facts carried: " + ", ".join(f"{n}: {counts[n]}" for n in sorted(counts, reverse=True)))
    full = collections.Counter(picks for n, _, picks in rows if n == len(istanbul_facts.FACTS))
    for picks, count in full.most_common():
        print(f"  all five, {count} settings: {picks}")
    if args.out:
        with open(args.out, "w") as f:
            f.write("facts\t" + "\t".join(GRID) + "\tpicks\n")
            for n, knobs, picks in rows:
                f.write(f"{n}\t" + "\t".join(str(v) for v in knobs.values()) + f"\t{picks}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
