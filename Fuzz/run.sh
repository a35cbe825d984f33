#!/usr/bin/env bash
# Builds and runs every libFuzzer target for SECONDS (default 600) each, sequentially, seeded from
# seeds/, with AddressSanitizer. Prints libFuzzer's coverage as it rises and its final stats; a
# crash leaves crash-* here and a non-zero exit.
#   Fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
fuzz="$PWD"
seconds="${1:-600}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(FuzzHTML FuzzSentences FuzzTokens FuzzJSONLines FuzzSettings FuzzRougeFlags FuzzAbstraction FuzzDigestAbstraction)

# SwiftPM's `--sanitize=fuzzer` passes the flag to the link only: the modules are compiled without
# coverage instrumentation and libFuzzer stops ("not instrumented for coverage"). `-Xswiftc`
# instruments every Swift module, the Precis library included; `--sanitize` keeps SwiftPM's link.
# The targets belong to the root package (they use `package`-level code), which declares them only
# under PRECIS_FUZZ=1; their build lives in Fuzz/.build, apart from the normal one.
flags=(-c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address --scratch-path "$fuzz/.build")
echo "== building ${targets[*]} (log: .build-fuzz.log)"
for target in "${targets[@]}"; do
    (cd .. && PRECIS_FUZZ=1 swift build "${flags[@]}" --product "$target") >> .build-fuzz.log 2>&1 \
        || { tail -20 .build-fuzz.log >&2; exit 1; }
    # A binary without coverage counters would be fuzzed blind: refuse it.
    n=$(nm ".build/release/$target" | grep -c __sancov_gen_ || true)
    [ "${n:-0}" -gt 100 ] || { echo "$target: not instrumented for coverage ($n counters)" >&2; exit 1; }
done

# A Swift runtime trap (a failed precondition) is a finding: libFuzzer must see the crash and
# write its input at once. Swift's backtracer, started inside an ASan process, was seen to hang.
export SWIFT_BACKTRACE=enable=no
# A one-time allocation inside Foundation that LeakSanitizer cannot see referenced (lsan.supp).
export LSAN_OPTIONS="suppressions=$fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
for target in "${targets[@]}"; do
    # The abstraction targets run a word graph or whole digests per input: shorter inputs keep
    # them at tens of executions a second instead of a few.
    max_len=65536
    case "$target" in
        FuzzHTML) seeds=(seeds/html) ;; FuzzJSONLines) seeds=(seeds/jsonl) ;;
        FuzzSettings) seeds=(seeds/settings) ;; FuzzRougeFlags) seeds=(seeds/rouge-flags) ;;
        FuzzAbstraction) seeds=(seeds/text seeds/abstraction); max_len=8192 ;;
        FuzzDigestAbstraction) seeds=(seeds/digest); max_len=16384 ;;
        *) seeds=(seeds/text) ;;
    esac
    work="corpus-work/$target"; mkdir -p "$work"
    for dir in "${seeds[@]}"; do cp -n "$dir"/* "$work"/ 2>/dev/null || true; done
    echo "== $target: $seconds s"
    # The INITED line and then every power of two of executions show coverage (cov:) rising.
    # libFuzzer's own status decides (pipefail; grep finding no line is no failure). Before, the
    # `|| true` after the pipe reset PIPESTATUS, so a crash still exited 0.
    status=0
    ".build/release/$target" -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=4096 -print_final_stats=1 "$work" 2>&1 \
        | { grep -E "^(stat::|#[0-9]+[[:space:]]+(INITED|DONE|pulse)|==[0-9]+==ERROR|SUMMARY|Done)|Fatal error" || true; } || status=$?
    [ "$status" -eq 0 ] || { echo "$target: libFuzzer exited with status $status; its input is in Fuzz/crash-* (or leak-*, timeout-*)" >&2; exit "$status"; }
done
