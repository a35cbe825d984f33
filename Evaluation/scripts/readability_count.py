#!/usr/bin/env python3
"""Counts digest items that open with a back-pointing subject whose referent is not just before
them in the digest (issue 15, must-show 4).

An item points back when it opens with a quotation mark, a pronoun, demonstrative or connective
("He", "This", "But"), a subordinate clause whose subject is one ("While he ..."), a definite
description of something named earlier ("The group", "The two leaders", "The move", "The agency")
or a name's possessive with an event noun ("Zelensky's announcement on X ..."). Its referent is
taken to be the sentence before it in its article: the item is counted unless the digest's
previous item is exactly that sentence (same document, sentenceIndex - 1), or, for a definite
subject ("The group", "Zelensky's announcement"; not a pronoun or a quotation), restates it:
another article's sentence that tells the same (the library's `referentRestatement`). The script
checks a restatement its own way, not with the library's TF-IDF: the cosine of the two sentences'
content words (lowercased, words of three letters or more outside a short stop list, a plural's s
cut) must reach RESTATES (0.3).

Digests are made by the CLI as a user runs it: `precis digest CLUSTER --words N --format json`,
over the Istanbul sample and every DUC 2003 and DUC 2004 cluster, at 50, 100 and 200 words.

    python3 Evaluation/scripts/readability_count.py [--precis .build/release/precis] [--list]
"""
import argparse
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

LISTS = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "Precis", "Resources", "Models",
                     "back-references-en.txt")


def load_lists(path=LISTS):
    """The word lists the library's readability rule reads (`kind word` per line)."""
    lists = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            kind, word = line.split()
            lists.setdefault(kind, set()).add(word)
    return lists


_L = load_lists()
OPENERS, SUBORDINATORS, REFERRING = _L["opener"], _L["subordinator"], _L["noun"]
EVENTS, NAMING, COUNTS = _L["event"], _L["naming"], _L["count"]
QUOTES = set("\"'\u201c\u2018\u00ab([{`")


def words(text, n=5):
    return re.findall(r"[^\W_](?:[\w\u2019']*[^\W_'\u2019]|[\u2019']s)?|[^\W_]", text)[:n]


def points_back(text):
    """Why the item's opening points back, or None."""
    if not text or text[0] in QUOTES:
        return "quotation" if text else None
    w = words(text)
    if not w:
        return None
    first = w[0].lower()
    if first in OPENERS:
        return "opener " + w[0]
    if first in SUBORDINATORS and len(w) > 1 and w[1].lower() in OPENERS:
        return "clause " + " ".join(w[:2])
    if first in ("the", "both") and len(w) >= 2:
        k = 1
        if k < len(w) - 1 and w[k].lower() in COUNTS and w[k + 1].lower() in REFERRING:
            k += 1
        head = w[k].lower()
        if head in REFERRING and not head.endswith(("'s", "\u2019s")):
            nxt = w[k + 1].lower() if k + 1 < len(w) else ""
            if nxt not in NAMING:
                return "subject " + " ".join(w[:k + 1])
    if re.match(r"^[A-Z][\w.-]*['\u2019]s$", w[0]) and len(w) >= 2 and w[1].lower() in EVENTS:
        nxt = w[2].lower() if len(w) > 2 else ""
        if nxt not in NAMING:
            return "possessive " + " ".join(w[:2])
    return None


STOP = set("""the and for that with was were are has have had this from will would could should been
being his her their its they them who which what when where while than then there here also into
over after before about said says not but our out all any can may more most some such only just
very said""".split())
RESTATES = 0.3


def bag(text):
    out = {}
    for w in re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'")):
        if len(w) < 3 or w in STOP:
            continue
        w = w[:-1] if w.endswith("s") and len(w) > 3 else w
        out[w] = out.get(w, 0) + 1
    return out


def cosine(a, b):
    a, b = bag(a), bag(b)
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = sum(v * v for v in a.values()) ** 0.5
    nb = sum(v * v for v in b.values()) ** 0.5
    return dot / (na * nb) if na and nb else 0.0


def sentence_before(cluster, document, second):
    """The sentence right before `second` in the article file `document` (its text up to
    `second`, from the last sentence end), or None."""
    path = os.path.join(cluster, document) if os.path.isdir(cluster) else cluster
    try:
        text = " ".join(open(path, encoding="utf-8", errors="replace").read().split())
    except OSError:
        return None
    at = text.find(" ".join(second.split()))
    if at <= 0:
        return None
    head = text[:at].rstrip()
    ends = [m.end() for m in re.finditer(r"[.!?][\"\u201d\u2019')]?\s+(?=[\"\u201c\u2018A-Z0-9])", head)]
    last = head[ends[-1]:] if ends else head
    return last or None


