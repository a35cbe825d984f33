#!/usr/bin/env bash
# Latency of the main job on the five Istanbul-talks articles, release build:
#  - whole CLI process (hyperfine, 5 warm-up runs, >= 50 runs), text and JSON output;
#  - in-process digest (ordo-one/benchmark package in Benchmarks/: fit + score + select,
#    reading excluded; and read + clean alone);
#  - instructions per call (valgrind callgrind, machine-load independent).
# Needs hyperfine and valgrind (apt-get install -y hyperfine valgrind).
#   Evaluation/scripts/latency.sh > Evaluation/results/latency-run.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product precis >&2
sample=Evaluation/corpora/istanbul-talks
echo "## CLI process (hyperfine)"
hyperfine -N -w 5 -m 50 --export-markdown /dev/stdout \
    ".build/release/precis digest $sample" \
    ".build/release/precis digest $sample --format json" 2>/dev/null
echo
echo "## In-process (ordo-one/benchmark)"
(cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --format markdown 2>/dev/null \
    | sed -n '/## DigestBenchmarks/,$p' | grep -E '^###|Time \(wall|Memory|Malloc')
echo
echo "## Instructions (callgrind, whole CLI process, OPENBLAS_NUM_THREADS=1)"
OPENBLAS_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file=/tmp/precis-latency.cg \
    .build/release/precis digest "$sample" >/dev/null 2>&1
callgrind_annotate --inclusive=yes /tmp/precis-latency.cg 2>/dev/null \
    | grep -E 'PROGRAM TOTALS|DigesterV3fit|DigesterV6digestyAA6DigestVAA12ClusterModel|DocumentReaderV4read5paths|shipped_WZ' \
    | grep -v '^ *[0-9,]* ([ 0-9.]*%)  Sources' | sed -E 's/ \[.*//' | cut -c1-150
