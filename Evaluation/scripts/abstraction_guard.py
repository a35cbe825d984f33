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
from them, same negations and modals). An item with `names` (names completed on first mention,
`completeNames`) is checked first for those: each cited sentence must be in one of the item's
sources' articles, before that source sentence, and write the name ("Ken Kirkhart") with its
given names right before the surname; the item's text must hold the given names right before
that surname, and with them taken out, the text goes through the checks above. Prints items,
compressed, fused and named items and items failing the guard (with the failures); exits 1 when
any fails.
"""
import re
import json
import subprocess
import sys


def run(args, stdin=None):
    r = subprocess.run(args, input=stdin, capture_output=True, text=True)
    if r.returncode not in (0, 2):
        sys.exit(f"abstraction_guard: {' '.join(args)} failed: {r.stderr.strip()}")
    return r.stdout


def unnamed(item, source):
    """The item's text with its completed given names taken out, or a reason it fails."""
    text = item["text"]
    places = {s["document"]: s["sentenceIndex"] for s in item.get("sources", [])} or {item["document"]: item["sentenceIndex"]}
    for name in item.get("names") or []:
        doc, index = name["document"], name["sentenceIndex"]
        if doc not in places or index >= places[doc]:
            return None, f"cites {doc} #{index}, not an earlier sentence of the item's article"
        given, _, surname = name["name"].rpartition(" ")
        if not given or not re.search(r"(?<!\w)" + re.escape(name["name"]) + r"(?!\w)", source.get((doc, index), "")):
            return None, f"cited sentence {doc} #{index} does not write “{name['name']}”"
        # the first bare mention: the given names right before the surname
        match = re.search(r"(?<!\w)" + re.escape(given) + r" (?=" + re.escape(surname) + r"(?!\w))", text)
        if not match:
            return None, f"the text does not write “{name['name']}”"
        text = text[:match.start()] + text[match.end():]
    return text, None


def main():
    precis, config, clusters = sys.argv[1], sys.argv[2], sys.argv[3:]
    items = compressed = fused = named = 0
    pairs, groups, failures = [], [], []
    for cluster in clusters:
        digest = json.loads(run([precis, "digest", cluster, "--format", "json", "--config", config]))
        source = {(r["document"], r["sentenceIndex"]): r["text"] for r in json.loads(run([precis, "rank", cluster, "--format", "json"]))}
        for item in digest["items"]:
            items += 1
            if item.get("names"):
                named += 1
                text, why = unnamed(item, source)
                if why:
                    failures.append(((cluster, "", item["text"]), why))
                    continue
                item = dict(item, text=text)
            places = [(s["document"], s["sentenceIndex"]) for s in item.get("sources", [])] or [(item["document"], item["sentenceIndex"])]
            if len(places) > 1:
                fused += 1
                groups.append((cluster, [source[p] for p in places], item["text"]))
                continue
            original = source[places[0]]
            if item["text"] != original:
                compressed += 1
                pairs.append((cluster, original, item["text"]))
    if pairs:
        verdicts = run([precis, "compress", "--check"], "".join(f"{o}\t{t}\n" for _, o, t in pairs)).splitlines()
        failures += [((c, o, t), v) for (c, o, t), v in zip(pairs, verdicts) if v != "ok"]
    if groups:
        verdicts = run([precis, "fuse", "--check"], "".join(t + "".join("\t" + s for s in ss) + "\n" for _, ss, t in groups)).splitlines()
        failures += [((c, " | ".join(ss), t), v) for (c, ss, t), v in zip(groups, verdicts) if v != "ok"]
    for (cluster, original, text), verdict in failures:
        print(f"FAIL {cluster}: {verdict}\n  source: {original}\n  item:   {text}")
    share = 100 * (compressed + fused) / max(items, 1)
    print(f"{len(clusters)} clusters, {items} items, {compressed} compressed, {fused} fused ({share:.1f} % abstracted), "
          f"{named} with names completed, {len(failures)} failing the guard")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