def restates(first, before):
    """Whether `first` (the previous item) restates `before` (the sentence right before the
    item in its article): their content words' cosine reaches RESTATES."""
    return before is not None and cosine(first, before) >= RESTATES


def right_before(cluster, document, first, second):
    """Whether `first` is the sentence right before `second` in the article file `document` (a
    sentence repeated from another article is reported under the first article holding it)."""
    path = os.path.join(cluster, document) if os.path.isdir(cluster) else cluster
    try:
        text = " ".join(open(path, encoding="utf-8", errors="replace").read().split())
    except OSError:
        return False
    first, second = " ".join(first.split()), " ".join(second.split())
    at = text.find(second)
    while at >= 0:
        if text[:at].rstrip().endswith(first):
            return True
        at = text.find(second, at + 1)
    return False


def clusters(shared, corpora=("duc2003", "duc2004")):
    out = [("istanbul", "Evaluation/corpora/istanbul-talks")]
    for corpus in corpora:
        root = os.path.join(shared, corpus, "clusters")
        out += [(f"{corpus}/{c}", os.path.join(root, c)) for c in sorted(os.listdir(root))]
    return out


def digest(precis, path, words_, extra):
    cmd = [precis, "digest", path, "--words", str(words_), "--format", "json"] + extra
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 2):
        sys.exit(f"{' '.join(cmd)}: {r.stderr.strip()}")
    return json.loads(r.stdout)


def source_sentences(precis, path):
    """Every sentence of a cluster as written, by (document, sentenceIndex): what a compressed
    item (its source with words cut) is looked up by (`precis rank`, default settings)."""
    r = subprocess.run([precis, "rank", path, "--format", "json"], capture_output=True, text=True)
    if r.returncode not in (0, 2):
        sys.exit(f"precis rank {path}: {r.stderr.strip()}")
    return {(x["document"], x["sentenceIndex"]): x["text"] for x in json.loads(r.stdout)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--precis", default=".build/release/precis")
    ap.add_argument("--shared", default="../shared/corpora")
    ap.add_argument("--budgets", default="50,100,200")
    ap.add_argument("--corpora", default="duc2003,duc2004", help="shared corpora beside the Istanbul sample")
    ap.add_argument("--list", action="store_true", help="print every counted item")
    ap.add_argument("extra", nargs="*", help="more precis digest arguments (after --)")
    a = ap.parse_args()
    jobs = [(name, path, int(b)) for name, path in clusters(a.shared, a.corpora.split(",")) for b in a.budgets.split(",")]
    with ThreadPoolExecutor(2) as pool:
        digests = list(pool.map(lambda j: digest(a.precis, j[1], j[2], a.extra), jobs))
    path_of = {name: path for name, path, _ in jobs}
    names = sorted(path_of)
    with ThreadPoolExecutor(2) as pool:
        sources = dict(zip(names, pool.map(lambda n: source_sentences(a.precis, path_of[n]), names)))
    rows = {}
    for (name, _, budget), d in zip(jobs, digests):
        corpus = name.split("/")[0]
        key = (corpus, budget)
        items, bad = rows.get(key, (0, 0))
        previous = None
        for item in d["items"]:
            why = points_back(item["text"])
            # a compressed item is found in its article by the sentence it was cut from
            written = sources[name].get((item["document"], item["sentenceIndex"]), item["text"])
            follows = previous is not None and (
                (previous["document"] == item["document"] and previous["sentenceIndex"] == item["sentenceIndex"] - 1)
                or right_before(path_of[name], item["document"], sources[name].get(
                    (previous["document"], previous["sentenceIndex"]), previous["text"]), written)
                or (why is not None and why.split()[0] in ("subject", "possessive") and restates(
                    previous["text"], sources[name].get((item["document"], item["sentenceIndex"] - 1))
                    or sentence_before(path_of[name], item["document"], written))))
            if why and not follows:
                bad += 1
                if a.list:
                    print(f"{name} @{budget}: [{why}] {item['text'][:110]}")
            items += 1
            previous = item
        rows[key] = (items, bad)
    print("| digests | budget | items | back-pointing without their referent before them |")
    print("|---|---|---|---|")
    total = 0
    for (corpus, budget), (items, bad) in sorted(rows.items()):
        print(f"| {corpus} | {budget} | {items} | {bad} |")
        total += bad
    print(f"| all | | | **{total}** |")


if __name__ == "__main__":
    main()
