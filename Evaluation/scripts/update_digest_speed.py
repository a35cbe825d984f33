#!/usr/bin/env python3
"""Wall time of update digests against plain digests of the same new articles, CLI, interleaved
(issue 19 must-show 4; the in-process figures come from Benchmarks/).

    Evaluation/scripts/update_digest_speed.py N BIN [BIN ...]

For each binary, N interleaved runs of: D0703-C plain, D0703-C --since A B (with the topic and
Evaluation/configs/update.json), the Istanbul later part plain, and since the earlier part. Prints
medians (and minima) in ms and the update/plain ratios. Includes process start and reading.
"""
import statistics, subprocess, sys, time

N = int(sys.argv[1])
bins = sys.argv[2:]
duc = "/work/shared/corpora/duc2007-update"
ist = "Evaluation/corpora/istanbul-talks"
later = [f"{ist}/000_17fff6f30f82ae0b.txt", f"{ist}/001_57bfc616d560bdc8.txt"]
earlier = [f"{ist}/002_dd24d0e13730de0a.txt", f"{ist}/003_22b61c6839899886.txt", f"{ist}/004_52f60b2b561ad4d2.txt"]
cases = {
    "D0703-C plain": [f"{duc}/clusters/D0703-C", "--words", "100"],
    "D0703-C since A B": [f"{duc}/clusters/D0703-C", "--since", f"{duc}/clusters/D0703-A", f"{duc}/clusters/D0703-B",
                          "--words", "100", "--topic", f"{duc}/topics/D0703.txt"],
    "Istanbul later plain": later,
    "Istanbul later since earlier": later + ["--since"] + earlier,
}
times = {(b, c): [] for b in bins for c in cases}
for _ in range(N):
    for b in bins:
        for c, args in cases.items():
            s = time.perf_counter()
            subprocess.run([b, "digest", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[(b, c)].append((time.perf_counter() - s) * 1000)
for b in bins:
    med = {c: statistics.median(times[(b, c)]) for c in cases}
    print(b)
    for c in cases:
        print(f"  {c}: median {med[c]:.1f} ms (min {min(times[(b, c)]):.1f})")
    print(f"  ratio D0703-C: {med['D0703-C since A B'] / med['D0703-C plain']:.2f}x;"
          f" Istanbul: {med['Istanbul later since earlier'] / med['Istanbul later plain']:.2f}x")
