#!/usr/bin/env bash
# Builds the library's DocC documentation (Sources/Precis/Precis.docc plus every public symbol's
# `///` comments) into OUT (default .build/docs), a static site: open OUT/index.html through a
# web server, or `docc preview` it. Prints docc's warnings and their count; exits 1 on any.
#   scripts/docs.sh [OUT]
# Only the library's own symbol graphs are given to docc: PrecisSupport's graph also declares
# PrecisError (Precis re-exports it), and with both docc resolves the name to either module from
# run to run, failing every ``PrecisError`` link half the time.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/docs}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
docc="$(command -v docc || true)"
[ -n "$docc" ] || { echo "docs.sh: docc not found (it ships with the Swift toolchain, next to swift)" >&2; exit 2; }
echo "== symbol graphs (swift build --target Precis)" >&2
swift build --target Precis --scratch-path .build/docs-build \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$work/all" >&2
mkdir -p "$work/precis"
cp "$work/all/Precis.symbols.json" "$work/precis/"
cp "$work/all"/Precis@*.symbols.json "$work/precis/" 2>/dev/null || true
echo "== docc convert into $out" >&2
"$docc" convert Sources/Precis/Precis.docc --additional-symbol-graph-dir "$work/precis" --output-path "$out" \
    --fallback-display-name Precis --fallback-bundle-identifier precis > "$work/docc.log" 2>&1 \
    || { cat "$work/docc.log" >&2; exit 1; }
warnings=$(grep -c "warning:" "$work/docc.log" || true)
grep "warning:" "$work/docc.log" >&2 || true
echo "docs: $out ($warnings warnings)" >&2
[ "$warnings" -eq 0 ]
