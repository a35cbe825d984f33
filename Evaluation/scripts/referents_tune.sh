#!/bin/bash
# Issues 15/16: the candidates of Evaluation/results/referents-protocol.md (referentRestatement ×
# compression on top of default.json), scored on DUC 2003 and DUC 2007-update set A (100 words)
# with `precis eval`. DUC 2004 is never read here.
#   bash Evaluation/scripts/referents_tune.sh OUT [SHARED_CORPORA] [PRECIS]
set -eu
out="$1"; corpora="${2:-../shared/corpora}"; precis="${3:-.build/release/precis}"
mkdir -p "$out/configs"
bash Evaluation/scripts/link_duc2007A.sh "$out" "$corpora"
for r in 2 0.5 0.4; do for c in none light full both; do
    python3 - "$r" "$c" "$out/configs/r$r-c$c.json" <<'PY'
import json, sys
config = json.load(open("Evaluation/configs/default.json"))
config["referentRestatement"] = float(sys.argv[1])
config["compression"] = sys.argv[2]
json.dump(config, open(sys.argv[3], "w"), indent=2)
PY
done; done
args=()
for f in "$out"/configs/*.json; do args+=(--config "$f"); done
export OPENBLAS_NUM_THREADS=1
for corpus in "$corpora/duc2003" "$out/duc2007A"; do
    name=$(basename "$corpus")
    "$precis" eval "$corpus" "${args[@]}" --output "$out/eval-$name" --format table > "$out/$name.txt"
done
