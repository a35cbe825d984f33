#!/usr/bin/env python3
"""Per-rule ablation on a compression set's dev lines: for each rule alone, tokens deleted and
how many of them the golds also delete (bag of tokens, clipped), mean over golds.
Usage: compression_rules.py SET_DIR PRECIS_BINARY [--split dev|test|all]"""
import subprocess, sys
from collections import Counter
sys.path.insert(0, __import__("os").path.dirname(__file__))
from compression_eval import lines, golds, score

set_dir, precis = sys.argv[1], sys.argv[2]
split = sys.argv[4] if len(sys.argv) > 4 else "dev"
rules = ["dateline", "attributionTime", "leadingDiscourse", "leadingAdverbial", "leadingClause", "complementizer", "parenthetical", "filler", "adverb", "age",
         "timeExpression", "appositive", "relativeClause", "title", "dashAside"]
inputs = lines(set_dir + "/input.txt")
gs = golds(set_dir)
keep = [i for i in range(len(inputs)) if split == "all" or (i % 2 == 0) == (split == "dev")]
for rule in rules:
    out = subprocess.run([precis, "compress", "--keep-case", "--rules", rule, set_dir + "/input.txt"], capture_output=True, text=True).stdout.split("\n")[:-1]
    deleted = right = 0.0
    for i in keep:
        d = Counter(inputs[i].split()) - Counter(out[i].split())
        n = sum(d.values())
        deleted += n
        for g in gs:
            extra = Counter(inputs[i].split()) - Counter(g[i].split())
            right += sum((d & extra).values()) / len(gs)
    f, r = score(set_dir, out, split)
    print(f"{rule:18s} deleted {int(deleted):5d}  also deleted by the golds {right / max(1, deleted):.2f}  F1 {f:.4f} ratio {r:.3f}")
