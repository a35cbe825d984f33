#!/usr/bin/env python3
"""Two-fold cross-validation of the DUC 2006 topic mode (Evaluation/results/update-protocol.md,
"DUC 2006 topic mode").

    Evaluation/scripts/duc2006_topic_cv.py GRID [HELDOUT [V1HELDOUT]]    (GRID: the v1, v2 or v3 grid's folder)

Reads GRID/eval/per-cluster.csv (jackknifed per-cluster recall of every setting and of peer-24,
from duc2006_topic_grid.py --score), applies the committed rule on each fold (the smaller margin
of R-2 and R-SU4 over system 24, on the fold's 25 clusters), prints the choices and the held-out
per-cluster means, and the setting the rule picks on all 50 clusters. With HELDOUT, writes
HELDOUT/<cluster>.txt: each cluster's summary from the setting chosen on the other fold (the
`precis-topic-cv` system, to be scored beside the participants). For the v3 grid (round v3 in
duc2006-tuning.md), which holds v1's two choices, it also compares the held-out summaries with v1's
held-out ones, cluster by cluster, and with V1HELDOUT writes those.
"""
import csv, os, random, re, shutil, sys
from collections import defaultdict

TIE = 0.0002
OLD = "icsi-uw0-tw0.25-tt0-mr0"  # the earlier run's setting (Evaluation/configs/update.json)


def load(path):
    scores = defaultdict(dict)  # (system, cluster) -> {metric: recall}
    with open(path) as f:
        for row in csv.DictReader(f):
            scores[(row["system"], row["cluster"])][row["metric"]] = float(row["recall"])
    return scores


V1_PICKS = ("icsi-uw0-tw2-tt0-mr0.2", "icsi-uw0-tw1-tt0-mr0.2")  # v1's held-out settings on fold 1, fold 2


def tie_order(name):
    """Closest to the earlier run first: icsi, then smaller uw, tw, tt, mr (the protocol); round v3:
    no feedback first, then fewer feedback sentences, a smaller feedback weight (between uw and tw);
    round v4: the lead count before none (right after the base)."""
    base, uw, tw, tt, mr, k, beta, nolead = re.fullmatch(
        r"(icsi|tuned)-uw([\d.]+)-tw([\d.]+)-tt([\d.]+)-mr([\d.]+)(?:-x(\d+)-b([\d.]+))?(-nolead)?", name).groups()
    return (0 if base == "icsi" else 1, bool(nolead), float(uw), int(k or 0), float(beta or 0), float(tw), float(tt), float(mr))


def mean(values):
    return sum(values) / len(values)


def figures(scores, system, clusters):
    return (mean([scores[(system, c)]["rouge-2"] for c in clusters]),
            mean([scores[(system, c)]["rouge-su4"] for c in clusters]))


def choose(scores, settings, clusters):
    r2_24, su4_24 = figures(scores, "peer-24", clusters)
    table = []
    for s in settings:
        r2, su4 = figures(scores, s, clusters)
        table.append((min(r2 - r2_24, su4 - su4_24), (r2 + su4) / 2, s, r2, su4))
    best = max(t[0] for t in table)
    tied = [t for t in table if t[0] >= best - TIE]
    best_mean = max(t[1] for t in tied)
    tied = [t for t in tied if t[1] == best_mean]
    tied.sort(key=lambda t: tie_order(t[2]))
    return tied[0], (r2_24, su4_24), sorted(table, reverse=True)[:5]


def randomization(a, b, trials=10000, seed=2006):
    """Two-sided paired approximate randomization of the mean difference (seeded), as `precis
    compare` does by default: each cluster's pair swapped with probability 1/2."""
    rng = random.Random(seed)
    diffs = [x - y for x, y in zip(a, b)]
    observed = abs(sum(diffs))
    hits = sum(1 for _ in range(trials) if abs(sum(d if rng.random() < 0.5 else -d for d in diffs)) >= observed - 1e-12)
    return mean(diffs), (hits + 1) / (trials + 1)


