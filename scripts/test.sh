#!/usr/bin/env bash
# Runs the whole test suite. Installs the system libraries if missing; with PRECIS_ORACLE=1 (CI sets
# it) it also installs the ROUGE-1.5.5 Perl oracle so the ROUGE agreement tests run instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ "${PRECIS_ORACLE:-0}" = "1" ] && [ -x Evaluation/scripts/setup_oracle.sh ]; then
    Evaluation/scripts/setup_oracle.sh "${PRECIS_ORACLE_VENV:-.venv-oracle}" >&2
fi
swift build --build-tests >&2
exec swift test --skip-build "$@"
