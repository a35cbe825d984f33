#!/usr/bin/env bash
# Speed of `precis brief --since` (issue 19 must-show 4): today's synthetic 10k day with and
# without yesterday's 10k day as --since, interleaved, N runs each (default 3), medians.
#   Evaluation/scripts/brief_since_speed.sh BIN WORK [N]
# The days come from `precis bench` (same corpora, seeds 2024 = yesterday and 2025 = today: the
# same stories re-sampled, so nearly every story continues, the most work --since can cause).
set -euo pipefail
bin=$1; work=$2; n=${3:-3}
corpora=${CORPORA:-/work/shared/corpora/duc2003,/work/shared/corpora/duc2006,/work/shared/corpora/duc2007-update}
mkdir -p "$work/yesterday" "$work/today"
[[ -f $work/yesterday/day-10000.jsonl ]] || "$bin" bench --sizes 10000 --corpora "$corpora" --seed 2024 --repeat 1 --work "$work/yesterday" > /dev/null
[[ -f $work/today/day-10000.jsonl ]] || "$bin" bench --sizes 10000 --corpora "$corpora" --seed 2025 --repeat 1 --work "$work/today" > /dev/null
today=$work/today/day-10000.jsonl; yesterday=$work/yesterday/day-10000.jsonl
for ((k = 1; k <= n; k++)); do
    s=$(date +%s.%N); "$bin" brief "$today" --format json --quiet --timing -o "$work/plain.json" 2> "$work/plain-$k.timing"; e=$(date +%s.%N)
    echo "plain $(echo "$e - $s" | bc) $(cat "$work/plain-$k.timing")"
    s=$(date +%s.%N); "$bin" brief "$today" --since "$yesterday" --format json --quiet --timing -o "$work/since.json" 2> "$work/since-$k.timing"; e=$(date +%s.%N)
    echo "since $(echo "$e - $s" | bc) $(cat "$work/since-$k.timing")"
done
python3 - "$work/since.json" <<'PY'
import json, sys
stories = json.load(open(sys.argv[1]))["stories"]
print("stories shown:", len(stories), "continuing:", sum(s.get("status") == "continuing" for s in stories),
      "digests with no items:", sum(1 for s in stories if s.get("digest") and not s["digest"]["items"]))
PY
