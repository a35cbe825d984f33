#!/usr/bin/env bash
# DUC 2006 with Precis's topic digests (issue 19), scored beside the DUC 2006 participants by
# the same ROUGE.
#   Evaluation/scripts/duc2006_topic.sh BIN OUT [SETTINGS.json] [-- EXTRA EVAL FLAGS]
# Writes OUT/summaries/Precis/<cluster>.txt (`precis digest clusters/<c> --topic topics/<c>.txt
# --words 250`, with --config SETTINGS.json when given), links each participant's folder of
# ../shared/corpora/duc2006/system_summaries beside it as OUT/summaries/peer-<id>, and scores all
# with `precis eval --summaries` and the task's flags with -l 250 into OUT/eval. Extra flags
# after -- go to `precis eval` (e.g. --jackknife).
set -euo pipefail
bin=$1; out=$2; shift 2
config=(); if [[ -n ${1-} && ${1-} != -- ]]; then config=(--config "$1"); shift; fi
extra=(); if [[ ${1-} == -- ]]; then shift; extra=("$@"); fi
corpus=${DUC2006:-/work/shared/corpora/duc2006}
flags='-n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -l 250'
mkdir -p "$out/summaries/Precis"
for cluster in "$corpus"/clusters/*/; do
    c=$(basename "$cluster")
    "$bin" digest "$cluster" ${config[@]+"${config[@]}"} --words 250 --topic "$corpus/topics/$c.txt" > "$out/summaries/Precis/$c.txt"
done
for peer in "$corpus"/system_summaries/*/; do
    ln -sfn "$peer" "$out/summaries/peer-$(basename "$peer")"
done
"$bin" eval --summaries "$out/summaries" --references "$corpus/references" \
    --rouge-flags "$flags" --output "$out/eval" ${extra[@]+"${extra[@]}"}
