#!/usr/bin/env python3
"""Two-fold cross-validation over the DUC 2007-update topics (Evaluation/results/update-protocol.md).

    Evaluation/scripts/duc2007_update_cv.py GRID/eval/per-cluster.csv [JACKKNIFED/per-cluster.csv]
    Evaluation/scripts/duc2007_update_cv.py --v3 GRID/eval/per-cluster.csv [JACKKNIFED/per-cluster.csv]
    Evaluation/scripts/duc2007_update_cv.py --v5 GRID/eval/per-cluster.csv JACKKNIFED/per-cluster.csv
    Evaluation/scripts/duc2007_update_cv.py --v6 GRID/eval/per-cluster.csv JACKKNIFED/per-cluster.csv

Reads per-cluster ROUGE recall of every grid setting (systems named tw<w>-ec<e>-nt<t>), applies
the committed selection rule on each fold (D0721 never chooses), and prints the chosen settings,
the held-out figures per subset and overall (30 clusters; and 27 without D0721), and the
setting the rule picks on all 9 topics but D0721 (the library default). With a second CSV
(the same systems scored with jackknifing), the held-out figures are also read from it.
"""
import csv, random, re, sys
from collections import defaultdict

FOLDS = [["D0703", "D0711", "D0721", "D0727", "D0740"], ["D0706", "D0716", "D0726", "D0736", "D0743"]]
EXCLUDED_FROM_CHOICE = {"D0721"}


def load(path):
    scores = defaultdict(dict)  # (system, cluster) -> {metric: recall}; a "v1-"/"v2-" prefix dropped
    with open(path) as f:
        for row in csv.DictReader(f):
            system = re.sub(r"^v[12]-", "", row["system"])
            scores[(system, row["cluster"])][row["metric"]] = float(row["recall"])
    return scores


def key(system):
    """The tie order: closest to the plain digest first (protocol; v1, v2 and v3 names)."""
    v3 = re.fullmatch(r"(f1|f2|def)-c([\d.]+)", system)
    if v3:
        return (-float(v3.group(2)),)  # v3: the larger containment bar (closer to no bar) first
    v6 = re.fullmatch(r"(f1|f2|def)-k(\d+)", system)
    if v6:
        return (int(v6.group(2)),)  # v6: the smaller concept base number (k0: as before) first
    v5 = re.fullmatch(r"(f1|f2|def)-l([\d.]+)", system)
    if v5:
        return (float(v5.group(2)),)  # v5: the smaller lead-sentence weight (closer to none) first
    v4 = re.fullmatch(r"(f1|f2|def)-q([\d.]+)", system)
    if v4:
        return (float(v4.group(2)),)  # v4: the smaller share barred (closer to no bar) first
    v2 = re.fullmatch(r"(default|icsi)-tw([\d.]+)-tt([\d.]+)-ec([\d.]+)-nt([\d.]+)", system)
    if v2:
        sel, tw, tt, ec, nt = v2.groups()
        return (0 if sel == "default" else 1, float(tw), float(tt), -float(ec), -float(nt))
    tw, ec, nt = map(float, re.fullmatch(r"tw([\d.]+)-ec([\d.]+)-nt([\d.]+)", system).groups())
    return (0, tw, 0, -ec, -nt)


def mean(values):
    return sum(values) / len(values)


def choose(scores, systems, topics):
    clusters = [f"{t}-{s}" for t in topics if t not in EXCLUDED_FROM_CHOICE for s in "ABC"]
    table = []
    for system in systems:
        r2 = mean([scores[(system, c)]["rouge-2"] for c in clusters])
        su4 = mean([scores[(system, c)]["rouge-su4"] for c in clusters])
        table.append((system, r2, su4))
    best_r2 = max(r2 for _, r2, _ in table)
    tied = [t for t in table if t[1] >= best_r2 - 0.0005]
    best_su4 = max(su4 for _, _, su4 in tied)
    tied = [t for t in tied if t[2] == best_su4]
    # closest to the plain digest (the protocol's tie order)
    tied.sort(key=lambda t: key(t[0]))
    return tied[0], len(clusters)


def report(scores, picks, label):
    print(f"held-out figures ({label}):")
    for exclude in [False, True]:
        rows = {}
        for subset in ["A", "B", "C", "ABC"]:
            vals = {"rouge-2": [], "rouge-su4": []}
            for fold, system in picks:
                for t in fold:
                    if exclude and t in EXCLUDED_FROM_CHOICE:
                        continue
                    for s in (subset if subset != "ABC" else "ABC"):
                        for m in vals:
                            vals[m].append(scores[(system, f"{t}-{s}")][m])
            rows[subset] = (mean(vals["rouge-2"]), mean(vals["rouge-su4"]), len(vals["rouge-2"]))
        name = "9 topics (no D0721)" if exclude else "10 topics"
        print(f"  {name}: " + "; ".join(f"{k} R-2 {v[0]:.5f} R-SU4 {v[1]:.5f} (n={v[2]})" for k, v in rows.items()))


