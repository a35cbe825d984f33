#!/usr/bin/env python3
"""What is the best any readable extract of the five articles can do? Every digest a selector could
print, scored at once: the upper bound on the facts and ROUGE of the Istanbul digest.

A digest here is whole sentences of the articles (as `precis rank` splits and cleans them), at most
WORDS words, every item readable by `readability_count.py`'s rule: an item that points back is
printed right after the sentence before it in its article, or, with a definite subject ("The
group", "Zelensky's announcement"), right after another article's sentence that restates that one
(the script's content-word cosine, 0.3). Redundancy is not checked (a bound: the product's rules
only remove digests). Only maximal digests are kept (no further unit fits), since adding a sentence
never lowers ROUGE recall; items are in document order. Each digest's facts are counted by
`istanbul_facts.py`'s patterns; all digests are scored in one `precis eval --summaries` run
(ROUGE-1.5.5's flags, references `Evaluation/references/istanbul-talks`).

    python3 Evaluation/scripts/istanbul_bound.py --precis .build/debug/precis [--words 100] [--out DIR]

Prints, for digests with at least 4 and with 5 facts: how many, the best R-1 and R-2 (recall × 100),
how many reach both of `--bar` (default 49.03,18.36), and the best digest by R-2.
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from istanbul_facts import FACTS, carried  # noqa: E402
from readability_count import cosine, points_back, RESTATES  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def sentences(precis, corpus):
    run = subprocess.run([precis, "rank", corpus, "--format", "json"], capture_output=True, text=True, check=True)
    return sorted(json.loads(run.stdout), key=lambda x: (x["document"], x["sentenceIndex"]))


def readable_units(sents, words):
    """Sentences that stand alone, and follow-ups glued after a referent (their own article's
    sentence before them, or a restatement of it for a definite subject)."""
    by_key = {(x["document"], x["sentenceIndex"]): x for x in sents}
    units = []
    for x in sents:
        why = points_back(x["text"])
        if why is None:
            units.append([x])
            continue
        before = by_key.get((x["document"], x["sentenceIndex"] - 1))
        if before is None:
            continue
        if points_back(before["text"]) is None:
            units.append([before, x])
        if why.startswith(("subject", "possessive")):
            units += [[q, x] for q in sents if q["document"] != x["document"] and points_back(q["text"]) is None
                      and cosine(q["text"], before["text"]) >= RESTATES]
    return [u for u in units if sum(len(s["text"].split()) for s in u) <= words]


def maximal_digests(units, words):
    """Every set of units within the budget, no sentence twice, to which no further unit fits."""
    size = [sum(len(s["text"].split()) for s in u) for u in units]
    keys = [frozenset((s["document"], s["sentenceIndex"]) for s in u) for u in units]
    out = []

    def grow(start, chosen, used_words, used):
        if not any(k not in chosen and not (keys[k] & used) and used_words + size[k] <= words for k in range(len(units))):
            out.append(list(chosen))
            return
        for k in range(start, len(units)):
            if used_words + size[k] <= words and not (keys[k] & used):
                chosen.append(k)
                grow(k + 1, chosen, used_words + size[k], used | keys[k])
                chosen.pop()

    grow(0, [], 0, frozenset())
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--precis", default=f"{ROOT}/.build/release/precis")
    ap.add_argument("--corpus", default=f"{ROOT}/Evaluation/corpora/istanbul-talks")
    ap.add_argument("--references", default=f"{ROOT}/Evaluation/references/istanbul-talks")
    ap.add_argument("--words", type=int, default=100)
    ap.add_argument("--bar", default="49.03,18.36", help="R-1,R-2 recall × 100 to reach together")
    ap.add_argument("--out", help="keep the summaries and scores here (default: a temporary folder)")
    a = ap.parse_args()
    bar1, bar2 = (float(v) / 100 for v in a.bar.split(","))
    units = readable_units(sentences(a.precis, a.corpus), a.words)
    facts_of = [set(carried([{"text": s["text"]} for s in u])) for u in units]
    digests = [(d, set().union(*(facts_of[k] for k in d))) for d in maximal_digests(units, a.words)]
    digests = [(d, f) for d, f in digests if len(f) >= 4]
    out = a.out or tempfile.mkdtemp(prefix="istanbul-bound-")
    shutil.rmtree(os.path.join(out, "summaries"), ignore_errors=True)
    shutil.rmtree(os.path.join(out, "references"), ignore_errors=True)
    os.makedirs(os.path.join(out, "summaries", "bound"))
    text = {}
    for n, (d, facts) in enumerate(digests):
        name = f"d{n:05d}-f{len(facts)}"
        text[name] = [s["text"] for k in d for s in units[k]]
        with open(os.path.join(out, "summaries", "bound", name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(text[name]) + "\n")
        os.makedirs(os.path.join(out, "references", name))
        for ref in sorted(os.listdir(a.references)):
            os.symlink(os.path.join(os.path.abspath(a.references), ref), os.path.join(out, "references", name, ref))
    subprocess.run([a.precis, "eval", "--summaries", os.path.join(out, "summaries"), "--references",
                    os.path.join(out, "references"), "--output", os.path.join(out, "scores")],
                   check=True, stdout=subprocess.DEVNULL)
    score = {}
    with open(os.path.join(out, "scores", "per-cluster.csv")) as f:
        for row in csv.DictReader(f):
            if row["metric"] in ("rouge-1", "rouge-2"):
                score.setdefault(row["cluster"], {})[row["metric"]] = float(row["recall"])
    print(f"{len(units)} readable units, {len(digests)} maximal digests of at most {a.words} words with 4 or 5 facts")
    for least in (4, len(FACTS)):
        names = [n for n in score if int(n.split("-f")[1]) >= least]
        if not names:
            print(f"at least {least} facts: none")
            continue
        r1 = max(score[n]["rouge-1"] for n in names)
        r2 = max(score[n]["rouge-2"] for n in names)
        both = sum(1 for n in names if score[n]["rouge-1"] >= bar1 - 5e-6 and score[n]["rouge-2"] >= bar2 - 5e-6)
        best = max(names, key=lambda n: (score[n]["rouge-2"], score[n]["rouge-1"], n))
        print(f"at least {least} facts: {len(names)} digests; best R-1 {r1 * 100:.2f}, best R-2 {r2 * 100:.2f}; "
              f"reaching both {bar1 * 100:.2f} / {bar2 * 100:.2f}: {both}")
        print(f"  best by R-2 ({score[best]['rouge-1'] * 100:.2f} / {score[best]['rouge-2'] * 100:.2f}):")
        for line in text[best]:
            print("    " + line)
    if not a.out:
        shutil.rmtree(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
