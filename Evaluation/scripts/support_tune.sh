#!/bin/bash
# Round 2 of Evaluation/results/referents-protocol.md: support concepts on top of the default it
# started from (default-duc2003.json, the default before this round),
# scored on DUC 2003 and DUC 2007-update set A (100 words) with `precis eval`. DUC 2004 is never
# read here.
#   bash Evaluation/scripts/support_tune.sh OUT [SHARED_CORPORA] [PRECIS]
set -eu
out="$1"; corpora="${2:-../shared/corpora}"; precis="${3:-.build/release/precis}"
mkdir -p "$out/configs"
cp Evaluation/configs/default-duc2003.json "$out/configs/r2-cnone.json"
for w in 1 1.5; do for s in 0.4 0.3; do for md in 2 3; do for uw in 0 0.05 0.1; do
    python3 - "$w" "$s" "$md" "$uw" "$out/configs/s$w-$s-md$md-uw$uw.json" <<'PY'
import json, sys
config = json.load(open("Evaluation/configs/default-duc2003.json"))
concepts = config["concepts"]
concepts["supportWeight"], concepts["supportSimilarity"] = float(sys.argv[1]), float(sys.argv[2])
concepts["minimumDocuments"], concepts["unigramWeight"] = int(sys.argv[3]), float(sys.argv[4])
json.dump(config, open(sys.argv[5], "w"), indent=2)
PY
done; done; done; done
bash Evaluation/scripts/eval_dev_sets.sh "$out" "$corpora" "$precis"
