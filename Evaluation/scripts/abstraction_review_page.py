#!/usr/bin/env python3
"""Draws compressed or fused digest items for a blind readability review (issue 16, must-show 4).

Runs `precis digest` (JSON) and `precis rank` (JSON, every sentence whole) on every cluster of
DUC 2003 (100 words) and DUC 2006 (250 words), keeps the items whose text is not a whole source
sentence (compressed, or fused when items carry `sources`), draws N of them with a recorded seed,
and writes into OUT:

- review.html   the page the reviewers see: numbered items, each output sentence above the source
                sentence(s) it was made from; nothing names the method, the cluster or the corpus
- ratings.csv   the template the reviewers fill: id,grammatical,faithful,comment (yes/no)
- key.json      id -> corpus, cluster, document, sentence index(es), kind; kept from reviewers
- draw.json     the seed, the command, the pool size, per corpus

Usage: abstraction_review_page.py PRECIS CORPORA OUT [--config SETTINGS.json] [--seed N] [--count N] [--kind fused|compressed]
"""
import argparse
import html
import json
import os
import random
import subprocess
import sys


def run_json(command):
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("precis")
    parser.add_argument("corpora")
    parser.add_argument("out")
    parser.add_argument("--config", help="digest settings (default: the default digest)")
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--kind", choices=("compressed", "fused"), help="draw only items of this kind (default: both)")
    args = parser.parse_args()
    if os.path.exists(args.out) and os.listdir(args.out):
        sys.exit(f"abstraction_review_page: {args.out} exists and is not empty; give a new folder")
    os.makedirs(args.out, exist_ok=True)
    pool = []
    sizes = {}
    for corpus, words in (("duc2003", 100), ("duc2006", 250)):
        root = os.path.join(args.corpora, corpus, "clusters")
        before = len(pool)
        for cluster in sorted(os.listdir(root)):
            path = os.path.join(root, cluster)
            digest_cmd = [args.precis, "digest", path, "--words", str(words), "--format", "json"]
            if args.config:
                digest_cmd += ["--config", args.config]
            digest = run_json(digest_cmd)
            ranking = run_json([args.precis, "rank", path, "--format", "json"])
            sentences = {(r["document"], r["sentenceIndex"]): r["text"] for r in ranking}
            for item in digest["items"]:
                sources = item.get("sources") or [{"document": item["document"], "sentenceIndex": item["sentenceIndex"]}]
                keys = [(s["document"], s["sentenceIndex"]) for s in sources]
                originals = [sentences.get(k) for k in keys]
                if any(o is None for o in originals):
                    sys.exit(f"abstraction_review_page: {cluster}: a source sentence of an item is not in the ranking")
                kind = item.get("kind") or ("extracted" if originals == [item["text"]] else "compressed")
                if kind == "extracted" or (args.kind and kind != args.kind):
                    continue
                pool.append({"corpus": corpus, "cluster": cluster, "kind": kind, "text": item["text"],
                             "sources": [{"document": d, "sentenceIndex": i, "text": t}
                                         for (d, i), t in zip(keys, originals)]})
        sizes[corpus] = len(pool) - before
    rng = random.Random(args.seed)
    drawn = rng.sample(pool, min(args.count, len(pool)))
    items = []
    with open(os.path.join(args.out, "review.html"), "w") as page:
        page.write("<!doctype html><meta charset='utf-8'><title>Sentence review</title>\n"
                   "<style>body{font:16px/1.5 sans-serif;max-width:50em;margin:2em auto}"
                   ".out{font-weight:bold}.src{color:#444;margin-left:1.5em}li{margin-bottom:1.2em}</style>\n"
                   "<h1>Sentence review</h1>\n<p>Each numbered item is a sentence written from the source "
                   "sentence(s) under it. For each, answer two questions in ratings.csv: <b>grammatical</b> "
                   "(yes/no): is it a whole, well-formed English sentence? <b>faithful</b> (yes/no): does it say "
                   "only what the source sentence(s) say (no new claim, no changed meaning, nothing dropped "
                   "that reverses or distorts the meaning)?</p>\n<ol>\n")
        for n, item in enumerate(drawn, 1):
            page.write(f"<li id='{n}'><div class='out'>{html.escape(item['text'])}</div>\n")
            for s in item["sources"]:
                page.write(f"<div class='src'>source: {html.escape(s['text'])}</div>\n")
            page.write("</li>\n")
            items.append({"id": n, "corpus": item["corpus"], "cluster": item["cluster"], "kind": item["kind"],
                          "sources": [{k: s[k] for k in ("document", "sentenceIndex")} for s in item["sources"]]})
        page.write("</ol>\n")
    with open(os.path.join(args.out, "ratings.csv"), "w") as f:
        f.write("id,grammatical,faithful,comment\n")
        for n in range(1, len(drawn) + 1):
            f.write(f"{n},,,\n")
    with open(os.path.join(args.out, "key.json"), "w") as f:
        json.dump(items, f, indent=1)
    with open(os.path.join(args.out, "draw.json"), "w") as f:
        json.dump({"seed": args.seed, "count": len(drawn), "pool": sizes, "config": args.config,
                   "command": " ".join(sys.argv)}, f, indent=1)
    print(f"pool {sizes}, drew {len(drawn)} with seed {args.seed} into {args.out}")


if __name__ == "__main__":
    main()
