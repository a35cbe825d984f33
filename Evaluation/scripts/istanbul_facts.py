#!/usr/bin/env python3
"""Which of the five facts issue 2 asks of the 100-word Istanbul digest does a digest carry?

The facts (issue 2, must-show 3): who invites whom, where and when, the ceasefire condition,
Trump's push for talks, the allies' sanctions threat. Each is a pattern over one digest item
(a fact is carried when one sentence states it), written from the five articles' own wordings
before any setting was scored with it. The patterns are deliberately plain; read the printed
items when a figure surprises you.

    python3 Evaluation/scripts/istanbul_facts.py                       # the default digest
    python3 Evaluation/scripts/istanbul_facts.py --config Evaluation/configs/lexrank.json
    python3 Evaluation/scripts/istanbul_facts.py --precis .build/release/precis -- --words 120

Exit status: 0 when all five are carried, 1 when some are missing, 2 when precis failed.
"""
import argparse
import json
import re
import subprocess
import sys

ROOT = __file__.rsplit("/Evaluation/", 1)[0]

# fact -> every pattern must match one item (case-insensitive)
FACTS = {
    "who invites whom": [r"zelensk", r"putin", r"invit|meet|talks|discussion|negotiation|dialogue"],
    "where and when": [r"istanbul|türkiye|turkey", r"thursday"],
    "ceasefire condition": [
        r"cease-?fire|truce",
        r"precede|prior to|before|once|ahead of|first|until|in place|only",
        r"talks|discussion|negotiation|dialogue|diplomacy",
    ],
    "Trump's push for talks": [r"trump", r"urg|push|call|demand|encourag|press"],
    "allies' sanctions threat": [r"sanction", r"ally|allies|allied|leaders|coalition|european|western|group|they"],
}


def carried(items):
    found = {}
    for fact, patterns in FACTS.items():
        for i, item in enumerate(items):
            if all(re.search(p, item["text"], re.IGNORECASE) for p in patterns):
                found[fact] = i + 1
                break
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--precis", default=f"{ROOT}/.build/release/precis")
    parser.add_argument("--corpus", default=f"{ROOT}/Evaluation/corpora/istanbul-talks")
    parser.add_argument("--config", help="a settings file for precis digest --config")
    parser.add_argument("rest", nargs="*", help="more precis digest arguments, after --")
    args = parser.parse_args()
    command = [args.precis, "digest", args.corpus, "--format", "json"] + (["--config", args.config] if args.config else []) + args.rest
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        print(f"precis failed ({run.returncode}): {run.stderr.strip()}", file=sys.stderr)
        return 2
    digest = json.loads(run.stdout)
    items = digest["items"]
    found = carried(items)
    words = sum(len(item["text"].split()) for item in items)
    for i, item in enumerate(items, 1):
        print(f"{i}. ({len(item['text'].split())} words) {item['text']}")
    print(f"\n{words} words, {len(found)} of {len(FACTS)} facts")
    for fact in FACTS:
        print(f"  {'yes' if fact in found else 'NO '}  {fact}" + (f" (item {found[fact]})" if fact in found else ""))
    return 0 if len(found) == len(FACTS) else 1


if __name__ == "__main__":
    sys.exit(main())
