#!/usr/bin/env python3
"""Checks that `precis eval --jackknife` reproduces NIST's official DUC 2007 update scores.

Scores the 24 automatic summarizers of ../shared/corpora/duc2007-update/system_summaries with the
task's official flags and compares, to five decimals:
- each system's ROUGE-2 and ROUGE-SU4 recall average and 95% interval with NIST's
  official-rouge/rouge2.jk.m.avg and rougeSU4.jk.m.avg;
- every Average_R/P/F line (ROUGE-1 to 4, L, W-1.2, SU4; average and interval) of NIST's
  ROUGE-1.5.5 output, official-rouge/rougejk.m.out.

Usage: nist_jackknife_parity.py PRECIS_BINARY [SHARED_CORPORA]
Exit 0 when every figure agrees, 1 otherwise.
"""
import json
import re
import subprocess
import sys
import tempfile

FLAGS = "-n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -d"


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 64
    precis = sys.argv[1]
    corpora = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora"
    root = f"{corpora}/duc2007-update"
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run(
            [precis, "eval", "--summaries", f"{root}/system_summaries", "--references", f"{root}/references",
             "--rouge-flags", FLAGS, "--jackknife", "--output", out, "--format", "json"],
            check=True, capture_output=True, text=True)
    ours = {s["name"]: s for s in json.loads(run.stdout)["systems"]}
    compared, disagreements = 0, 0
    for name, key in (("rouge2.jk.m.avg", "rouge-2"), ("rougeSU4.jk.m.avg", "rouge-su4")):
        for line in open(f"{root}/official-rouge/{name}"):
            parts = line.replace("(", " ").replace(")", " ").split()
            system = parts[0]
            if system not in ours:
                continue  # the human summarizers are the references here
            official = (float(parts[1]), float(parts[3]), float(parts[5]))
            score = ours[system][key]
            mine = (score["recall"], *score["interval"]["recall"])
            compared += 1
            if any(f"{a:.5f}" != f"{b:.5f}" for a, b in zip(official, mine)):
                disagreements += 1
                print(f"{key} {system}: NIST {official}, Precis {tuple(round(x, 5) for x in mine)}")
    print(f"{compared} system-metric pairs of the .avg files compared (average and 95% interval, 5 decimals): "
          f"{disagreements} disagree")
    average = re.compile(r"^(\S+) (ROUGE-\S+) Average_([RPF]): ([0-9.]+) \(95%-conf.int. ([0-9.]+) - ([0-9.]+)\)$")
    lines, line_disagreements = 0, 0
    for line in open(f"{root}/official-rouge/rougejk.m.out"):
        m = average.match(line.strip())
        if not m or m[1] not in ours:
            continue
        score = ours[m[1]][m[2].lower()]
        measure = {"R": "recall", "P": "precision", "F": "f"}[m[3]]
        mine = (score[measure], *score["interval"][measure])
        lines += 1
        if any(f"{float(a):.5f}" != f"{b:.5f}" for a, b in zip(m.groups()[3:], mine)):
            line_disagreements += 1
            print(f"rougejk.m.out {m[1]} {m[2]} {m[3]}: NIST {m.groups()[3:]}, Precis {tuple(round(x, 5) for x in mine)}")
    print(f"{lines} Average lines of rougejk.m.out compared: {line_disagreements} disagree")
    failed = disagreements or line_disagreements or compared == 0 or lines == 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
