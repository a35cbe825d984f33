#!/bin/bash
# Round 5 of Evaluation/results/referents-protocol.md (issue 16): today's default with compressed
# variants (light / full / both, and two subsets of the light rules) scored on DUC 2003 and
# DUC 2007-update set A (100 words) with `precis eval`. DUC 2004 is never read here.
#   bash Evaluation/scripts/compression_default_round.sh OUT [SHARED_CORPORA] [PRECIS] [--fusion]
# (--fusion: round 6 adds the two fusion candidates)
set -eu
out="$1"; corpora="${2:-../shared/corpora}"; precis="${3:-.build/release/precis}"
mkdir -p "$out/configs"
python3 - "$out/configs" ${4:-} <<'PY'
import json, sys
base = json.load(open("Evaluation/configs/default.json"))
candidates = {
    "c-none": {},
    "c-light": {"compression": "light"},
    "c-full": {"compression": "full"},
    "c-both": {"compression": "both"},
    "c-notime": {"compression": "light", "compressionRules": [
        "dateline", "leadingDiscourse", "complementizer", "parenthetical", "filler", "adverb"]},
    "c-agreed": {"compression": "light", "compressionRules": [
        "leadingDiscourse", "leadingAdverbial", "complementizer", "parenthetical", "filler", "adverb"]},
}
if len(sys.argv) > 2 and sys.argv[2] == "--fusion":  # round 6
    candidates["f-fusion"] = {"fusion": True}
    candidates["f-both-fusion"] = {"fusion": True, "compression": "both"}
for name, fields in candidates.items():
    json.dump({**base, **fields}, open(f"{sys.argv[1]}/{name}.json", "w"), indent=2)
PY
bash Evaluation/scripts/eval_dev_sets.sh "$out" "$corpora" "$precis"
