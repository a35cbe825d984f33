#!/usr/bin/env python3
"""Writes the settings files of the DUC 2007-update grids (Evaluation/results/update-protocol.md).

    Evaluation/scripts/duc2007_update_grid.py DIR          # v1: DIR/tw<w>-ec<e>-nt<t>.json (75)
    Evaluation/scripts/duc2007_update_grid.py DIR --v2     # v2: DIR/<sel>-tw<w>-tt<t>-ec<e>-nt<n>.json (192)
    Evaluation/scripts/duc2007_update_grid.py DIR --v3     # v3: DIR/<f1|f2|def>-c<c>.json (24): noveltyContainment
    Evaluation/scripts/duc2007_update_grid.py DIR --v4     # v4: DIR/<f1|f2|def>-q<q>.json (18): noveltyShare
    Evaluation/scripts/duc2007_update_grid.py DIR --v5     # v5: DIR/<f1|f2|def>-l<b>.json (18): leadSentenceWeight
    Evaluation/scripts/duc2007_update_grid.py DIR --v6     # v6: DIR/<f1|f2|def>-k<k>.json (9): the concept settings' base
"""
import json, os, sys

TUNED = {"minimumDocuments": 3, "unigramWeight": 0, "positionWeight": 1, "leadSentences": 1, "leadAsDocument": True,
         "surfaceBigrams": True, "minimumWords": 10, "redundancy": 0.4, "paraphraseNeighbors": 10,
         "paraphraseOverlap": 0.6, "standaloneOnly": True}  # Evaluation/configs/default.json's concepts

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def write(name, settings):
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump(settings, f, sort_keys=True)
        f.write("\n")


# v3: noveltyContainment added to v2's fold choices and to the library default (update.json)
V3_BASES = {"f1": (1, 0, 0.5, 2), "f2": (0.5, 1, 1, 2), "def": (0.25, 0, 1, 0.8)}  # tw, tt, ec, nt


def fold_base_grid(letter, knob, values, fixed=None):
    """v3-v5: one knob added to v2's fold choices and to the library default (update.json), with
    ICSI's selection; settings named <f1|f2|def>-<letter><value>."""
    concepts = dict(TUNED, redundancy=2, paraphraseNeighbors=0)
    for base, (tw, tt, ec, nt) in V3_BASES.items():
        for value in values:
            focus = {"topicWeight": tw, "topicTermWeight": tt, "earlierConceptWeight": ec, "noveltyThreshold": nt}
            focus.update(fixed or {})
            focus[knob] = value
            write(f"{base}-{letter}{value}", {"concepts": concepts, "focus": focus})


# v6: the v5 choices (lead weight per base) with three concept bases (update-protocol.md, v6)
V5_LEAD = {"f1": 4, "f2": 8, "def": 4}
GENERIC_CHANGES = {"minimumDocuments": 2, "unigramWeight": 0.1, "supportWeight": 1, "supportSimilarity": 0.4}


def concept_bases():
    """k0: the update mode's concepts (v2's icsi); k1: default.json's concepts today; k2: k0 with
    the four changes the generic default made since v2."""
    icsi = dict(TUNED, redundancy=2, paraphraseNeighbors=0)
    here = os.path.dirname(os.path.abspath(__file__))
    generic = json.load(open(os.path.join(here, "..", "configs", "default.json")))["concepts"]
    return {0: icsi, 1: generic, 2: dict(icsi, **GENERIC_CHANGES)}


if "--v6" in sys.argv:
    for base, (tw, tt, ec, nt) in V3_BASES.items():
        for k, concepts in concept_bases().items():
            write(f"{base}-k{k}", {"concepts": concepts, "focus": {
                "topicWeight": tw, "topicTermWeight": tt, "earlierConceptWeight": ec, "noveltyThreshold": nt,
                "noveltyShare": 0.1, "leadSentenceWeight": V5_LEAD[base]}})
elif "--v5" in sys.argv:  # leadSentenceWeight on v4's choices (noveltyShare 0.1 in all)
    fold_base_grid("l", "leadSentenceWeight", [0, 2, 4, 8, 16, 32], {"noveltyShare": 0.1})
elif "--v4" in sys.argv:
    fold_base_grid("q", "noveltyShare", [0, 0.05, 0.1, 0.15, 0.2, 0.3])
elif "--v3" in sys.argv:
    fold_base_grid("c", "noveltyContainment", [2, 0.9, 0.8, 0.78, 0.75, 0.72, 0.7, 0.6])
elif "--v2" in sys.argv:
    for sel in ["default", "icsi"]:
        concepts = dict(TUNED)
        if sel == "icsi":
            concepts.update(redundancy=2, paraphraseNeighbors=0)
        for tw in [0, 0.25, 0.5, 1]:
            for tt in [0, 0.5, 1, 2]:
                for ec in [0.5, 1]:
                    for nt in [0.7, 0.8, 2]:
                        write(f"{sel}-tw{tw}-tt{tt}-ec{ec}-nt{nt}", {"concepts": concepts, "focus": {
                            "topicWeight": tw, "topicTermWeight": tt, "earlierConceptWeight": ec, "noveltyThreshold": nt}})
else:
    for tw in [0, 0.5, 1, 2, 4]:
        for ec in [0, 0.5, 1]:
            for nt in [0.4, 0.5, 0.6, 0.8, 2]:
                write(f"tw{tw}-ec{ec}-nt{nt}", {"focus": {"topicWeight": tw, "earlierConceptWeight": ec, "noveltyThreshold": nt}})
