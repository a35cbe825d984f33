#!/usr/bin/env bash
# Runs docs/distributed.md's Spark example for real, in Spark local mode: the DUC 2003, 2004 and
# 2006 clusters as JSON Lines through RDD.pipe into `precis digest --jsonl`, then checks that
# the output equals one `precis digest --jsonl` process's (cmp after sorting by id).
#   Evaluation/scripts/spark_digest.sh [WORK_DIR]      (default /tmp/precis-spark)
# Needs: a `precis` on PATH (scripts/install.sh) or PRECIS=/path/to/precis; a Java runtime
# (installed with apt-get when missing: default-jre-headless); pyspark from PyPI, installed into
# .venv-spark (ignored by git).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/precis-spark}"
corpora="${CORPORA:-$root/../shared/corpora}"
precis="${PRECIS:-$(command -v precis || true)}"
[ -x "$precis" ] || { echo "spark_digest: no precis on PATH; run scripts/install.sh or set PRECIS" >&2; exit 1; }
precis="$(cd "$(dirname "$precis")" && pwd)/$(basename "$precis")"

if ! command -v java >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get update -q && apt-get install -y -q default-jre-headless
    else echo "spark_digest: no Java; run: sudo apt-get install default-jre-headless" >&2; exit 1; fi
fi
venv="$root/.venv-spark"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import pyspark" 2>/dev/null || "$venv/bin/pip" install -q pyspark

rm -rf "$work"; mkdir -p "$work"
# One line per cluster: {"id": "duc2004/d30001t", "documents": [{"id": file, "text": …}, …]}
python3 - "$corpora" > "$work/clusters.jsonl" <<'PY'
import json, os, sys
corpora = sys.argv[1]
for corpus in ["duc2003", "duc2004", "duc2006"]:
    root = os.path.join(corpora, corpus, "clusters")
    for cluster in sorted(os.listdir(root)):
        folder = os.path.join(root, cluster)
        docs = [{"id": name, "text": open(os.path.join(folder, name), encoding="utf-8", errors="replace").read()}
                for name in sorted(os.listdir(folder))]
        print(json.dumps({"id": f"{corpus}/{cluster}", "documents": docs}, ensure_ascii=False))
PY
echo "clusters: $(wc -l < "$work/clusters.jsonl") lines, $(du -h "$work/clusters.jsonl" | cut -f1)"

command="$precis digest --jsonl --words 100"
start=$(date +%s.%N)
$command < "$work/clusters.jsonl" > "$work/single.jsonl"
echo "one process: $(echo "$(date +%s.%N) - $start" | bc) s"

start=$(date +%s.%N)
"$venv/bin/python" "$root/Evaluation/scripts/spark_digest.py" "$work/clusters.jsonl" "$work/spark-out" "$command" 4
echo "spark local (whole run, JVM start included): $(echo "$(date +%s.%N) - $start" | bc) s"

by_id() { python3 -c 'import json, sys; sys.stdout.buffer.writelines(sorted(sys.stdin.buffer, key=lambda l: json.loads(l)["id"]))'; }
cat "$work"/spark-out/part-* | by_id > "$work/spark.sorted.jsonl"
by_id < "$work/single.jsonl" > "$work/single.sorted.jsonl"
cmp "$work/spark.sorted.jsonl" "$work/single.sorted.jsonl"
echo "equal: $(wc -l < "$work/spark.sorted.jsonl") digests, $(wc -c < "$work/spark.sorted.jsonl") bytes (cmp after sorting by id)"