def main_v3(args, knob="c", allowed_values=(0.78, 0.75, 0.72), off="2", constrained=True):
    """v3 addendum: fold k chooses noveltyContainment on its own v2 choice's base (f<k>-c<c>),
    unconstrained and among the values passing the Istanbul test; the default on the def- base."""
    scores = load(args[0])
    jk = load(args[1]) if len(args) > 1 else None
    systems = sorted({s for s, _ in scores}, key=key)
    runs = [("unconstrained", None)] + ([("constrained (Istanbul passes)", set(allowed_values))] if constrained else [])
    for label, allowed in runs:
        print(f"== {label}")
        picks, offs = [], []
        for k, fold in enumerate(FOLDS):
            base = f"f{k + 1}"
            candidates = [s for s in systems if s.startswith(base + "-")
                          and (allowed is None or float(s.split("-" + knob)[1]) in allowed)]
            (system, r2, su4), n = choose(scores, candidates, fold)
            print(f"fold {k + 1} chooses {system} (R-2 {r2:.5f}, R-SU4 {su4:.5f} over {n} clusters); reported on fold {2 - k}")
            picks.append((FOLDS[1 - k], system))
            offs.append((FOLDS[1 - k], f"{base}-{knob}{off}"))
        report(scores, picks, "plain ROUGE")
        report(scores, offs, "plain ROUGE, off (the previous round's held-out choice)")
        if jk:
            report(jk, picks, "jackknifed")
            report(jk, offs, "jackknifed, off (the previous round's held-out choice)")
        candidates = [s for s in systems if s.startswith("def-") and (allowed is None or float(s.split("-" + knob)[1]) in allowed)]
        (system, r2, su4), n = choose(scores, candidates, FOLDS[0] + FOLDS[1])
        print(f"all 9 topics but D0721 choose {system} (R-2 {r2:.5f}, R-SU4 {su4:.5f} over {n} clusters)")


def randomization(a, b, trials=10000, seed=2007):
    """Two-sided paired approximate randomization of the mean difference over clusters (seeded):
    each cluster's pair swapped with probability 1/2."""
    rng = random.Random(seed)
    diffs = [x - y for x, y in zip(a, b)]
    observed = abs(sum(diffs))
    hits = sum(1 for _ in range(trials) if abs(sum(d if rng.random() < 0.5 else -d for d in diffs)) >= observed - 1e-12)
    return mean(diffs), (hits + 1) / (trials + 1)


def main_v5(args, knob="l", off_value="0"):
    """v5 addendum: fold k chooses leadSentenceWeight on its v4 base (f<k>-l<b>); held-out figures
    jackknifed, with paired randomization against system 40 and against b 0 held out. v6: the
    same for the concept base (f<k>-k<k>, knob "k", against k0 held out)."""
    main_v3(args, knob=knob, allowed_values=None, off=off_value, constrained=False)
    scores, jk = load(args[0]), load(args[1])
    systems = sorted({s for s, _ in scores if re.fullmatch(rf"(f1|f2|def)-{knob}[\d.]+", s)}, key=key)
    held, off = {}, {}
    for k, fold in enumerate(FOLDS):
        (system, _, _), _ = choose(scores, [s for s in systems if s.startswith(f"f{k + 1}-")], fold)
        for t in FOLDS[1 - k]:
            for s in "ABC":
                held[f"{t}-{s}"] = system
                off[f"{t}-{s}"] = f"f{k + 1}-{knob}{off_value}"
    print("paired randomization (10,000 shuffles), jackknifed per-cluster recall:")
    for subset in ["A", "B", "C", "ABC"]:
        for drop in [False, True]:
            clusters = sorted(c for c in held if (subset == "ABC" or c.endswith(subset)) and not (drop and c.startswith("D0721")))
            for metric in ["rouge-2", "rouge-su4"]:
                ours = [jk[(held[c], c)][metric] for c in clusters]
                for label, other in [("system 40", [jk[("peer-40", c)][metric] for c in clusters]),
                                     (f"{knob} {off_value} held out", [jk[(off[c], c)][metric] for c in clusters])]:
                    d, p = randomization(ours, other)
                    print(f"  {subset}{' (no D0721)' if drop else ''} {metric}: held out {mean(ours):.5f} - {label} {mean(other):.5f}"
                          f" = {d:+.5f}, p = {p:.4f} (n={len(clusters)})")


def main():
    if sys.argv[1] == "--v6":
        return main_v5(sys.argv[2:], knob="k", off_value="0")
    if sys.argv[1] == "--v5":
        return main_v5(sys.argv[2:])
    if sys.argv[1] == "--v3":
        return main_v3(sys.argv[2:])
    if sys.argv[1] == "--v4":
        return main_v3(sys.argv[2:], knob="q", allowed_values=(0.1, 0.15, 0.2), off="0")
    scores = load(sys.argv[1])
    systems = sorted({s for s, _ in scores}, key=key)
    picks = []
    for k, fold in enumerate(FOLDS):
        other = FOLDS[1 - k]
        (system, r2, su4), n = choose(scores, systems, fold)
        print(f"fold {k + 1} chooses {system} (R-2 {r2:.5f}, R-SU4 {su4:.5f} over {n} clusters); reported on fold {2 - k}")
        picks.append((other, system))
    report(scores, picks, "plain ROUGE")
    if len(sys.argv) > 2:
        report(load(sys.argv[2]), picks, "jackknifed")
    (system, r2, su4), n = choose(scores, systems, FOLDS[0] + FOLDS[1])
    print(f"all 9 topics but D0721 choose {system} (R-2 {r2:.5f}, R-SU4 {su4:.5f} over {n} clusters): the library default")


main()
