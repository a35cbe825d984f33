"""ICSI-style concept ILP, written independently from the descriptions of Gillick & Favre 2009 and
Gillick et al. (TAC 2008/2009), for diagnosing Precis's reproduction (`concepts-icsi.json`).

Not part of Precis: it reads sentences split by Precis (`summ_harness sentences CORPUS --out DIR`)
or splits raw text with NLTK's punkt, weighs stemmed surface bigrams (punctuation removed, pairs of
two stop words dropped) by the documents holding them, optionally counting each document's first
sentence apart (ICSI's lead count), and solves the budgeted maximum coverage exactly (HiGHS MILP).

    .venv-peers/bin/python Evaluation/scripts/icsi_ilp_reference.py CORPUS OUT_DIR \
        [--split punkt|DIR] [--first 1] [--separate 1] [--threshold-after 1] [--quotes 1]

Writes OUT_DIR/<cluster>.txt, one sentence per line; score with `summ_harness rouge`.
Needs numpy, scipy, nltk (the peers venv has them).
"""
import argparse, collections, os, re, sys

import numpy as np
import nltk
from nltk.stem.porter import PorterStemmer
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix

ap = argparse.ArgumentParser()
ap.add_argument("corpus")
ap.add_argument("out")
ap.add_argument("--split", default="punkt", help="punkt, or a folder of Precis's sentences (<cluster>/<nnn-doc>.txt)")
ap.add_argument("--first", type=float, default=1, help="extra count of a document's first sentence (0: none)")
ap.add_argument("--separate", type=int, default=1, help="1: a document's lead and body count apart (ICSI)")
ap.add_argument("--threshold-after", type=int, default=1, help="1: the threshold applies to the count with the lead bonus")
ap.add_argument("--threshold", type=float, default=3)
ap.add_argument("--min-words", type=int, default=10)
ap.add_argument("--max-words", type=int, default=10_000)
ap.add_argument("--quotes", type=int, default=1, help="1: skip sentences wholly inside quotes or brackets")
ap.add_argument("--words", type=int, default=100)
ap.add_argument("--stopwords", default=os.path.join(os.path.dirname(__file__), "../../Sources/Precis/Resources/Models/stopwords-en.txt"))
a = ap.parse_args()

nltk.data.path.insert(0, os.path.join(os.path.dirname(sys.executable), "..", "nltk_data"))
stop = set(open(a.stopwords).read().split())
stemmer = PorterStemmer()
stems = {}


def stem(w):
    if w not in stems:
        stems[w] = stemmer.stem(w)
    return stems[w]


def words(text):
    """Lowercased words with punctuation deleted (hyphens kept: "U.S." is "us", "Sen's" is "sens"), stemmed."""
    text = text.replace("``", '"').replace("''", '"')
    return [stem(w) for w in re.sub(r"[^a-z0-9\- ]", "", re.sub(r"\s+", " ", text.lower())).split()]


quoted = re.compile(r"""^(["(]|``).*([")]|'')$""")
os.makedirs(a.out, exist_ok=True)
for cluster in sorted(os.listdir(os.path.join(a.corpus, "clusters"))):
    folder = os.path.join(a.corpus, "clusters", cluster) if a.split == "punkt" else os.path.join(a.split, cluster)
    sentences = []  # (document, position, text, bigrams)
    for d, name in enumerate(sorted(os.listdir(folder))):
        text = open(os.path.join(folder, name), errors="replace").read()
        if a.split == "punkt":
            lines = nltk.sent_tokenize(re.sub(r"\s+", " ", text.replace("``", '"').replace("''", '"')).strip())
        else:
            lines = [l.strip() for l in text.splitlines() if l.strip()]
        for p, s in enumerate(lines):
            w = words(s)
            sentences.append((d, p, s, set(zip(w, w[1:]))))
    holders = collections.defaultdict(set)
    for d, p, s, bigrams in sentences:
        for b in bigrams:
            lead = a.first > 0 and p == 0
            if a.separate:
                holders[b].add(("lead" if lead else "body", d))
            else:
                holders[b].add(("body", d))
                if lead:
                    holders[b].add(("lead", d))
    weight = {}
    for b, held in holders.items():
        leads = sum(1 for kind, _ in held if kind == "lead")
        docs = len(held) if a.separate else len(held) - leads
        count = docs + a.first * leads
        if (count if a.threshold_after else docs) < a.threshold or (b[0] in stop and b[1] in stop):
            continue
        weight[b] = count
    seen, candidates = set(), []
    for i, (d, p, s, bigrams) in enumerate(sentences):
        n = len(s.split())
        key = tuple(words(s))
        if n < a.min_words or n > a.max_words or key in seen or (a.quotes and quoted.match(s)):
            continue
        seen.add(key)
        mine = [b for b in bigrams if b in weight]
        if mine:
            candidates.append((i, mine))
    concepts = sorted({b for _, bs in candidates for b in bs})
    index = {b: k for k, b in enumerate(concepts)}
    S, K = len(candidates), len(concepts)
    rows = 1 + K + sum(len(bs) for _, bs in candidates)
    A = lil_matrix((rows, S + K))
    lo, hi = [], []
    for j, (i, _) in enumerate(candidates):
        A[0, j] = len(sentences[i][2].split())
    lo.append(0); hi.append(a.words)
    r = 1
    holders_of = collections.defaultdict(list)
    for j, (_, bs) in enumerate(candidates):
        for b in bs:
            holders_of[index[b]].append(j)
    for k in range(K):  # a concept counts only if a picked sentence holds it
        for j in holders_of[k]:
            A[r, j] = 1
        A[r, S + k] = -1; lo.append(0); hi.append(np.inf); r += 1
    for j, (_, bs) in enumerate(candidates):  # a picked sentence covers its concepts
        for b in bs:
            A[r, j] = 1; A[r, S + index[b]] = -1; lo.append(-np.inf); hi.append(0); r += 1
    objective = np.concatenate([np.zeros(S), -np.array([weight[b] for b in concepts], dtype=float)])
    result = milp(objective, constraints=LinearConstraint(A.tocsr(), lo, hi), integrality=np.ones(S + K),
                  bounds=Bounds(0, 1), options={"time_limit": 60})
    picks = sorted(candidates[j][0] for j in range(S) if result.x[j] > 0.5)
    with open(os.path.join(a.out, cluster + ".txt"), "w") as out:
        for i in picks:
            out.write(sentences[i][2] + "\n")
    print(cluster, len(picks), sum(len(sentences[i][2].split()) for i in picks), -result.fun, file=sys.stderr)
