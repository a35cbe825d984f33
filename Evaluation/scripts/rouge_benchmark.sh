#!/bin/sh
# Must-show 2: times Precis and the official ROUGE-1.5.5 on the same work, in one run: the 13
# published DUC 2004 systems (650 summaries, 200 references), standard setting
# -n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u (ROUGE-1..4, L, SU4, 1000 resamples).
#   sh Evaluation/scripts/rouge_benchmark.sh [PRECIS_BINARY] [PYTHON]
# Needs a release build (swift build -c release) and the oracle (setup_oracle.sh).
set -eu
precis="${1:-.build/release/precis}"
python="${2:-python3}"
duc="${PRECIS_DUC2004:-../shared/corpora/duc2004}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
flags="-n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u"
now() { date +%s.%N; }
echo "machine: $(nproc) cores, $(uname -sm); precis: $precis"
t0=$(now)
"$precis" eval --summaries "$duc/system_summaries" --references "$duc/references" --rouge-flags "$flags" \
    --format json --output "$out/precis" > "$out/precis.json"
t1=$(now)
"$python" "$(dirname "$0")/rouge_oracle.py" --summaries "$duc/system_summaries" --references "$duc/references" \
    --flags "$flags" > "$out/perl.json"
t2=$(now)
"$python" - "$out/precis.json" "$out/perl.json" "$t0" "$t1" "$t2" <<'PY'
import json, sys
precis, perl = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
t0, t1, t2 = map(float, sys.argv[3:6])
mine = {s["name"]: s for s in precis["systems"]}
worst = {}
for s in perl["systems"]:
    for metric, v in s.items():
        if metric == "name":
            continue
        for k in ("recall", "precision", "f"):
            worst[metric] = max(worst.get(metric, 0.0), abs(round(mine[s["name"]][metric][k], 5) - v[k]))
print(f"precis eval (whole process, 650 summaries): {t1 - t0:.3f} s")
print(f"ROUGE-1.5.5 perl run: {perl['seconds']:.3f} s (with config + DB setup: {t2 - t1:.3f} s)")
print(f"speed-up: {perl['seconds'] / (t1 - t0):.1f}x")
print("max |precis - perl| of printed averages (R/P/F):", ", ".join(f"{m} {d:.5f}" for m, d in sorted(worst.items())))
PY
