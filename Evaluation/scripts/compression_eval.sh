#!/usr/bin/env bash
# Issue 16, must-show 5: token F1 and compression ratio of Precis's compressor on the Google and
# Clarke & Lapata (BCN) compression sets, beside the neural systems' run 0 and the input itself.
# Usage: Evaluation/scripts/compression_eval.sh [CORPUS_DIR]   (default ../shared/corpora/compression)
# Prints Markdown table rows: name | dev F1 | dev ratio | test F1 | test ratio | all F1 | all ratio.
# Precis runs with --keep-case: the golds are pure deletions and never re-capitalize a first word.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:-$here/../shared/corpora/compression}"
cd "$here"
swift build -c release --product precis >&2
precis="$here/.build/release/precis"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for set in google bcn; do
    echo "### $set"
    echo "| system | dev F1 | dev ratio | test F1 | test ratio | all F1 | all ratio |"
    echo "|---|---|---|---|---|---|---|"
    python3 Evaluation/scripts/compression_eval.py "$corpus/$set" --systems
    for level in light full; do
        "$precis" compress --keep-case --level "$level" "$corpus/$set/input.txt" > "$out/$set-$level.txt"
        cells=""
        for split in dev test all; do
            read -r _ f _ r _ < <(python3 Evaluation/scripts/compression_eval.py "$corpus/$set" "$out/$set-$level.txt" --split "$split")
            cells="$cells | $f | $(printf '%.2f' "$r")"
        done
        echo "| **Precis $level** $cells |"
    done
    echo
done
