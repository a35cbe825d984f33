#!/usr/bin/env python3
"""Learned bigram concept weights (Evaluation/results/learned-concepts-protocol.md).

Features and labels come from Precis itself (`precis rank --concept-features REFS`: every bigram
concept of a cluster, its features and how many references hold it, by the cluster's own analysis),
so no re-tokenization here. Python only fits the linear model (scikit-learn) and writes its JSON.

    concept_weights.py tables --precis BIN --corpus DUC2003 --out TABLES        # one CSV per cluster
    concept_weights.py train --tables TABLES [--clusters ID ...] --C 1 --target binary -o MODEL.json
    concept_weights.py cv --precis BIN --corpus DUC2003 --tables TABLES --out OUT   # the protocol's grid
    concept_weights.py config --model MODEL.json|shipped [--extras off] -o CONFIG.json

`cv` trains every candidate on one fold, digests the other fold with it (`precis eval`), scores the
23 held-out digests together (`precis eval --summaries`), prints one JSON line per candidate and the
choice by the protocol's rule, and writes OUT/cv.json.
"""
import argparse
import csv
import glob
import json
import math
import os
import random
import shutil
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CONFIG = os.path.join(HERE, "..", "configs", "default.json")
CS = [0.1, 1.0, 10.0]
TARGETS = ["binary", "count"]
EXTRAS = ["on", "off"]


def read_table(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    return rows


def make_tables(args):
    os.makedirs(args.out, exist_ok=True)
    clusters = sorted(os.listdir(os.path.join(args.corpus, "clusters")))
    for cid in clusters:
        out = os.path.join(args.out, cid + ".csv")
        subprocess.run([args.precis, "rank", "--config", args.config,
                        "--concept-features", os.path.join(args.corpus, "references", cid),
                        os.path.join(args.corpus, "clusters", cid), "--output", out], check=True)
    print(f"wrote {len(clusters)} tables to {args.out}", file=sys.stderr)


def training_rows(tables, clusters):
    """Kept concepts of the clusters: feature names, X, label counts, count weights."""
    names, xs, ys, counts = None, [], [], []
    for cid in clusters:
        rows = read_table(os.path.join(tables, cid + ".csv"))
        if names is None:
            names = [k for k in rows[0].keys() if k not in ("bigram", "kept", "references")]
        for r in rows:
            if r["kept"] != "1":
                continue
            xs.append([float(r[n]) for n in names])
            ys.append(int(r["references"]))
            counts.append(math.exp(float(r["logCountWeight"])) - 1)
    return names, np.array(xs), np.array(ys), np.array(counts)


def train(tables, clusters, C, target):
    from sklearn.linear_model import LogisticRegression, PoissonRegressor
    names, X, y, counts = training_rows(tables, clusters)
    mean = X.mean(axis=0)
    dev = X.std(axis=0)
    keep = dev > 1e-9  # a constant feature (topicRelevance without topics) says nothing
    names = [n for n, k in zip(names, keep) if k]
    X, mean, dev = X[:, keep], mean[keep], dev[keep]
    Z = (X - mean) / dev
    if target == "binary":
        model = LogisticRegression(C=C, max_iter=5000)
        model.fit(Z, (y >= 1).astype(int))
        coef, intercept, link = model.coef_[0], float(model.intercept_[0]), "logistic"
        linked = model.predict_proba(Z)[:, 1]
    else:
        model = PoissonRegressor(alpha=1.0 / (C * len(y)), max_iter=5000)
        model.fit(Z, y)
        coef, intercept, link = model.coef_, float(model.intercept_), "poisson"
        linked = model.predict(Z)
    scale = float(counts.mean() / linked.mean())
    return {
        "features": names,
        "means": [round(float(v), 10) for v in mean],
        "deviations": [round(float(v), 10) for v in dev],
        "coefficients": [round(float(v), 10) for v in coef],
        "intercept": round(intercept, 10),
        "link": link,
        "scale": round(scale, 10),
        "floor": 0,
    }, len(y), int((y >= 1).sum())


def config_with(model, extras):
    with open(DEFAULT_CONFIG) as f:
        cfg = json.load(f)
    cfg["concepts"]["learnedWeights"] = model
    if extras == "off":
        cfg["concepts"]["unigramWeight"] = 0
        cfg["concepts"]["supportWeight"] = 0
    return cfg


def write_json(obj, path):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1)
        f.write("\n")


def cmd_train(args):
    clusters = args.clusters or sorted(p[:-4] for p in os.listdir(args.tables) if p.endswith(".csv"))
    model, n, pos = train(args.tables, clusters, args.C, args.target)
    write_json(model, args.output)
    print(f"trained on {len(clusters)} clusters, {n} concepts ({pos} held by a reference): {args.output}", file=sys.stderr)


def cmd_config(args):
    model = "shipped" if args.model == "shipped" else json.load(open(args.model))
    write_json(config_with(model, args.extras), args.output)


def means(json_path):
    """{system: {metric: mean recall}} from `precis eval --format json` output."""
    with open(json_path) as f:
        data = json.load(f)
    return data


def link_fold(out, corpus, name, ids):
    root = os.path.join(out, name)
    for sub in ("clusters", "references"):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
        for cid in ids:
            dst = os.path.join(root, sub, cid)
            if not os.path.lexists(dst):
                os.symlink(os.path.realpath(os.path.join(corpus, sub, cid)), dst)
    return root


