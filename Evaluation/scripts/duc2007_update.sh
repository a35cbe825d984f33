#!/usr/bin/env bash
# DUC 2007 update task with Precis's topic and update digests (issue 19; protocol:
# Evaluation/results/update-protocol.md).
#   Evaluation/scripts/duc2007_update.sh BIN OUT [SETTINGS.json ...] [-- EXTRA EVAL FLAGS]
# BIN: a `precis` (release). For each settings file (none: the defaults, as system "Precis")
# it writes OUT/summaries/<System>/<cluster>.txt (System: the settings file's name without
# .json), 100 words: <topic>-A with --topic, <topic>-B with --since A, <topic>-C with --since
# A and B; then scores every system with `precis eval --summaries` and the task's ROUGE flags
# into OUT/eval (per-cluster.csv, means.csv). Extra flags after -- go to `precis eval`
# (e.g. --jackknife, as NIST scored the task).
set -euo pipefail
bin=$1; out=$2; shift 2
settings=(); extra=()
while (($#)); do
    if [[ $1 == -- ]]; then shift; extra=("$@"); break; fi
    settings+=("$1"); shift
done
corpus=${DUC2007_UPDATE:-/work/shared/corpora/duc2007-update}
flags='-n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -l 100'
mkdir -p "$out/summaries"
run() {  # system, config args...
    local system=$1; shift
    local dir="$out/summaries/$system"
    mkdir -p "$dir"
    for topicFile in "$corpus"/topics/*.txt; do
        local t; t=$(basename "$topicFile" .txt)
        local c="$corpus/clusters"
        "$bin" digest "$c/$t-A" --words 100 --topic "$topicFile" "$@" > "$dir/$t-A.txt"
        "$bin" digest "$c/$t-B" --since "$c/$t-A" --words 100 --topic "$topicFile" "$@" > "$dir/$t-B.txt"
        "$bin" digest "$c/$t-C" --since "$c/$t-A" "$c/$t-B" --words 100 --topic "$topicFile" "$@" > "$dir/$t-C.txt"
    done
}
if ((${#settings[@]} == 0)); then
    run Precis
else
    for s in "${settings[@]}"; do run "$(basename "$s" .json)" --config "$s"; done
fi
"$bin" eval --summaries "$out/summaries" --references "$corpus/references" \
    --rouge-flags "$flags" --output "$out/eval" ${extra[@]+"${extra[@]}"}
