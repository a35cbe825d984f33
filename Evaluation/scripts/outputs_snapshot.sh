#!/usr/bin/env bash
# Writes every output a behaviour-preserving change must leave byte-identical, for `cmp -r`
# between two builds (issue 14's check):
#   Evaluation/scripts/outputs_snapshot.sh BIN OUT DUC_DAY_FOLDER DAY_10K_JSONL
# BIN: a release `precis`; DUC_DAY_FOLDER from brief_make_duc_day.py; DAY_10K_JSONL from
# `precis bench --sizes 10000 --work DIR` (DIR/day-10000.jsonl). Corpora from ../shared.
# Writes: the Istanbul digest (text, Markdown, JSON) and ranking; every settings file in
# Evaluation/configs run by `precis eval` over DUC 2004, 2003 and 2006 (the summaries of every
# method, per-cluster CSV, results.json, chart); `eval --format json` of the default on DUC 2004;
# the DUC-day brief (JSON, Markdown, HTML) and the 10k brief (JSON).
#   diff -r OUT_OLD OUT_NEW && echo identical
set -uo pipefail
bin=$1; out=$2; day=$3; day10k=$4
cd "$(dirname "$0")/../.."
shared=../shared/corpora
mkdir -p "$out"
"$bin" digest Evaluation/corpora/istanbul-talks > "$out/ist.txt"
"$bin" digest Evaluation/corpora/istanbul-talks --format markdown > "$out/ist.md"
"$bin" digest Evaluation/corpora/istanbul-talks --format json > "$out/ist.json"
"$bin" rank Evaluation/corpora/istanbul-talks --format json > "$out/ist-rank.json"
configs=(); for c in Evaluation/configs/*.json; do configs+=(--config "$c"); done
for corpus in duc2004 duc2003 duc2006; do
    "$bin" eval "$shared/$corpus" "${configs[@]}" --format json --output "$out/eval-$corpus" > "$out/eval-$corpus.json" 2>/dev/null
done
"$bin" eval "$shared/duc2004" --format json --output "$out/eval-duc2004-default" > "$out/eval-duc2004-default.json" 2>/dev/null
"$bin" brief "$day" --format json --quiet > "$out/brief-day.json" 2>/dev/null
"$bin" brief "$day" --format markdown --quiet > "$out/brief-day.md" 2>/dev/null
"$bin" brief "$day" --format html --quiet > "$out/brief-day.html" 2>/dev/null
"$bin" brief "$day10k" --format json --quiet > "$out/brief-10k.json" 2>/dev/null
echo "wrote $out"
