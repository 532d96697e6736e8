#!/usr/bin/env bash
# The long run of docs/fuzzing.md: every target for 10 million executions in a UBSan-only fuzz
# tree (about 2.5 times the executions per second of ASan), then every input it kept replayed
# under the ASan + UBSan tree, so a memory error on any path it found is still caught.
#   tests/fuzz/long-run.sh                 builds build/fuzz-long and build/fuzz, runs, prints
# Options: --runs N (default 10000000), --jobs J (default 2), --only REGEX, --out DIR
# (default build/fuzz-long/long-out). Runs at nice 19: it takes the CPU nothing else wants.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=10000000 jobs=2 only="" out=build/fuzz-long/long-out
while [ $# -gt 0 ]; do
    case "$1" in
    --runs) runs=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) sed -n '2,7p' "$0" >&2; exit 2 ;;
    esac
done
cmake --preset fuzz >/dev/null
cmake -S . -B build/fuzz-long --preset fuzz -DBC_FUZZ_SANITIZE=undefined >/dev/null
cmake --build build/fuzz -j2 >/dev/null
cmake --build build/fuzz-long -j2 >/dev/null
echo "== ${runs} executions per target, UBSan-only tree (build/fuzz-long)"
nice -n 19 tests/fuzz/smoke.sh build/fuzz-long --runs "$runs" --max-time 0 --jobs "$jobs" \
    ${only:+--only "$only"} --out "$out"
echo "== every kept input replayed under ASan + UBSan (build/fuzz)"
failed=0
for dir in "$out"/corpus/*/; do
    t=$(basename "$dir")
    n=$(find "$dir" -type f | wc -l)
    if build/fuzz/bin/"$t" -runs=0 "$dir" >"$out/logs/$t.asan.log" 2>&1; then
        echo "$t: $n inputs, no report"
    else
        echo "$t: FAILED under ASan, see $out/logs/$t.asan.log"
        failed=1
    fi
done
exit $failed
