#!/usr/bin/env python3
"""Grid of grouping settings on a scored day (issue 18's development day): for each setting,
`precis brief DAY --format json --stories 100000 --min-size 1 --no-digest --config SETTING`,
scored by brief_score.py on the whole day and on each part. Prints one JSON line per setting
and, at the end, the setting chosen by Evaluation/results/brief-protocol.md's rule.

    brief_grid.py PRECIS DAY TRUTH.tsv --parts duc2003/,duc2007-update/ --work /tmp/grid
"""
import argparse
import itertools
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULTS = {"threshold": 0.125, "relativeThreshold": 0.3, "sharedNeighbors": 10,
            "sharedNeighborThreshold": 0.14, "timeScaleDays": 0, "timeDecayPower": 1}


sys.path.insert(0, HERE)
import brief_score  # noqa: E402


def score(brief, truth, part=None):
    with open(brief) as f:
        parsed = json.load(f)
    return brief_score.score(parsed, brief_score.read_truth(truth, part), part)[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("precis")
    ap.add_argument("day")
    ap.add_argument("truth")
    ap.add_argument("--parts", default="")
    ap.add_argument("--work", default="/tmp/brief-grid")
    ap.add_argument("--grid", default="{}", help="JSON: setting -> list of values (others at DEFAULTS)")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    grid = json.loads(args.grid)
    keys = sorted(grid)
    rows = []
    for values in itertools.product(*(grid[k] for k in keys)):
        setting = dict(zip(keys, values))
        if setting.get("sharedNeighbors", 1) == 0 and setting.get("sharedNeighborThreshold", DEFAULTS["sharedNeighborThreshold"]) != DEFAULTS["sharedNeighborThreshold"]:
            continue
        name = "_".join(f"{k}={v}" for k, v in setting.items()) or "default"
        config = os.path.join(args.work, name + ".settings.json")
        out = os.path.join(args.work, name + ".json")
        with open(config, "w") as f:
            json.dump({"grouping": setting}, f)
        subprocess.run([args.precis, "brief", args.day, "--format", "json", "--stories", "100000", "--min-size", "1",
                        "--no-digest", "--quiet", "--config", config, "-o", out], check=True)
        whole = score(out, args.truth)
        row = {"setting": setting, "ari": round(whole["ari"], 4), "purity": round(whole["purity"], 4),
               "stories": whole["stories"]}
        parts = [p for p in args.parts.split(",") if p]
        for p in parts:
            s = score(out, args.truth, p)
            row[p] = {"ari": round(s["ari"], 4), "purity": round(s["purity"], 4)}
        row["minPart"] = min((row[p]["ari"] for p in parts), default=row["ari"])
        changes = sum(1 for k, v in setting.items() if DEFAULTS.get(k) != v)
        row["changes"] = changes
        rows.append(row)
        print(json.dumps(row, sort_keys=True), flush=True)
    best = max(r["ari"] for r in rows)
    ties = [r for r in rows if r["ari"] >= best - 0.005]
    chosen = max(ties, key=lambda r: (r["minPart"], r["purity"], -r["changes"]))
    print("CHOSEN", json.dumps(chosen, sort_keys=True))


if __name__ == "__main__":
    main()
