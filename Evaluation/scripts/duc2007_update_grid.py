#!/usr/bin/env python3
"""Writes the 75 settings files of the DUC 2007-update grid (Evaluation/results/update-protocol.md).

    Evaluation/scripts/duc2007_update_grid.py DIR     # DIR/tw<w>-ec<e>-nt<t>.json
"""
import json, os, sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for tw in [0, 0.5, 1, 2, 4]:
    for ec in [0, 0.5, 1]:
        for nt in [0.4, 0.5, 0.6, 0.8, 2]:
            name = f"tw{tw}-ec{ec}-nt{nt}"
            with open(os.path.join(out, name + ".json"), "w") as f:
                json.dump({"focus": {"topicWeight": tw, "earlierConceptWeight": ec, "noveltyThreshold": nt}}, f)
                f.write("\n")
