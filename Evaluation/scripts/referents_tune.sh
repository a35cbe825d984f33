#!/bin/bash
# Issues 15/16: the candidates of Evaluation/results/referents-protocol.md (referentRestatement ×
# compression on top of default-duc2003.json, the default then), scored on DUC 2003 and DUC 2007-update set A (100 words)
# with `precis eval`. DUC 2004 is never read here.
#   bash Evaluation/scripts/referents_tune.sh OUT [SHARED_CORPORA] [PRECIS]
set -eu
out="$1"; corpora="${2:-../shared/corpora}"; precis="${3:-.build/release/precis}"
mkdir -p "$out/configs"
for r in 2 0.5 0.4; do for c in none light full both; do
    python3 - "$r" "$c" "$out/configs/r$r-c$c.json" <<'PY'
import json, sys
config = json.load(open("Evaluation/configs/default-duc2003.json"))
config["referentRestatement"] = float(sys.argv[1])
config["compression"] = sys.argv[2]
json.dump(config, open(sys.argv[3], "w"), indent=2)
PY
done; done
bash Evaluation/scripts/eval_dev_sets.sh "$out" "$corpora" "$precis"
