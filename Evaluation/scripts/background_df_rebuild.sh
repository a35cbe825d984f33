#!/usr/bin/env bash
# Rebuilds Models/background-df.tsv exactly as shipped and checks it byte for byte:
#   bash Evaluation/scripts/background_df_rebuild.sh [OUT]     (default OUT: /tmp/background-df.tsv)
# The shipped file was written by the foundation commit's reader and cleaner (9adcc4d); today's
# keep less text, so today's `precis model idf` writes a different file (Models/README.md). This
# builds that commit in a temporary worktree (a debug build, ~25 s) and runs its command from the
# repository's root, since the paths it was given are recorded in the file's header.
set -euo pipefail
out=${1:-/tmp/background-df.tsv}
root=$(cd "$(dirname "$0")/../.." && pwd)
foundation=9adcc4d
work=$(mktemp -d /tmp/precis-foundation.XXXXXX)
cleanup() { git -C "$root" worktree remove --force "$work" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
git -C "$root" worktree add --quiet --detach "$work" "$foundation"
if ! swift build --package-path "$work" --product precis >"$work.log" 2>&1; then
    tail -20 "$work.log" >&2; echo "could not build $foundation (log: $work.log)" >&2; exit 1
fi
rm -f "$work.log"
cd "$root"
"$work/.build/debug/precis" model idf ../shared/corpora/duc2006/clusters ../shared/corpora/opinosis/clusters -o "$out"
if cmp -s "$out" Models/background-df.tsv; then
    echo "identical to Models/background-df.tsv: $out"
else
    echo "differs from Models/background-df.tsv: $out" >&2
    exit 1
fi
