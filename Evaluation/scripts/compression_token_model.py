#!/usr/bin/env python3
"""A feasibility probe for issue 16's BCN bar (F1 > 0.854 at ratio <= 0.85): how far a learned
token-deletion model gets, and the annotators' own ceiling. Not a Precis compressor.

    python3 compression_token_model.py [BCN_DIR] [WORD_CLASSES]    (needs numpy, scikit-learn)

- Oracle: delete the tokens that at least two (or all three) annotators delete.
- Model: logistic regression over lexical and closed-class features of a token and its
  neighbours, trained on the dev lines (even line numbers, compression.md's split) with soft
  labels (the share of annotators deleting the token); the deletion threshold is the one with the
  best five-fold cross-validated F1 on the dev lines among those with ratio <= 0.85, then applied
  to the test lines. Negations, modals, hedges and limiting adverbs are never deleted.
"""
import re, sys
from collections import Counter
import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

bcn = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/compression/bcn"
word_classes = sys.argv[2] if len(sys.argv) > 2 else "Models/word-classes-en.txt"
inputs = [line.split() for line in open(f"{bcn}/input.txt")]
golds = [[line.split() for line in open(f"{bcn}/gold.{k}.comp")] for k in (1, 2, 3)]
classes = {}
for line in open(word_classes):
    if line.startswith("#") or ":" not in line:
        continue
    name, words = line.split(":", 1)
    for w in words.split():
        classes.setdefault(w, name)
protected = {w for w, c in classes.items() if c in ("negation", "modal", "hedge", "limiting")}


def kept(source, compression):
    keep, j = [0] * len(source), 0
    for i, token in enumerate(source):
        if j < len(compression) and compression[j] == token:
            keep[i], j = 1, j + 1
    assert j == len(compression), "a gold that is not a subsequence of its input"
    return keep


def f1(output, gold):
    if not output or not gold:
        return 1.0 if output == gold else 0.0
    matched = sum((Counter(output) & Counter(gold)).values())
    return 0.0 if matched == 0 else 2 * matched / (len(output) + len(gold))


def shape(w):
    return "P" if re.fullmatch(r"\W+", w) else "D" if re.fullmatch(r"[\d.,]+", w) else "C" if w[0].isupper() else "l"


def features(s, j):
    w, n = s[j].lower(), len(s)
    f = {"w=" + w: 1, "sh=" + shape(s[j]): 1, "cl=" + classes.get(w, "-"): 1, f"pos={min(j, 5)}": 1,
         f"rpos={min(n - 1 - j, 5)}": 1, f"len={min(n // 5, 8)}": 1, f"rel={int(10 * j / n)}": 1}
    for o in (-2, -1, 1, 2):
        k = j + o
        t = s[k].lower() if 0 <= k < n else "<s>"
        f[f"w{o:+d}={t}"] = f[f"cl{o:+d}={classes.get(t, '-')}"] = f[f"sh{o:+d}={shape(s[k]) if 0 <= k < n else 'B'}"] = 1
    f[f"bi={s[j - 1].lower() if j else '<s>'}_{w}"] = f[f"bi+={w}_{s[j + 1].lower() if j + 1 < n else '</s>'}"] = 1
    return f


def score(lines, delete):
    fs, rs = [], []
    for i in lines:
        s = inputs[i]
        out = [t for j, t in enumerate(s) if not delete(i, j)]
        fs.append(sum(f1(out, g[i]) for g in golds) / 3)
        rs.append(len(out) / len(s))
    return np.mean(fs), np.mean(rs)



def main():
    global Xm, Y
    share = {}
    rows, X, Y = [], [], []
    for i, s in enumerate(inputs):
        keeps = [kept(s, g[i]) for g in golds]
        for j in range(len(s)):
            share[(i, j)] = sum(1 - k[j] for k in keeps) / 3
            rows.append((i, j)); X.append(features(s, j)); Y.append(share[(i, j)])
    dev_lines = [i for i in range(len(inputs)) if i % 2 == 0]
    test_lines = [i for i in range(len(inputs)) if i % 2 == 1]
    for name, lines in (("dev", dev_lines), ("test", test_lines)):
        print(f"{name}: whole F1 {score(lines, lambda i, j: False)[0]:.3f}; "
              "oracle, two of three delete: F1 %.3f ratio %.3f; " % score(lines, lambda i, j: share[(i, j)] >= 0.5)
              + "all three: F1 %.3f ratio %.3f" % score(lines, lambda i, j: share[(i, j)] == 1))

    Xm, Y = DictVectorizer().fit_transform(X), np.array(Y)
    line_of = np.array([i for i, _ in rows])
    dev = line_of % 2 == 0


    def fit(mask, C):
        r = np.where(mask)[0]
        model = LogisticRegression(C=C, max_iter=3000)
        model.fit(Xm[np.concatenate([r, r])], np.r_[np.ones(len(r)), np.zeros(len(r))], sample_weight=np.r_[Y[r], 1 - Y[r]])
        return model


    for C in (0.1, 0.3, 1.0):
        cross = np.zeros(len(Y))
        for k in range(5):
            held = dev & (line_of // 2 % 5 == k)
            cross[held] = fit(dev & ~held, C).predict_proba(Xm[held])[:, 1]
        full = fit(dev, C).predict_proba(Xm)[:, 1]
        p_cross = {rows[r]: cross[r] for r in np.where(dev)[0]}
        p_full = {rows[r]: full[r] for r in range(len(rows))}
        best = None
        for t in np.arange(0.25, 0.70, 0.025):
            f, r = score(dev_lines, lambda i, j: p_cross[(i, j)] > t and inputs[i][j].lower() not in protected)
            if r <= 0.85 and (best is None or f > best[1]):
                best = (t, f, r)
        t = best[0]
        ft, rt = score(test_lines, lambda i, j: p_full[(i, j)] > t and inputs[i][j].lower() not in protected)
        print(f"model C {C}: threshold {t:.3f} (dev cross-validated F1 {best[1]:.4f} ratio {best[2]:.3f}); test F1 {ft:.4f} ratio {rt:.3f}")


if __name__ == "__main__":
    main()
