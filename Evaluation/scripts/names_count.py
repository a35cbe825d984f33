#!/usr/bin/env python3
"""Counts digest items that name a person by bare surname before the digest introduces them
(issue 15: "a whole, readable sentence whose subject they know"), and the names completed.

Usage: names_count.py PRECIS CONFIG.json CLUSTER_DIR... [--list]

For each cluster: `precis digest --format json --config CONFIG` gives the items (in output
order); `precis rank --format json` gives every body sentence by (document, sentence index).
An item mentions a person by bare surname first when, in the script's own reading (regular
expressions, not the library's tokenizer):
- a capitalized word W with a lower-case letter (a possessive 's cut) stands with no
  capitalized word right after it, and none right before it except a capitalized function word
  ("But Ecevit ..."), and no determiner right before it;
- the cluster never writes W in lower case, and W is in none of the closed word classes
  (`Models/word-classes-en.txt`), nor a title, nor an organisation or place head;
- the sentences of the item's article before its source sentence write exactly one distinct
  full name "G W": one to three given-name words G right before W (capitalized words with a
  lower-case letter or initials "J."), not titles or place modifiers, preceded by no determiner
  and no other capitalized word except a title or a closed word;
- no earlier item of the digest has W.
Only the first such W per item is reported. An item with `names` (the library's completion) is
counted as completed; its completed surnames are then introduced. For each bare mention left,
the script says whether the given names would have fit the word budget (wordCount + given words
<= budget words): "no room" is the script's estimate of a completion left for lack of budget.

Prints: clusters, items, completed items (names), bare-surname items left (no room / room).
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = os.path.join(HERE, "..", "..", "Models", "word-classes-en.txt")
FUNCTION_CLASSES = {"determiner", "possessive", "pronoun", "conjunction", "preposition", "auxiliary", "relative",
                    "clause-opener", "discourse-bare", "negation", "modal"}
NAME_WORDS = os.path.join(HERE, "..", "..", "Models", "name-words-en.txt")


def load_name_words():
    """The classes of Models/name-words-en.txt, the lists the library's NameCompletion reads."""
    classes = {}
    for line in open(NAME_WORDS, encoding="utf-8"):
        if line.startswith("#") or ":" not in line:
            continue
        name, words = line.split(":", 1)
        classes[name.strip()] = set(words.split())
    return classes


_NAME_WORDS = load_name_words()
TITLES = _NAME_WORDS["honorific"]
MODIFIERS = _NAME_WORDS["modifier"]
HEADS = _NAME_WORDS["head"]
DETERMINERS = _NAME_WORDS["determiner"]

WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z]\.?|[A-Za-z]\.?|[^\sA-Za-z]+")


def load_classes():
    closed, function = set(), set()
    for line in open(CLASSES, encoding="utf-8"):
        if line.startswith("#") or ":" not in line:
            continue
        name, words = line.split(":", 1)
        ws = {w.replace("_", " ") for w in words.split()}
        closed |= ws
        if name.strip() in FUNCTION_CLASSES:
            function |= ws
    return closed, function


CLOSED, FUNCTION = load_classes()


def stem(w):
    w = w[:-1] if w.endswith(".") and len(w) > 2 else w
    for e in ("'s", "\u2019s"):
        if w.endswith(e) and len(w) > len(e) + 1:
            return w[:-len(e)]
    return w


def is_word(t):
    return t[0].isalpha()


def cap(t):
    return is_word(t) and t[0].isupper()


def namelike(w):
    return len(w) >= 2 and w[0].isupper() and any(c.islower() for c in w) and all(c.isalpha() or c in "-'\u2019" for c in w)


def given_name(t):
    if re.fullmatch(r"[A-Z]\.", t):
        return True
    k = t.rstrip(".").lower()
    return namelike(t) and k not in CLOSED and k not in TITLES and k not in MODIFIERS


def full_names(tokens, w):
    """Given-name strings written right before W in one sentence's tokens."""
    out = []
    for p, t in enumerate(tokens):
        if not is_word(t) or stem(t) != w:
            continue
        if p + 1 < len(tokens) and cap(tokens[p + 1]):
            continue
        q = p - 1
        while q >= 0 and p - q <= 3 and given_name(tokens[q]):
            q -= 1
        if q == p - 1:
            continue
        if q >= 0 and is_word(tokens[q]):
            k = tokens[q].rstrip(".").lower()
            if k in DETERMINERS or (tokens[q][0].isupper() and k not in TITLES and k not in CLOSED):
                continue
        out.append(" ".join(tokens[q + 1:p]))
    return out


def run(args):
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode not in (0, 2):
        sys.exit(f"names_count: {' '.join(args)} failed: {r.stderr.strip()}")
    return r.stdout


def main():
    args = [a for a in sys.argv[1:] if a != "--list"]
    listing = "--list" in sys.argv
    precis, config, clusters = args[0], args[1], args[2:]
    totals = dict(items=0, completed=0, left=0, noroom=0)
    for cluster in clusters:
        digest = json.loads(run([precis, "digest", cluster, "--format", "json", "--config", config]))
        rows = json.loads(run([precis, "rank", cluster, "--format", "json"]))
        sentences = {}
        lower = set()
        for r in rows:
            sentences.setdefault(r["document"], {})[r["sentenceIndex"]] = WORD.findall(r["text"])
            lower |= {stem(t).lower() for t in WORD.findall(r["text"]) if is_word(t) and t[0].islower()}
        budget = digest["budget"].get("words")
        seen = set()
        for item in digest["items"]:
            totals["items"] += 1
            tokens = WORD.findall(item["text"])
            if item.get("names"):
                totals["completed"] += 1
                if listing:
                    print(f"COMPLETED {os.path.basename(cluster)}: {item['text']}\n  names: "
                          + "; ".join(f"{n['name']} ({n['document']} #{n['sentenceIndex']})" for n in item["names"]))
            found = None
            for i, t in enumerate(tokens):
                if found or not cap(t):
                    continue
                w = stem(t)
                if w in seen or not namelike(w) or w.lower() in lower or w.lower() in CLOSED or w.lower() in HEADS:
                    continue
                if i > 0 and is_word(tokens[i - 1]):
                    b = tokens[i - 1].lower()
                    if b in DETERMINERS or (tokens[i - 1][0].isupper() and b not in FUNCTION):
                        continue
                if i + 1 < len(tokens) and cap(tokens[i + 1]):
                    continue
                names = set()
                for s in item.get("sources") or [{"document": item["document"], "sentenceIndex": item["sentenceIndex"]}]:
                    article = sentences.get(s["document"], {})
                    for k in range(s["sentenceIndex"]):
                        names |= set(full_names(article.get(k, []), w))
                if len(names) == 1:
                    found = (w, names.pop())
            seen |= {stem(t) for t in tokens if cap(t)}
            if found:
                totals["left"] += 1
                room = budget is None or digest["wordCount"] + len(found[1].split()) <= budget
                totals["noroom"] += 0 if room else 1
                if listing:
                    print(f"BARE {os.path.basename(cluster)} ({'room' if room else 'no room'}): {found[1]} {found[0]}: {item['text'][:110]}")
    print(f"{len(clusters)} clusters, {totals['items']} items, {totals['completed']} completed (names), "
          f"{totals['left']} naming a person by bare surname first ({totals['noroom']} with no room in the budget)")


if __name__ == "__main__":
    main()
