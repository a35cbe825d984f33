#!/bin/sh
# Issue 4: run the peer summarizers (sumy, summa, lexrank, sklearn baselines) over DUC 2004 at
# 100 words, on unwrapped paragraphs (DUC documents are hard-wrapped), and lay their summaries
# out as OUT/<System>/<cluster>.txt for ROUGE. Prints per-system total ranking time.
#   sh Evaluation/scripts/summ_peers.sh OUT [CORPUS] [PYTHON] [SYSTEMS]
# (sumy_kl takes ~13 s a cluster: run it as a separate SYSTEMS=sumy_kl job in parallel.)
set -eu
out="$1"
corpus="${2:-../shared/corpora/duc2004}"
python="${3:-/work/.venv-peers/bin/python}"
systems="${4:-sumy_lexrank,sumy_textrank,sumy_lsa,sumy_luhn,sumy_sumbasic,summa_textrank,lexrank,centroid,mmr}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$python" - "$corpus/clusters" "$tmp/in" <<'PY'
import sys, pathlib
src, dst = map(pathlib.Path, sys.argv[1:3])
for c in sorted(p for p in src.iterdir() if p.is_dir()):
    (dst / c.name).mkdir(parents=True)
    for f in sorted(c.glob("*.txt")):
        paragraphs, cur = [], []
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip(): cur.append(line.strip())
            elif cur: paragraphs.append(" ".join(cur)); cur = []
        if cur: paragraphs.append(" ".join(cur))
        (dst / c.name / f.name).write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
PY
"$python" ../shared/tools/peers/summarize_peers.py "$tmp/in" "$tmp/out" --words 100 --batch \
    --systems "$systems" > "$tmp/log.txt"
"$python" - "$tmp/out" "$out" "$tmp/log.txt" <<'PY'
import sys, pathlib, collections
src, dst, log = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
for c in sorted(p for p in src.iterdir() if p.is_dir()):
    for f in c.glob("*.txt"):
        (dst / f.stem).mkdir(parents=True, exist_ok=True)
        (dst / f.stem / f"{c.name}.txt").write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
ms = collections.Counter()
for line in log.read_text().splitlines():
    if line.startswith("#") or " ms " not in line: continue
    name, value = line.split()[:2]
    ms[name] += float(value)
for name, total in sorted(ms.items()):
    print(f"{name}\t{total / 1000:.3f} s")
PY
