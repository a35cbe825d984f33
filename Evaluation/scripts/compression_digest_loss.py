#!/usr/bin/env python3
"""Where a compression setting's ROUGE-2 change on a corpus comes from (issue 16, round 5 of
referents-protocol.md). Reads the per-cluster figures of an `eval_dev_sets.sh` run (OUT/eval-NAME)
and re-makes the digests with OUT/configs/*.json; BASE is the reference setting's name.

Per candidate it prints:
- clusters whose digest is unchanged; changed with a compressed item in it; changed with none
  (then only the choice of whole sentences moved), each with its share of the mean R-2 recall
  change (x 100);
- the words the compressed items cut, the reference bigram matches the cuts took out of their
  source sentences (summed over references; tokens are lowercase letters and digits, no stemming,
  so this approximates ROUGE-1.5.5's count), and the candidate's total change in ROUGE-2 hits
  (per-cluster.csv, summed over references and clusters).

    python3 Evaluation/scripts/compression_digest_loss.py PRECIS OUT CORPUS BASE CANDIDATE...
  e.g. ... .build/release/precis /tmp/r5 ../shared/corpora/duc2003 c-none c-light c-notime
"""
import csv
import json
import os
import re
import subprocess
import sys
from collections import Counter


def run_json(args):
    return json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def bigrams(text):
    words = re.findall(r"[a-z0-9]+", text.lower())
    return Counter(zip(words, words[1:]))


def main():
    precis, out, corpus, base, candidates = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
    root = os.path.join(corpus, "clusters")
    name = os.path.basename(os.path.normpath(corpus))
    recall, hits = {}, {}
    for row in csv.DictReader(open(os.path.join(out, f"eval-{name}", "per-cluster.csv"))):
        if row["metric"] == "rouge-2":
            recall[(row["system"], row["cluster"])] = float(row["recall"])
            hits[(row["system"], row["cluster"])] = int(row["hits"])
    clusters = sorted(os.listdir(root))
    refs_root = os.path.join(corpus, "references")
    refs = {c: [bigrams(open(os.path.join(refs_root, c, f), encoding="utf-8", errors="replace").read())
                for f in sorted(os.listdir(os.path.join(refs_root, c)))] for c in clusters}
    source = {c: {(r["document"], r["sentenceIndex"]): r["text"]
                  for r in run_json([precis, "rank", os.path.join(root, c), "--format", "json"])} for c in clusters}

    def items(setting, c):
        config = os.path.join(out, "configs", f"{setting}.json")
        return run_json([precis, "digest", os.path.join(root, c), "--format", "json", "--config", config])["items"]

    base_texts = {c: [x["text"] for x in items(base, c)] for c in clusters}
    n = len(clusters)
    for cand in candidates:
        unchanged = 0
        split = {True: [0, 0.0], False: [0, 0.0]}
        cut_words = cut_matches = 0
        for c in clusters:
            digest = items(cand, c)
            compressed = [(source[c][(x["document"], x["sentenceIndex"])], x["text"]) for x in digest
                          if x["text"] != source[c][(x["document"], x["sentenceIndex"])]]
            for whole, text in compressed:
                gone = bigrams(whole) - bigrams(text)
                cut_words += len(whole.split()) - len(text.split())
                cut_matches += sum(sum((gone & r).values()) for r in refs[c])
            if [x["text"] for x in digest] == base_texts[c]:
                unchanged += 1
                continue
            entry = split[bool(compressed)]
            entry[0] += 1
            entry[1] += recall[(cand, c)] - recall[(base, c)]
        hits_change = sum(hits[(cand, c)] - hits[(base, c)] for c in clusters)
        print(f"{cand}: {unchanged} unchanged; {split[True][0]} changed with a compressed item "
              f"({100 * split[True][1] / n:+.2f} R-2); {split[False][0]} changed without one "
              f"({100 * split[False][1] / n:+.2f}); {cut_words} words cut, {cut_matches} reference "
              f"bigram matches cut; R-2 hits {hits_change:+d}")


if __name__ == "__main__":
    main()
