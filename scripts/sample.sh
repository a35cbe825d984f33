#!/usr/bin/env bash
# The main job on the bundled sample: digest the five Istanbul-talks articles.
# Installs the system libraries if missing, builds in release mode, and prints a 100-word digest.
# Extra arguments go to `precis digest` (for example: --format markdown, --format json, --words 60).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product precis >&2
exec .build/release/precis digest Evaluation/corpora/istanbul-talks "$@"
