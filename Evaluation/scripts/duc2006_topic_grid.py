#!/usr/bin/env python3
"""DUC 2006 topic-mode grid (Evaluation/results/update-protocol.md, "DUC 2006 topic mode").

    Evaluation/scripts/duc2006_topic_grid.py BIN OUT [--jobs 2] [--score] [--v2 | --v3 | --v4]

Writes OUT/configs/<setting>.json (108 settings: base icsi|tuned x unigramWeight x topicWeight x
topicTermWeight x minimumRelevance; with --v2 the addendum's 48; with --v3 the 30 of round v3 in
duc2006-tuning.md: topicWeight x minimumRelevance x pseudo-relevance feedback; with --v4 round v4's
8, with and without the lead prior), then OUT/summaries/<setting>/<cluster>.txt
(`BIN digest clusters/<c> --config <setting>.json --words 250 --topic topics/<c>.txt`; a summary
already written is kept, so an interrupted run resumes), and links system 24's summaries as
OUT/summaries/peer-24. With --score: `BIN eval --summaries OUT/summaries --jackknife` with the
task's flags into OUT/eval (per-cluster.csv is what duc2006_topic_cv.py reads).
"""
import argparse, itertools, json, os, subprocess
from concurrent.futures import ThreadPoolExecutor

CORPUS = os.environ.get("DUC2006", "/work/shared/corpora/duc2006")
FLAGS = "-n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -l 250"
HERE = os.path.dirname(os.path.abspath(__file__))
BASES = {
    # the concept settings of the earlier run (Evaluation/configs/update.json)
    "icsi": json.load(open(os.path.join(HERE, "../configs/update.json")))["concepts"],
    # the default digest's (DigestOptions.tunedConcepts, spelt out in Evaluation/configs/default.json)
    "tuned": json.load(open(os.path.join(HERE, "../configs/default.json")))["concepts"],
}
GRID = {
    "base": ["icsi", "tuned"],
    "uw": [0, 0.15, 0.4],
    "tw": [0.25, 1, 2],
    "tt": [0, 1, 2],
    "mr": [0, 0.2],
}
# the v2 addendum's grid (written after v1's cross-validation, so not blind)
GRID_V2 = {
    "base": ["icsi"],
    "uw": [0, 0.15],
    "tw": [1, 2, 4],
    "tt": [0, 1],
    "mr": [0.1, 0.2, 0.3, 0.4],
}
# round v3 (Evaluation/results/duc2006-tuning.md, session 10): pseudo-relevance feedback,
# (expansionSentences, expansionWeight); (0, None) is no feedback, the v1 settings' names
GRID_V3 = {
    "base": ["icsi"],
    "uw": [0],
    "tw": [1, 2, 4],
    "tt": [0],
    "mr": [0, 0.2],
    "x": [(0, None), (5, 0.5), (5, 1), (20, 0.5), (20, 1)],
}

# round v4 (same file, written after v3's figures): no lead prior beside ICSI's lead count
GRID_V4 = {
    "base": ["icsi"],
    "uw": [0],
    "tw": [1, 2],
    "tt": [0],
    "mr": [0.2],
    "x": [(0, None), (20, 0.5)],
    "lead": [True, False],
}


def fmt(x):
    return f"{x:g}"


def settings(grid):
    """Every setting of `grid`: (name, settings-file object)."""
    for base, uw, tw, tt, mr, (k, beta), lead in itertools.product(
            grid["base"], grid["uw"], grid["tw"], grid["tt"], grid["mr"], grid.get("x", [(0, None)]),
            grid.get("lead", [True])):
        name = f"{base}-uw{fmt(uw)}-tw{fmt(tw)}-tt{fmt(tt)}-mr{fmt(mr)}"
        concepts = dict(BASES[base], unigramWeight=uw)
        focus = {"topicWeight": tw, "topicTermWeight": tt, "minimumRelevance": mr,
                 "earlierConceptWeight": 1, "noveltyThreshold": 0.8,
                 "leadSentenceWeight": 0}  # off, as every DUC 2006 round ran (the focus default is 4 since update v5)
        if k:
            name += f"-x{k}-b{fmt(beta)}"
            focus.update(expansionSentences=k, expansionWeight=beta)
        if not lead:  # no lead prior: a concept weighs the documents holding it
            name += "-nolead"
            concepts.update(positionWeight=0, leadAsDocument=False)
        yield name, {"method": "concepts", "concepts": concepts, "focus": focus}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin")
    parser.add_argument("out")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--score", action="store_true")
    parser.add_argument("--v2", action="store_true", help="the v2 addendum's grid")
    parser.add_argument("--v3", action="store_true", help="round v3's grid (pseudo-relevance feedback)")
    parser.add_argument("--v4", action="store_true", help="round v4's grid (no lead prior)")
    args = parser.parse_args()
    clusters = sorted(os.listdir(os.path.join(CORPUS, "clusters")))
    os.makedirs(os.path.join(args.out, "configs"), exist_ok=True)
    tasks = []
    for name, obj in settings(GRID_V4 if args.v4 else GRID_V3 if args.v3 else GRID_V2 if args.v2 else GRID):
        config = os.path.join(args.out, "configs", name + ".json")
        with open(config, "w") as f:
            json.dump(obj, f, indent=2)
        folder = os.path.join(args.out, "summaries", name)
        os.makedirs(folder, exist_ok=True)
        for c in clusters:
            target = os.path.join(folder, c + ".txt")
            if not os.path.exists(target):
                tasks.append((config, c, target))

    def run(task):
        config, c, target = task
        text = subprocess.run(
            [args.bin, "digest", os.path.join(CORPUS, "clusters", c), "--config", config, "--words", "250",
             "--topic", os.path.join(CORPUS, "topics", c + ".txt")], check=True, capture_output=True).stdout
        with open(target + ".tmp", "wb") as f:
            f.write(text)
        os.replace(target + ".tmp", target)

    with ThreadPoolExecutor(args.jobs) as pool:
        for _ in pool.map(run, tasks):
            pass
    peer = os.path.join(args.out, "summaries", "peer-24")
    if not os.path.exists(peer):
        os.symlink(os.path.join(CORPUS, "system_summaries", "24"), peer)
    print(f"{len(tasks)} digests written")
    if args.score:
        subprocess.run([args.bin, "eval", "--summaries", os.path.join(args.out, "summaries"),
                        "--references", os.path.join(CORPUS, "references"), "--rouge-flags", FLAGS,
                        "--output", os.path.join(args.out, "eval"), "--jackknife"], check=True)


main()
