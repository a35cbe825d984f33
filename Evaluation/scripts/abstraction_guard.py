#!/usr/bin/env python3
"""The faithfulness guard over every digest of a corpus (issue 16, must-show 3).

Usage: abstraction_guard.py PRECIS CONFIG.json CLUSTER_DIR...
  (a CLUSTER_DIR is a folder of one cluster's articles; pass e.g. ../shared/corpora/duc2003/clusters/*)

For each cluster: `precis digest --format json --config CONFIG` gives the items; `precis rank
--format json` (default settings, no compression) gives every source sentence by (document,
sentence index). An item whose text is not its source sentence is a compressed item; every such
pair goes through `precis compress --check` (FaithfulnessGuard: words in order of that one
sentence). An item with several `sources` (JSON schema 2) is a fused item; it goes through
`precis fuse --check` against those sentences (every word trigram in one of them, numbers and names
from them, same negations and modals). Prints items, compressed and fused items and items failing
the guard (with the failures); exits 1 when any fails.
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
    items = compressed = fused = 0
    pairs, groups = [], []
    for cluster in clusters:
        digest = json.loads(run([precis, "digest", cluster, "--format", "json", "--config", config]))
        source = {(r["document"], r["sentenceIndex"]): r["text"] for r in json.loads(run([precis, "rank", cluster, "--format", "json"]))}
        for item in digest["items"]:
            items += 1
            places = [(s["document"], s["sentenceIndex"]) for s in item.get("sources", [])] or [(item["document"], item["sentenceIndex"])]
            if len(places) > 1:
                fused += 1
                groups.append((cluster, [source[p] for p in places], item["text"]))
                continue
            original = source[places[0]]
            if item["text"] != original:
                compressed += 1
                pairs.append((cluster, original, item["text"]))
    failures = []
    if pairs:
        verdicts = run([precis, "compress", "--check"], "".join(f"{o}\t{t}\n" for _, o, t in pairs)).splitlines()
        failures += [((c, o, t), v) for (c, o, t), v in zip(pairs, verdicts) if v != "ok"]
    if groups:
        verdicts = run([precis, "fuse", "--check"], "".join(t + "".join("\t" + s for s in ss) + "\n" for _, ss, t in groups)).splitlines()
        failures += [((c, " | ".join(ss), t), v) for (c, ss, t), v in zip(groups, verdicts) if v != "ok"]
    for (cluster, original, text), verdict in failures:
        print(f"FAIL {cluster}: {verdict}\n  source: {original}\n  item:   {text}")
    share = 100 * (compressed + fused) / max(items, 1)
    print(f"{len(clusters)} clusters, {items} items, {compressed} compressed, {fused} fused ({share:.1f} % abstracted), {len(failures)} failing the guard")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
