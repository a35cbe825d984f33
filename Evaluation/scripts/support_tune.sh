#!/bin/bash
# Round 2 of Evaluation/results/referents-protocol.md: support concepts on top of default.json,
# scored on DUC 2003 and DUC 2007-update set A (100 words) with `precis eval`. DUC 2004 is never
# read here.
#   bash Evaluation/scripts/support_tune.sh OUT [SHARED_CORPORA] [PRECIS]
set -eu
out="$1"; corpora="${2:-../shared/corpora}"; precis="${3:-.build/release/precis}"
mkdir -p "$out/configs"
bash Evaluation/scripts/link_duc2007A.sh "$out" "$corpora"
cp Evaluation/configs/default.json "$out/configs/r2-cnone.json"
for w in 1 1.5; do for s in 0.4 0.3; do for md in 2 3; do for uw in 0 0.05 0.1; do
    python3 - "$w" "$s" "$md" "$uw" "$out/configs/s$w-$s-md$md-uw$uw.json" <<'PY'
import json, sys
config = json.load(open("Evaluation/configs/default.json"))
concepts = config["concepts"]
concepts["supportWeight"], concepts["supportSimilarity"] = float(sys.argv[1]), float(sys.argv[2])
concepts["minimumDocuments"], concepts["unigramWeight"] = int(sys.argv[3]), float(sys.argv[4])
json.dump(config, open(sys.argv[5], "w"), indent=2)
PY
done; done; done; done
args=()
for f in "$out"/configs/*.json; do args+=(--config "$f"); done
export OPENBLAS_NUM_THREADS=1
for corpus in "$corpora/duc2003" "$out/duc2007A"; do
    name=$(basename "$corpus")
    "$precis" eval "$corpus" "${args[@]}" --output "$out/eval-$name" --format table > "$out/$name.txt"
done
