#!/bin/bash
# DUC 2007-update set A (the ten `*-A` clusters and their references) as a corpus of its own,
# by links (nothing copied): OUT/duc2007A/{clusters,references}/<id>.
#   bash Evaluation/scripts/link_duc2007A.sh OUT SHARED_CORPORA
set -eu
out="$1"; corpora="$2"
mkdir -p "$out/duc2007A/clusters" "$out/duc2007A/references"
for c in "$corpora"/duc2007-update/clusters/*-A; do
    id=$(basename "$c")
    ln -sfn "$(realpath "$c")" "$out/duc2007A/clusters/$id"
    ln -sfn "$(realpath "$corpora/duc2007-update/references/$id")" "$out/duc2007A/references/$id"
done
