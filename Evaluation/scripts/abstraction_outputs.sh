#!/usr/bin/env bash
# The outputs a speed change of the abstraction levels must leave byte-identical (sessions 11-12):
#   Evaluation/scripts/abstraction_outputs.sh BIN OUT DUC2004_JSONL GROUPS...
# BIN: a release `precis`; DUC2004_JSONL: the 50 DUC 2004 clusters as `digest --jsonl` lines
# (compared only, never read or scored); GROUPS: files of sentence groups for `precis fuse`
# (abstraction_fuse_groups.py makes the DUC 2003 ones). Then: diff -r OUT_OLD OUT_NEW && echo identical
set -uo pipefail
bin=$1; out=$2; duc2004=$3; shift 3
cd "$(dirname "$0")/../.."
shared=../shared/corpora
rm -rf "$out"; mkdir -p "$out"
export OPENBLAS_NUM_THREADS=1
for lvl in none compress fuse; do
    for w in 50 100 200; do "$bin" digest $shared/istanbul-talks --abstraction $lvl --words $w --format json > "$out/ist-$lvl-$w.json" 2>&1; done
    "$bin" digest $shared/istanbul-talks --abstraction $lvl > "$out/ist-$lvl.txt" 2>&1
    for c in $shared/duc2003/clusters/*; do "$bin" digest "$c" --abstraction $lvl --words 100 --format json > "$out/duc03-$(basename "$c")-$lvl.json" 2>&1; done
    for c in $(ls -d $shared/duc2006/clusters/* | head -9); do "$bin" digest "$c" --abstraction $lvl --words 250 --format json > "$out/duc06-$(basename "$c")-$lvl.json" 2>&1; done
    for c in $(ls -d $shared/duc2007-update/clusters/* | head -12); do "$bin" digest "$c" --abstraction $lvl --words 100 --format json > "$out/duc07-$(basename "$c")-$lvl.json" 2>&1; done
    "$bin" digest --jsonl --words 100 --abstraction $lvl < "$duc2004" > "$out/duc04-$lvl.jsonl" 2>&1
done
for groups in "$@"; do "$bin" fuse < "$groups" > "$out/fuse-$(basename "$groups")" 2>&1; done
echo "wrote $out"