def find_summary(folder, system, cid):
    hits = glob.glob(os.path.join(folder, "**", system, cid + ".txt"), recursive=True)
    if len(hits) != 1:
        raise SystemExit(f"expected one summary for {system}/{cid} under {folder}, found {hits}")
    return hits[0]


def cmd_cv(args):
    clusters = sorted(os.listdir(os.path.join(args.corpus, "clusters")))
    folds = [clusters[:12], clusters[12:]]
    os.makedirs(args.out, exist_ok=True)
    candidates = [(C, t, e) for e in EXTRAS for t in TARGETS for C in CS]
    name = lambda C, t, e: f"cw-C{C:g}-{t}-extras{e}"
    heldout = os.path.join(args.out, "heldout")
    shutil.rmtree(heldout, ignore_errors=True)
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1")
    for k, test in enumerate(folds):
        train_ids = folds[1 - k]
        fold = link_fold(args.out, args.corpus, f"fold{k + 1}", test)
        cfgdir = os.path.join(args.out, f"configs-fold{k + 1}")
        os.makedirs(cfgdir, exist_ok=True)
        shutil.copy(DEFAULT_CONFIG, os.path.join(cfgdir, "default.json"))
        for C, t, e in candidates:
            model, _, _ = train(args.tables, train_ids, C, t)
            write_json(config_with(model, e), os.path.join(cfgdir, name(C, t, e) + ".json"))
        systems = ["default"] + [name(*c) for c in candidates]
        cmd = [args.precis, "eval", fold, "--output", os.path.join(args.out, f"eval-fold{k + 1}"), "--format", "json"]
        for s in systems:
            cmd += ["--config", os.path.join(cfgdir, s + ".json")]
        with open(os.path.join(args.out, f"eval-fold{k + 1}.json"), "w") as f:
            subprocess.run(cmd, check=True, stdout=f, env=env)
        for s in systems:
            os.makedirs(os.path.join(heldout, s), exist_ok=True)
            for cid in test:
                shutil.copy(find_summary(os.path.join(args.out, f"eval-fold{k + 1}"), s, cid),
                            os.path.join(heldout, s, cid + ".txt"))
    with open(os.path.join(args.out, "heldout.json"), "w") as f:
        subprocess.run([args.precis, "eval", "--summaries", heldout, "--references",
                        os.path.join(args.corpus, "references"), "--output", os.path.join(args.out, "eval-heldout"),
                        "--format", "json"], check=True, stdout=f, env=env)
    print(open(os.path.join(args.out, "heldout.json")).read())


def paired_randomization(a, b, trials=10000, seed=12):
    """Two-sided approximate randomization p-value of mean(a - b) over paired clusters."""
    rng = random.Random(seed)
    d = [x - y for x, y in zip(a, b)]
    observed = abs(sum(d))
    hits = 0
    for _ in range(trials):
        if abs(sum(x if rng.random() < 0.5 else -x for x in d)) >= observed - 1e-12:
            hits += 1
    return (hits + 1) / (trials + 1)


def cmd_pairs(args):
    """Paired randomization over per-cluster recalls of two systems in a per-cluster.csv."""
    rows = read_table(args.per_cluster)
    def scores(system, metric):
        out = {}
        for r in rows:
            if r.get("system") == system and r.get("metric") == metric:
                out[r["cluster"]] = float(r[args.measure])
        return out
    for metric in args.metric:
        a, b = scores(args.a, metric), scores(args.b, metric)
        ids = sorted(set(a) & set(b))
        xa, xb = [a[i] for i in ids], [b[i] for i in ids]
        won = sum(x > y for x, y in zip(xa, xb)); lost = sum(x < y for x, y in zip(xa, xb))
        print(json.dumps({"metric": metric, "clusters": len(ids), "A": args.a, "B": args.b,
                          "meanA": round(100 * sum(xa) / len(ids), 3), "meanB": round(100 * sum(xb) / len(ids), 3),
                          "won": won, "lost": lost, "tied": len(ids) - won - lost,
                          "p": round(paired_randomization(xa, xb), 4)}))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("tables"); p.add_argument("--precis", required=True); p.add_argument("--corpus", required=True)
    p.add_argument("--config", default=DEFAULT_CONFIG); p.add_argument("--out", required=True)
    p.set_defaults(run=make_tables)
    p = sub.add_parser("train"); p.add_argument("--tables", required=True); p.add_argument("--clusters", nargs="*")
    p.add_argument("--C", type=float, default=1.0); p.add_argument("--target", choices=TARGETS, default="binary")
    p.add_argument("-o", "--output", required=True); p.set_defaults(run=cmd_train)
    p = sub.add_parser("cv"); p.add_argument("--precis", required=True); p.add_argument("--corpus", required=True)
    p.add_argument("--tables", required=True); p.add_argument("--out", required=True); p.set_defaults(run=cmd_cv)
    p = sub.add_parser("config"); p.add_argument("--model", required=True); p.add_argument("--extras", choices=EXTRAS, default="on")
    p.add_argument("-o", "--output", required=True); p.set_defaults(run=cmd_config)
    p = sub.add_parser("pairs"); p.add_argument("per_cluster"); p.add_argument("--a", required=True); p.add_argument("--b", required=True)
    p.add_argument("--metric", nargs="+", default=["ROUGE-1", "ROUGE-2"]); p.add_argument("--measure", default="recall")
    p.set_defaults(run=cmd_pairs)
    args = ap.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
