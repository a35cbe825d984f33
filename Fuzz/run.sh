#!/usr/bin/env bash
# Builds and runs every libFuzzer target for SECONDS (default 600) each, sequentially, seeded from
# seeds/, with AddressSanitizer. Prints libFuzzer's final stats; a crash leaves crash-* here and a
# non-zero exit.
#   Fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(FuzzHTML FuzzSentences FuzzTokens FuzzJSONLines)
# One build of every target: building products one by one was seen to relink uninstrumented objects.
swift build -c release --sanitize=fuzzer --sanitize=address >&2
for target in "${targets[@]}"; do
    case "$target" in FuzzHTML) seeds=seeds/html ;; FuzzJSONLines) seeds=seeds/jsonl ;; *) seeds=seeds/text ;; esac
    # a build that reused uninstrumented objects would fuzz blind: refuse to run it
    if ! nm ".build/release/$target" | grep -q sancov; then
        echo "$target: not instrumented for coverage; run 'rm -rf Fuzz/.build' and retry" >&2
        exit 1
    fi
    work="corpus-work/$target"; mkdir -p "$work"; cp -n "$seeds"/* "$work"/ 2>/dev/null || true
    echo "== $target: $seconds s" >&2
    ".build/release/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1 "$work" 2>&1 \
        | grep -E "^(stat::|#[0-9]+ *DONE|==[0-9]+==ERROR|SUMMARY|Done)" || true
    test "${PIPESTATUS[0]}" -eq 0
done
