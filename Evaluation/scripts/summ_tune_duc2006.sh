#!/bin/bash
# Issue 4: the development sweeps behind Evaluation/results/duc2006-tuning.md (DUC 2006 at 250
# and 100 words, Opinosis at 25 words). DUC 2004 is never read here.
#   bash Evaluation/scripts/summ_tune_duc2006.sh [SHARED_CORPORA]
set -eu
corpora="${1:-../shared/corpora}"
PRECIS_DEV=1 swift build -c release --product summ_harness --scratch-path .build-summ-harness >/dev/null
h=.build-summ-harness/release/summ_harness
export OPENBLAS_NUM_THREADS=1
methods=()
for f in default lead centroid lexrank lexrank-mmr textrank sumbasic klsum submodular concepts-icsi concepts; do
    methods+=("$f=Evaluation/configs/$f.json")
done
# a settings object overlays the default's concepts, so the sweep spells out the plain values it varied from
plain='"leadAsDocument":false,"leadSentences":3,"minimumDocuments":3,"paraphraseNeighbors":0,"redundancy":2,"standaloneOnly":false,"supportWeight":0,"surfaceBigrams":false'
concepts() { echo "{\"method\":\"concepts\",\"concepts\":{$plain,$1}}"; }
sweep=()
for fr in 0.2 0.4; do for pw in 0 1 2; do for mw in 8 10 12; do
    sweep+=("c_fr${fr}_uw0.1_pw${pw}_mw${mw}=$(concepts "\"minimumDocumentFraction\":$fr,\"unigramWeight\":0.1,\"positionWeight\":$pw,\"minimumWords\":$mw")")
done; done; done
for fr in 0.2 0.3 0.4; do for uw in 0 0.1 0.3; do for pw in 0 1; do
    sweep+=("c_fr${fr}_uw${uw}_pw${pw}=$(concepts "\"minimumDocumentFraction\":$fr,\"unigramWeight\":$uw,\"positionWeight\":$pw")")
done; done; done
for w in 250 100; do
    echo "== DUC 2006, $w words (name, R-1, R-2 recall x100, mean words, seconds)"
    "$h" score "$corpora/duc2006" --words $w --rouge "-n 2 -m -l $w -f A -a" "${methods[@]}" "${sweep[@]}"
done
echo "== DUC 2006, 100 words, sentence compression (rules applied to every sentence before fitting)"
for comp in '{}' '{"attributions":false}' '{"parentheticals":false,"attributions":false,"connectives":false}'; do
    echo "-- compression $comp"
    "$h" score "$corpora/duc2006" --words 100 --rouge "-n 2 -m -l 100 -f A -a" --compress "$comp" \
        "concepts=Evaluation/configs/concepts.json" "lexrank=Evaluation/configs/lexrank.json"
done
echo "== Opinosis, 25 words"
"$h" score "$corpora/opinosis" --words 25 --rouge "-n 2 -m -l 25 -f A -a" "${methods[@]}"