def main():
    grid = sys.argv[1]
    scores = load(os.path.join(grid, "eval", "per-cluster.csv"))
    clusters = sorted({c for _, c in scores})
    settings = sorted({s for s, _ in scores if s != "peer-24"}, key=tie_order)
    assert len(clusters) == 50 and len(settings) in (108, 48, 30, 8), (len(clusters), len(settings))  # v1, v2, v3, v4
    folds = [clusters[0::2], clusters[1::2]]  # odd places, even places
    picks = {}
    for k, fold in enumerate(folds):
        (margin, both, s, r2, su4), (r2_24, su4_24), top = choose(scores, settings, fold)
        print(f"fold {k + 1} ({fold[0]}, {fold[1]}, ...) chooses {s}: R-2 {r2:.5f}, R-SU4 {su4:.5f} "
              f"(system 24 {r2_24:.5f}, {su4_24:.5f}; margin {margin:+.5f}); reported on fold {2 - k}")
        for t in top:
            print(f"    {t[2]}: margin {t[0]:+.5f}, R-2 {t[3]:.5f}, R-SU4 {t[4]:.5f}")
        for c in folds[1 - k]:
            picks[c] = s
    r2 = mean([scores[(picks[c], c)]["rouge-2"] for c in clusters])
    su4 = mean([scores[(picks[c], c)]["rouge-su4"] for c in clusters])
    r2_24, su4_24 = figures(scores, "peer-24", clusters)
    print(f"held out, 50 clusters (per-cluster means): R-2 {r2:.5f}, R-SU4 {su4:.5f}; "
          f"system 24 {r2_24:.5f}, {su4_24:.5f}")
    for k, fold in enumerate(folds):
        f_r2 = mean([scores[(picks[c], c)]["rouge-2"] for c in fold])
        f_su4 = mean([scores[(picks[c], c)]["rouge-su4"] for c in fold])
        print(f"  fold {k + 1} held out: R-2 {f_r2:.5f}, R-SU4 {f_su4:.5f}; system 24 "
              + ", ".join(f"{x:.5f}" for x in figures(scores, "peer-24", fold)))
    v1 = {c: V1_PICKS[k] for k, fold in enumerate(folds) for c in fold}
    if len(settings) in (30, 8):  # the v3 and v4 grids hold v1's choices: v1's held-out system, rebuilt
        print("v1 held out, rebuilt from this grid (per-cluster means): R-2 %.5f, R-SU4 %.5f" % tuple(
            mean([scores[(v1[c], c)][m] for c in clusters]) for m in ["rouge-2", "rouge-su4"]))
    for other, label in [(OLD, "the earlier setting " + OLD), ("peer-24", "system 24"), ("v1", "v1 held out")]:
        of = (lambda c: v1[c]) if other == "v1" else (lambda c: other)
        if (of(clusters[0]), clusters[0]) not in scores or (other == "v1" and len(settings) not in (30, 8)):
            continue  # the v2-v4 grids hold no earlier setting; v3 and v4 rebuild v1
        for metric in ["rouge-2", "rouge-su4"]:
            d, p = randomization([scores[(picks[c], c)][metric] for c in clusters], [scores[(of(c), c)][metric] for c in clusters])
            print(f"  held out - {label}, {metric}: mean difference {d:+.5f}, p = {p:.4f} (paired randomization, 10,000)")
    (margin, both, s, a, b), _, _ = choose(scores, settings, clusters)
    print(f"all 50 clusters choose {s}: R-2 {a:.5f}, R-SU4 {b:.5f} (in-sample; Evaluation/configs/duc2006-topic.json)")
    def write(out, setting_of, label):
        os.makedirs(out, exist_ok=True)
        for c in clusters:
            shutil.copyfile(os.path.join(grid, "summaries", setting_of[c], c + ".txt"), os.path.join(out, c + ".txt"))
        print(f"{label} written to {out}")

    if len(sys.argv) > 2:
        write(sys.argv[2], picks, "held-out summaries")
    if len(sys.argv) > 3 and len(settings) in (30, 8):
        write(sys.argv[3], v1, "v1's held-out summaries (rebuilt)")


main()
