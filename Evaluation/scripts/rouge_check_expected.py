#!/usr/bin/env python3
"""Must-show 1: compare `precis eval` results with ROUGE-1.5.5's own figures for DUC 2004.

    rouge_check_expected.py RESULTS_DIR/results.json ../shared/corpora/duc2004/expected-rouge155.tsv

Prints, per metric, the largest |Precis - ROUGE-1.5.5| over the 13 systems and recall/precision/F,
for stat=rouge (ROUGE's printed Average: the mean of its 1000 seeded bootstrap resamples, 5
decimals; compared after rounding Precis's value to 5 decimals as ROUGE prints it, and unrounded)
and stat=mean (plain mean of the 50 per-cluster scores, 6 decimals). Exit status 1 if any
difference exceeds 0.0005.
"""
import json
import sys

COLUMNS = {"R1": "rouge-1", "R2": "rouge-2", "R4": "rouge-4", "RL": "rouge-l", "RSU4": "rouge-su4"}
MEASURES = {"R": "recall", "P": "precision", "F": "f"}


def main():
    report = json.load(open(sys.argv[1]))
    aggregates = {}
    for system in report["systems"]:
        for a in system["aggregates"]:
            aggregates[(system["name"], a["metric"])] = a
    header = None
    worst = {}
    rows = 0
    for line in open(sys.argv[2]):
        if line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if fields[0] == "system":
            header = fields
            continue
        name, stat = fields[0], fields[1]
        rows += 1
        for column, value in zip(header[2:], fields[2:]):
            prefix, measure = column.rsplit("_", 1)
            a = aggregates[(name, COLUMNS[prefix])]
            mine = a["average" if stat == "rouge" else "mean"][MEASURES[measure]]
            keys = [(stat, COLUMNS[prefix])]
            if stat == "rouge":
                keys.append(("rouge-printed", COLUMNS[prefix]))
            for key in keys:
                candidate = round(mine, 5) if key[0] == "rouge-printed" else mine
                worst[key] = max(worst.get(key, 0.0), abs(candidate - float(value)))
    print(f"{rows} rows (13 systems x 2 stats) compared")
    print("stat            " + "  ".join(f"{m:>9}" for m in COLUMNS.values()))
    for stat in ["rouge-printed", "rouge", "mean"]:
        print(f"{stat:<14}  " + "  ".join(f"{worst[(stat, m)]:9.7f}" for m in COLUMNS.values()))
    sys.exit(0 if max(worst.values()) <= 0.0005 else 1)


if __name__ == "__main__":
    main()
