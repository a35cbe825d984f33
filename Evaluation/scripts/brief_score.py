#!/usr/bin/env python3
"""Scores a brief's grouping against true clusters: adjusted Rand index and purity.

    precis brief DAY --format json --stories 100000 --min-size 1 > brief.json
    Evaluation/scripts/brief_score.py brief.json DAY.truth.tsv

Every article must be in exactly one story, so run the brief with every story shown
(`--stories` large, `--min-size 1`). A document that belongs to several true clusters (some DUC
documents do) is scored two ways: `best` gives it whichever of its clusters most of its story
belongs to (the grouping cannot be blamed for picking either), `excluded` leaves it out.
Prints a small table; `--json` prints the figures as JSON.
"""
import argparse
import collections
import json
import sys

from sklearn.metrics import adjusted_rand_score


def purity(pred, true):
    groups = collections.defaultdict(collections.Counter)
    for p, t in zip(pred, true):
        groups[p][t] += 1
    return sum(c.most_common(1)[0][1] for c in groups.values()) / len(pred)


def read_truth(path, part=None):
    truth = {}
    with open(path) as f:
        for line in f:
            p, clusters = line.rstrip("\n").split("\t")
            if part and not clusters.startswith(part):
                continue
            truth[p] = clusters.split(",")
    return truth


def score(brief, truth, part=None):
    """ARI, purity and the Istanbul check of a brief (parsed JSON) against a truth (read_truth)."""
    story_of = {}
    for n, story in enumerate(brief["stories"]):
        # schema 2 lists "articles" (objects with an id); schema 1 and brief_sklearn.py "documents" (ids)
        for d in story.get("articles", story.get("documents", [])):
            d = d["id"] if isinstance(d, dict) else d
            if d in story_of:
                sys.exit(f"{d} is in two stories")
            story_of[d] = n
    missing = [p for p in truth if p not in story_of]
    if missing:
        sys.exit(f"{len(missing)} articles in no story (show every story: --stories 100000 --min-size 1), e.g. {missing[:3]}")
    if part:
        story_of = {d: n for d, n in story_of.items() if d in truth}
    paths = sorted(truth)
    # best: a multi-cluster document takes the cluster most common among its single-cluster story mates
    members = collections.defaultdict(collections.Counter)
    for p in paths:
        if len(truth[p]) == 1:
            members[story_of[p]][truth[p][0]] += 1
    best = [max(truth[p], key=lambda c: (members[story_of[p]][c], c)) for p in paths]
    pred = [story_of[p] for p in paths]
    single = [i for i, p in enumerate(paths) if len(truth[p]) == 1]
    results = {
        "articles": len(paths),
        "multiCluster": len(paths) - len(single),
        "trueClusters": len(set(best)),
        "stories": len(set(pred)),
        "ari": adjusted_rand_score(best, pred),
        "purity": purity(pred, best),
        "ariExcluded": adjusted_rand_score([best[i] for i in single], [pred[i] for i in single]),
        "purityExcluded": purity([pred[i] for i in single], [best[i] for i in single]),
    }
    ist = {story_of[p] for p in paths if truth[p] == ["istanbul-talks"]}
    if ist:
        s = next(iter(ist))
        results["istanbul"] = {
            "stories": len(ist),
            "storySize": sum(1 for p in paths if story_of[p] == s),
            "rank": s + 1,
            "alone": len(ist) == 1 and all(truth[p] == ["istanbul-talks"] for p in paths if story_of[p] == s),
        }
    return results, pred, best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("brief")
    parser.add_argument("truth")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="print the N worst-mixed stories")
    parser.add_argument("--part", help="score only the articles whose true clusters start with this (e.g. duc2003/), inside the same grouping")
    args = parser.parse_args()
    results, pred, best = score(json.load(open(args.brief)), read_truth(args.truth, args.part), args.part)
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
    else:
        for k, v in results.items():
            print(f"{k:16} {v:.4f}" if isinstance(v, float) else f"{k:16} {v}")
    if args.show:
        groups = collections.defaultdict(collections.Counter)
        for p, t in zip(pred, best):
            groups[p][t] += 1
        mixed = sorted(groups.items(), key=lambda kv: -(sum(kv[1].values()) - kv[1].most_common(1)[0][1]))
        for s, c in mixed[: args.show]:
            print(s, dict(c.most_common(5)))
        by_true = collections.defaultdict(collections.Counter)
        for p, t in zip(pred, best):
            by_true[t][p] += 1
        split = sorted(by_true.items(), key=lambda kv: -(sum(kv[1].values()) - kv[1].most_common(1)[0][1]))
        for t, c in split[: args.show]:
            print("split", t, dict(c.most_common(5)))


if __name__ == "__main__":
    main()
