#!/usr/bin/env python3
"""Checks that no `precis brief` headline is a fragment (issue 17, must-show 1).

Runs `precis brief FOLDER --format json --stories 100` and checks each story's headline: it must not start in
lower case, and it must either be a line that stands alone in one of the story's articles (the
whole line, with a blank line or the file's edge before and after it) or end like a sentence.
Prints every headline with its verdict and the count of fragments.

    python3 Evaluation/scripts/brief_headlines_check.py --precis .build/release/precis FOLDER
"""
import argparse
import json
import os
import subprocess
import sys

CLOSING = "\"'`”’»)]}"


def standalone_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = [line.strip() for line in f.read().splitlines()]
    out = set()
    for i, line in enumerate(lines):
        before = i == 0 or lines[i - 1] == ""
        after = i == len(lines) - 1 or lines[i + 1] == ""
        if line and before and after:
            out.add(" ".join(line.split()))
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--precis", required=True)
    parser.add_argument("--stories", default="100", help="stories to show (brief's --stories)")
    parser.add_argument("folder")
    args = parser.parse_args()
    out = subprocess.run([args.precis, "brief", args.folder, "--format", "json", "--quiet",
                          "--stories", args.stories],
                         capture_output=True, text=True, check=True).stdout
    stories = json.loads(out)["stories"]
    fragments = 0
    for story in stories:
        headline = " ".join(story["headline"].split())
        alone = set()
        for document in story["documents"]:
            alone |= standalone_lines(os.path.join(args.folder, document))
        sentence = headline.rstrip(CLOSING)[-1:] in ".!?…"
        ok = not headline[:1].islower() and (headline in alone or sentence)
        fragments += not ok
        print(f"{'ok  ' if ok else 'FRAG'} {'line' if headline in alone else 'sent' if sentence else '----'} {headline[:150]}")
    print(f"{len(stories)} headlines, {fragments} fragments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
