#!/usr/bin/env python3
"""The faithfulness guard over every digest of a corpus (issue 16, must-show 3, compression part).

Usage: abstraction_guard.py PRECIS CONFIG.json CLUSTER_DIR...
  (a CLUSTER_DIR is a folder of one cluster's articles; pass e.g. ../shared/corpora/duc2003/clusters/*)

For each cluster: `precis digest --format json --config CONFIG` gives the items; `precis rank
--format json` (default settings, no compression) gives every source sentence by (document,
sentence index). An item whose text is not its source sentence is a compressed item; every such
pair goes through `precis compress --check` (FaithfulnessGuard). Prints items, compressed items
and items failing the guard (with the failures); exits 1 when any fails.
"""
import json
import subprocess
import sys


def run(args, stdin=None):
    r = subprocess.run(args, input=stdin, capture_output=True, text=True)
    if r.returncode not in (0, 2):
        sys.exit(f"abstraction_guard: {' '.join(args)} failed: {r.stderr.strip()}")
    return r.stdout


def main():
    precis, config, clusters = sys.argv[1], sys.argv[2], sys.argv[3:]
    items = compressed = 0
    pairs = []
    for cluster in clusters:
        digest = json.loads(run([precis, "digest", cluster, "--format", "json", "--config", config]))
        source = {(r["document"], r["sentenceIndex"]): r["text"] for r in json.loads(run([precis, "rank", cluster, "--format", "json"]))}
        for item in digest["items"]:
            items += 1
            original = source[(item["document"], item["sentenceIndex"])]
            if item["text"] != original:
                compressed += 1
                pairs.append((cluster, original, item["text"]))
    failures = []
    if pairs:
        verdicts = run([precis, "compress", "--check"], "".join(f"{o}\t{t}\n" for _, o, t in pairs)).splitlines()
        failures = [(p, v) for p, v in zip(pairs, verdicts) if v != "ok"]
    for (cluster, original, text), verdict in failures:
        print(f"FAIL {cluster}: {verdict}\n  source: {original}\n  item:   {text}")
    print(f"{len(clusters)} clusters, {items} items, {compressed} compressed ({100 * compressed / max(items, 1):.1f} %), {len(failures)} failing the guard")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
