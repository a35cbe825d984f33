#!/bin/sh
# Issue 4: the DUC 2004 report, in one run. Builds the harness, summarizes the 50 clusters with
# every settings file (in-process, Precis ROUGE), confirms with the official ROUGE-1.5.5 (standard
# setting), scores the published systems, and times every method in-process (one thread).
#   sh Evaluation/scripts/summ_duc2004.sh OUT [CORPUS]
# DUC 2004 is the test set: this script reports, it never chooses a setting.
set -eu
out="$1"
corpus="${2:-../shared/corpora/duc2004}"
flags="-n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a"
PRECIS_DEV=1 swift build -c release --product summ_harness --scratch-path .build-summ-harness >/dev/null
h=.build-summ-harness/release/summ_harness
set --
for f in default centroid-mmr centroid-mmr-classic lead centroid lexrank lexrank-classic lexrank-mmr textrank sumbasic klsum submodular concepts-icsi concepts; do
    set -- "$@" "$f=Evaluation/configs/$f.json"
done
mkdir -p "$out"
"$h" score "$corpus" --words 100 --rouge "-n 2 -m -l 100 -f A -a" --out "$out/summaries" "$@" > "$out/precis-rouge.tsv"
/work/.venv-peers/bin/python Evaluation/scripts/rouge_oracle.py --summaries "$out/summaries" \
    --references "$corpus/references" --flags "$flags" > "$out/perl-ours.json"
OPENBLAS_NUM_THREADS=1 "$h" time "$corpus" --words 100 --repeat 3 --threads 1 "$@" > "$out/timing.txt"
