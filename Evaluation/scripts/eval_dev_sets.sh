#!/bin/bash
# Every settings file in OUT/configs scored by `precis eval` on DUC 2003 and DUC 2007-update set A
# (linked into OUT/duc2007A by link_duc2007A.sh), 100 words; tables in OUT/duc2003.txt and
# OUT/duc2007A.txt, per-cluster files in OUT/eval-*. DUC 2004 is never read here.
#   bash Evaluation/scripts/eval_dev_sets.sh OUT SHARED_CORPORA PRECIS
set -eu
out="$1"; corpora="$2"; precis="$3"
bash Evaluation/scripts/link_duc2007A.sh "$out" "$corpora"
args=()
for f in "$out"/configs/*.json; do args+=(--config "$f"); done
export OPENBLAS_NUM_THREADS=1
for corpus in "$corpora/duc2003" "$out/duc2007A"; do
    name=$(basename "$corpus")
    "$precis" eval "$corpus" "${args[@]}" --output "$out/eval-$name" --format table > "$out/$name.txt"
done
