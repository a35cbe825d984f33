#!/usr/bin/env bash
# Builds and runs every libFuzzer target for SECONDS (default 600) each, sequentially, seeded from
# seeds/, with AddressSanitizer. Prints libFuzzer's final stats; a crash leaves crash-* here and a
# non-zero exit.
#   Fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(FuzzHTML FuzzSentences FuzzTokens FuzzJSONLines)

instrumented() { local n; n=$(nm ".build/release/$1" 2>/dev/null | grep -c sancov || true); [ "${n:-0}" -gt 100 ]; }

for target in "${targets[@]}"; do
    case "$target" in FuzzHTML) seeds=seeds/html ;; FuzzJSONLines) seeds=seeds/jsonl ;; *) seeds=seeds/text ;; esac
    # Build per product and verify the coverage instrumentation before fuzzing: SwiftPM 6.3 was
    # seen to link uninstrumented binaries, and libFuzzer then fuzzes blind.
    # (seen: an uninstrumented link, then an instrumented one from the very next build)
    for attempt in 1 2 3; do
        swift build -c release --sanitize=fuzzer --sanitize=address -v --product "$target" >> ".build-$target.log" 2>&1
        instrumented "$target" && break
    done
    instrumented "$target" || { echo "$target: not instrumented for coverage (see .build-$target.log)" >&2; exit 1; }
    work="corpus-work/$target"; mkdir -p "$work"; cp -n "$seeds"/* "$work"/ 2>/dev/null || true
    echo "== $target: $seconds s"
    ".build/release/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1 "$work" 2>&1 \
        | grep -E "^(stat::|#[0-9]+ *DONE|==[0-9]+==ERROR|SUMMARY|Done)" || true
    test "${PIPESTATUS[0]}" -eq 0
done
