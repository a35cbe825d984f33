#!/usr/bin/env python3
"""Issue 18's second-round development measure: eight development days built from DUC 2003 and
DUC 2007-update (DUC 2006 as distractors), never DUC 2004; a grid of grouping settings scored on
all of them; the choice by Evaluation/results/brief-protocol.md's "Second round" rule (highest
worst-day ARI, ties within 0.005 by mean ARI, then worst-day purity, then fewest changes).

    brief_dev_suite.py make /tmp/i18b/dev                     # the eight days (DUC text: /tmp only)
    brief_dev_suite.py grid PRECIS /tmp/i18b/dev --work /tmp/i18b/grid --grid '{"threshold": [0.2, 0.25]}'
    brief_dev_suite.py choose grid1.out grid2.out             # the rule over several grids' rows

Days: whole (dev day), duc2003, duc2007, halfA1/halfB1/halfA2/halfB2 (the 33 stories cut in two
random halves, seeds 1 and 2), with2006 (whole + every DUC 2006 article; ARI over the DUC 2003/2007
articles only, purity over all with DUC 2006 articles labelled by topic).
"""
import argparse
import itertools
import json
import os
import random
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import brief_score  # noqa: E402

DAYS = ["whole", "duc2003", "duc2007", "halfA1", "halfB1", "halfA2", "halfB2", "with2006"]
DEFAULTS = {"threshold": 0.25, "sharedNeighborThreshold": 0.2, "relativeThreshold": 0.3, "sharedNeighbors": 10,
            "rareTermsInNorm": False, "leadRepeats": 1, "nameRepeats": 0, "reassignPasses": 0,
            "splitRatio": 0, "splitMinimumPart": 5}  # leadRepeats 1 since the second round
DEV_PARTS = ("duc2003/", "duc2007-update/")


def make_day(src, truth, out, keep):
    """Links into out the files of `truth` (path -> clusters) from folder src that hold a cluster
    `keep` accepts; their truth lists only those clusters."""
    if os.path.exists(out):
        shutil.rmtree(out)
    rows = {p: [x for x in c if keep(x)] for p, c in truth.items()}
    rows = {p: c for p, c in rows.items() if c}
    for p in rows:
        os.makedirs(os.path.join(out, os.path.dirname(p)), exist_ok=True)
        os.symlink(os.path.join(src, p), os.path.join(out, p))
    with open(out + ".truth.tsv", "w") as f:
        for p in sorted(rows):
            f.write(f"{p}\t{','.join(rows[p])}\n")
    print(f"{out}: {len(rows)} files, {len({c for cs in rows.values() for c in cs})} stories", file=sys.stderr)


def make(args):
    base = os.path.abspath(args.out)
    os.makedirs(base, exist_ok=True)
    make_script = os.path.join(HERE, "brief_make_duc_day.py")
    src = os.path.join(base, "src-all")  # DUC 2003 + 2007 + 2006, one folder
    cmd = [sys.executable, make_script, src, "--only", "duc2003", "--only", "duc2007-update", "--only", "duc2006", "--no-istanbul"]
    if args.corpora:
        cmd += ["--corpora", args.corpora]
    subprocess.run(cmd, check=True)
    truth = brief_score.read_truth(src + ".truth.tsv")


    stories = sorted({x for c in truth.values() for x in c if x.startswith(DEV_PARTS)})
    make_day(src, truth, os.path.join(base, "whole"), lambda x: x.startswith(DEV_PARTS))
    make_day(src, truth, os.path.join(base, "duc2003"), lambda x: x.startswith("duc2003/"))
    make_day(src, truth, os.path.join(base, "duc2007"), lambda x: x.startswith("duc2007-update/"))
    for seed in (1, 2):
        half = set(random.Random(seed).sample(stories, len(stories) // 2))
        make_day(src, truth, os.path.join(base, f"halfA{seed}"), lambda x: x in half)
        make_day(src, truth, os.path.join(base, f"halfB{seed}"), lambda x: x in stories and x not in half)
    make_day(src, truth, os.path.join(base, "with2006"), lambda x: True)


def score_day(brief_path, base, day):
    with open(brief_path) as f:
        brief = json.load(f)
    truth_path = os.path.join(base, day + ".truth.tsv")
    truth = brief_score.read_truth(truth_path)
    if day != "with2006":
        s = brief_score.score(brief, truth)[0]
        return s["ari"], s["purity"], s["stories"]
    # ARI over the event articles only (inside the same grouping), purity over all.
    dev_truth = {p: c for p, c in truth.items() if any(x.startswith(DEV_PARTS) for x in c)}
    events = brief_score.score(brief, dev_truth, part="duc20")[0]
    whole = brief_score.score(brief, truth)[0]
    return events["ari"], whole["purity"], whole["stories"]


def grid(args):
    base = os.path.abspath(args.base)
    os.makedirs(args.work, exist_ok=True)
    spec = json.loads(args.grid)
    keys = sorted(spec)
    rows = []
    for values in itertools.product(*(spec[k] for k in keys)):
        setting = dict(zip(keys, values))
        name = "_".join(f"{k}={v}" for k, v in setting.items()) or "default"
        config = os.path.join(args.work, name + ".settings.json")
        with open(config, "w") as f:
            json.dump({"grouping": setting}, f)
        row = {"setting": setting, "days": {}}
        for day in DAYS:
            out = os.path.join(args.work, f"{name}.{day}.json")
            subprocess.run([args.precis, "brief", os.path.join(base, day), "--format", "json", "--stories", "100000",
                            "--min-size", "1", "--no-digest", "--quiet", "--config", config, "-o", out], check=True)
            ari, pur, n = score_day(out, base, day)
            row["days"][day] = [round(ari, 4), round(pur, 4), n]
        aris = [v[0] for v in row["days"].values()]
        purs = [v[1] for v in row["days"].values()]
        row["minARI"], row["meanARI"], row["minPurity"] = round(min(aris), 4), round(sum(aris) / len(aris), 4), round(min(purs), 4)
        row["changes"] = sum(1 for k, v in setting.items() if DEFAULTS.get(k) != v)
        print(json.dumps(row), flush=True)
        rows.append(row)
    choose_rows(rows)


def choose_rows(rows):
    """Applies the rule: worst-day ARI, ties within 0.005 by mean ARI, worst-day purity, fewest changes."""
    for r in rows:
        r["changes"] = sum(1 for k, v in r["setting"].items() if DEFAULTS.get(k) != v)
    best = max(r["minARI"] for r in rows)
    ties = [r for r in rows if r["minARI"] >= best - 0.005]
    ties.sort(key=lambda r: (-r["meanARI"], -r["minPurity"], r["changes"]))
    print("ORDER " + json.dumps([r["setting"] for r in ties]))
    print("CHOSEN " + json.dumps(ties[0]))


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("out")
    m.add_argument("--corpora")
    g = sub.add_parser("grid")
    g.add_argument("precis")
    g.add_argument("base")
    g.add_argument("--work", default="/tmp/brief-dev-grid")
    g.add_argument("--grid", default="{}")
    c = sub.add_parser("choose", help="apply the rule to the union of grid outputs")
    c.add_argument("outputs", nargs="+")
    args = ap.parse_args()
    if args.cmd == "make":
        make(args)
    elif args.cmd == "grid":
        grid(args)
    else:
        choose_rows([json.loads(line) for path in args.outputs for line in open(path) if line.startswith("{")])


if __name__ == "__main__":
    main()
