#!/bin/bash
# Issue 15: the development search of Evaluation/results/duc2003-protocol.md. Runs every shipped
# setting and the protocol's grid on DUC 2003 and DUC 2007-update set A (100 words) with
# `precis eval`, and prints one JSON line of means per corpus. DUC 2004 is never read here.
#   bash Evaluation/scripts/duc2003_tune.sh OUT [SHARED_CORPORA] [PRECIS]
set -eu
out="$1"; corpora="${2:-../shared/corpora}"; precis="${3:-.build/release/precis}"
mkdir -p "$out/configs"
bash Evaluation/scripts/link_duc2007A.sh "$out" "$corpora"
cfg="$out/configs"
for f in Evaluation/configs/*.json; do cp "$f" "$cfg/"; done
# the product rules every candidate keeps (duc2003-protocol.md); no support concepts (they came later)
rules='"supportWeight": 0, "surfaceBigrams": true, "minimumWords": 10, "redundancy": 0.4, "paraphraseNeighbors": 10, "paraphraseOverlap": 0.6, "standaloneOnly": true'
for lead in none icsi lead3 bonus; do
    case $lead in
        none) l='"positionWeight": 0, "leadSentences": 3, "leadAsDocument": false' ;;
        icsi) l='"positionWeight": 1, "leadSentences": 1, "leadAsDocument": true' ;;
        lead3) l='"positionWeight": 1, "leadSentences": 3, "leadAsDocument": true' ;;
        bonus) l='"positionWeight": 1, "leadSentences": 1, "leadAsDocument": false' ;;
    esac
    for uw in 0 0.1; do for md in 2 3; do for fill in false true; do
        echo "{\"method\": \"concepts\", \"fillBudget\": $fill, \"concepts\": {$rules, $l, \"unigramWeight\": $uw, \"minimumDocuments\": $md}}" \
            > "$cfg/g-$lead-uw$uw-md$md-fill$fill.json"
    done; done; done
done
for idf in background cluster; do
    echo "{\"method\": \"lexrank\", \"idf\": \"$idf\", \"lexrank\": {\"damping\": 0.85, \"threshold\": 0, \"redundancyThreshold\": 0.5}}" > "$cfg/o-lexrank-$idf.json"
    echo "{\"method\": \"centroid-mmr\", \"idf\": \"$idf\", \"scorer\": {\"supportWeight\": 0, \"positionWeight\": 0, \"coverageDecay\": 0}, \"selector\": {\"lambda\": 0.7, \"redundancyThreshold\": 0.5}}" > "$cfg/o-cmmr-classic-$idf.json"
    echo "{\"method\": \"submodular\", \"idf\": \"$idf\", \"submodular\": {\"saturation\": 5, \"diversity\": 6, \"clusterFraction\": 0.2, \"lengthExponent\": 0.3, \"similarity\": \"tfidf\", \"partition\": \"kmeans\", \"minimumWords\": 1, \"maximumWords\": 1000}}" > "$cfg/o-submodular-classic100-$idf.json"
done
args=()
for f in "$cfg"/*.json; do args+=(--config "$f"); done
export OPENBLAS_NUM_THREADS=1
for corpus in "$corpora/duc2003" "$out/duc2007A"; do
    name=$(basename "$corpus")
    "$precis" eval "$corpus" "${args[@]}" --output "$out/eval-$name" --format json > "$out/$name.json"
done
