#!/usr/bin/env python3
"""Counts fragments among the sentences `precis rank` gives for every cluster of some corpora.

A fragment is a ranked sentence that starts in lower case or ends without terminal punctuation
(issue 17, must-show 1). Opening quotes and brackets are skipped before the first letter is read;
closing quotes and brackets are skipped before the last character is read; `.`, `!`, `?` and
`…` end a sentence.

    python3 Evaluation/scripts/fragments_count.py --precis .build/release/precis \
        /work/shared/corpora/duc2004/clusters /work/shared/corpora/duc2003/clusters \
        /work/shared/corpora/duc2006/clusters [--list]

Prints one line per corpus (clusters, sentences, fragments) and the total; `--list` also prints
every fragment as `corpus/cluster document#sentence text`.
"""
import argparse
import json
import os
import subprocess
import sys

OPENING = "\"'`“‘«([{"
CLOSING = "\"'`”’»)]}"
TERMINAL = ".!?…"


def is_fragment(text):
    """Whether a sentence starts in lower case or ends without terminal punctuation."""
    head = text.lstrip(OPENING + " ")
    tail = text.rstrip(CLOSING + " ")
    if not head or not tail:
        return True
    return head[0].islower() or tail[-1] not in TERMINAL


def ranked_sentences(precis, cluster):
    out = subprocess.run([precis, "rank", cluster, "--format", "json"], check=True,
                         capture_output=True, text=True).stdout
    data = json.loads(out)
    return data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--precis", required=True)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("corpora", nargs="+", help="folders of cluster folders")
    args = parser.parse_args()
    total_sentences = total_fragments = 0
    listed = []
    for corpus in args.corpora:
        name = os.path.basename(os.path.dirname(os.path.normpath(corpus))) or corpus
        clusters = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
        sentences = fragments = 0
        for cluster in clusters:
            for item in ranked_sentences(args.precis, os.path.join(corpus, cluster)):
                sentences += 1
                if is_fragment(item["text"]):
                    fragments += 1
                    listed.append(f"{name}/{cluster} {item['document']}#{item['sentenceIndex']} {item['text']}")
        print(f"{name}: {len(clusters)} clusters, {sentences} sentences, {fragments} fragments")
        total_sentences += sentences
        total_fragments += fragments
    print(f"total: {total_sentences} sentences, {total_fragments} fragments")
    if args.list:
        for line in listed:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
