#!/usr/bin/env python3
"""Builds a DUC "day" for `precis brief`: every document of the chosen corpora in one folder,
one subfolder per news source (APW, NYT, XIE), cluster names hidden, plus the five Istanbul-talks
articles (subfolder `web`). The true clusters go to a separate TSV for brief_score.py.

    Evaluation/scripts/brief_make_duc_day.py OUT [--corpora ../shared/corpora] [--only duc2006]

The event-grain days of issue 18:

    brief_make_duc_day.py /tmp/dev-day --only duc2003 --only duc2007-update --no-istanbul   # development
    brief_make_duc_day.py /tmp/test-day --only duc2004                                     # test: run once

In duc2007-update each topic's sets A, B and C (clusters `D0703-A`, `-B`, `-C`) are one story
(`duc2007-update/D0703`). File names keep their DOCNO (`APW19981018.0423.txt`), whose date
`precis brief` reads as the article's publication date.

Writes OUT/<source>/<docid>.txt and OUT.truth.tsv (path relative to OUT, TAB, true clusters
joined by ','). A document listed in two clusters (20 such in DUC 2004+2006) is written once and
keeps every cluster it belongs to; brief_score.py says how it scores them. The DUC text is
research-only: build days under /tmp, never in the repository.
"""
import argparse
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--corpora", default=os.path.join(os.path.dirname(ROOT), "shared", "corpora"))
    parser.add_argument("--only", action="append", help="duc2004 or duc2006 (default: both)")
    parser.add_argument("--no-istanbul", action="store_true")
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    truth = {}  # relative path -> set of clusters
    for corpus in args.only or ["duc2004", "duc2006"]:
        base = os.path.join(args.corpora, corpus, "clusters")
        for cluster in sorted(os.listdir(base)):
            for name in sorted(os.listdir(os.path.join(base, cluster))):
                source = name[:3]
                rel = os.path.join(source, name)
                os.makedirs(os.path.join(out, source), exist_ok=True)
                if rel not in truth:
                    shutil.copyfile(os.path.join(base, cluster, name), os.path.join(out, rel))
                story = cluster.split("-")[0] if corpus == "duc2007-update" else cluster
                truth.setdefault(rel, set()).add(f"{corpus}/{story}")
    if not args.no_istanbul:
        ist = os.path.join(ROOT, "Evaluation", "corpora", "istanbul-talks")
        os.makedirs(os.path.join(out, "web"))
        for name in sorted(os.listdir(ist)):
            rel = os.path.join("web", name)
            shutil.copyfile(os.path.join(ist, name), os.path.join(out, rel))
            truth[rel] = {"istanbul-talks"}
    with open(out.rstrip("/") + ".truth.tsv", "w") as f:
        for rel in sorted(truth):
            f.write(f"{rel}\t{','.join(sorted(truth[rel]))}\n")
    listed = sum(len(v) for v in truth.values())
    print(f"{out}: {len(truth)} files ({listed} cluster memberships), truth in {out.rstrip('/')}.truth.tsv",
          file=sys.stderr)


if __name__ == "__main__":
    main()
