#!/usr/bin/env python3
"""Compares two precis binaries' default digests cluster by cluster (issue 17, must-show 5).

For every cluster of the given corpora, runs `precis digest CLUSTER --words 100 --format text`
with both binaries. For each cluster whose digest differs, prints the lines only the "before"
digest has, the lines only the "after" digest has, and what cleaning newly drops in that
cluster (`--explain` lines of "after" that "before" does not print), so a reader can check that
a digest changed only where a fragment or a wire note was removed.

    python3 Evaluation/scripts/fragments_digests.py --before /tmp/precis-before \
        --after .build/release/precis /work/shared/corpora/duc2004/clusters \
        /work/shared/corpora/duc2003/clusters
"""
import argparse
import os
import subprocess
import sys


def run(binary, cluster, explain=False):
    command = [binary, "digest", cluster, "--words", "100", "--format", "text"]
    if explain:
        command.append("--explain")
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return result.stdout, result.stderr


def explain_lines(stderr):
    return [line.split("paragraph", 1)[0] + line.split(": dropped ", 1)[-1]
            for line in stderr.splitlines() if line.startswith("precis: explain:")]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True)
    parser.add_argument("--after", required=True)
    parser.add_argument("corpora", nargs="+")
    args = parser.parse_args()
    total = changed = 0
    for corpus in args.corpora:
        name = os.path.basename(os.path.dirname(os.path.normpath(corpus)))
        clusters = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
        corpus_changed = []
        for cluster in clusters:
            path = os.path.join(corpus, cluster)
            total += 1
            before, before_err = run(args.before, path, explain=True)
            after, after_err = run(args.after, path, explain=True)
            if before == after:
                continue
            changed += 1
            old = set(explain_lines(before_err))
            new_drops = [line for line in explain_lines(after_err) if line not in old]
            gone = [line for line in before.splitlines() if line not in after.splitlines()]
            came = [line for line in after.splitlines() if line not in before.splitlines()]
            corpus_changed.append((cluster, gone, came, new_drops))
        print(f"### {name}: {len(corpus_changed)} of {len(clusters)} digests differ\n")
        for cluster, gone, came, drops in corpus_changed:
            print(f"- **{cluster}**")
            for line in drops:
                print(f"  - newly dropped: {line.replace('precis: explain: ', '')[:200]}")
            for line in gone:
                print(f"  - before only: {line[:200]}")
            for line in came:
                print(f"  - after only: {line[:200]}")
        print()
    print(f"{changed} of {total} digests differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
