"""Sentence groups for `precis fuse` (the same-output check of abstraction_outputs.sh): pairs of
sentences from different articles of the first 12 DUC 2003 clusters sharing over 35 % of their
words, at most 20 per cluster, groups separated by blank lines on standard output."""
import itertools
import os
import re

root = os.path.join(os.path.dirname(__file__), '../../../shared/corpora/duc2003/clusters')
groups = []
for c in sorted(os.listdir(root))[:12]:
    sents = []
    for d, f in enumerate(sorted(os.listdir(os.path.join(root, c)))):
        text = open(os.path.join(root, c, f), errors='replace').read()
        text = re.sub(r'<[^>]+>', ' ', text)
        for s in re.split(r'(?<=[.!?])\s+(?=[A-Z"`])', re.sub(r'\s+', ' ', text)):
            if 8 <= len(s.split()) <= 40:
                sents.append((d, s.strip()))
    words = [set(w.lower() for w in re.findall(r"\w+", s)) for _, s in sents]
    n = 0
    for i, j in itertools.combinations(range(len(sents)), 2):
        if sents[i][0] == sents[j][0]:
            continue
        jac = len(words[i] & words[j]) / len(words[i] | words[j])
        if jac > 0.35 and n < 20:
            groups.append([sents[i][1], sents[j][1]])
            n += 1
print('\n\n'.join('\n'.join(g) for g in groups))
