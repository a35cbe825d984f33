#!/usr/bin/env bash
# Runs the whole test suite. Installs the system libraries if missing; with PRECIS_ORACLE=1 (CI sets
# it) it also installs the ROUGE-1.5.5 Perl oracle so the ROUGE agreement tests run instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ "${PRECIS_ORACLE:-0}" = "1" ]; then
    # last line of its output: PRECIS_ROUGE155_DIR=/path/to/RELEASE-1.5.5
    oracle=$(sh Evaluation/scripts/setup_oracle.sh "${PRECIS_ORACLE_VENV:-.venv-oracle}" | tail -n 1)
    export "${oracle?}"
    echo "test: ROUGE-1.5.5 oracle at $PRECIS_ROUGE155_DIR" >&2
fi
python3 scripts/check-layers.py >&2  # every floor imports only the floors below it
swift build --build-tests >&2
exec swift test --skip-build "$@"
