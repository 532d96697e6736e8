#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build (the fuzz preset) on a copy of its seed corpus and
# fails when any of them finds a crash, a sanitizer report or a broken invariant.
#   tests/fuzz/smoke.sh BUILD_DIR                      CI: each target 200000 runs or 10 s
#   tests/fuzz/smoke.sh BUILD_DIR --runs 10000000 --max-time 0 --jobs 1
#                                                      the long run of docs/fuzzing.md
# Options: --runs N (per target), --max-time S (per target, 0 = no limit), --jobs J (targets at
# once, default 2), --only REGEX (targets whose name matches), --out DIR (logs, crashing inputs
# and the grown corpora; default BUILD_DIR/fuzz-out). A crashing input is left in DIR/crashes/:
# after the fix, add it to tests/fuzz/corpus/<target>/.
set -euo pipefail

usage() { sed -n '2,11p' "$0" >&2; exit 2; }
[ $# -ge 1 ] || usage
build=$(realpath "$1")
shift
runs=200000 max_time=10 jobs=2 only="" out="$build/fuzz-out"
while [ $# -gt 0 ]; do
    case "$1" in
    --runs) runs=$2; shift 2 ;;
    --max-time) max_time=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --out) out=$(realpath -m "$2"); shift 2 ;;
    *) usage ;;
    esac
done
corpus_src=$(cd "$(dirname "$0")" && pwd)/corpus
list="$build/bin/fuzz-targets.txt"
[ -f "$list" ] || { echo "no $list: configure and build the fuzz preset first" >&2; exit 2; }
mapfile -t targets < <(grep -E "${only:-.}" "$list")
rm -rf "$out"
mkdir -p "$out/crashes" "$out/logs" "$out/corpus"

run_one() {
    local t=$1 start rc=0
    cp -r "$corpus_src/$t" "$out/corpus/$t"
    start=$(date +%s)
    # -timeout: one input taking 25 s is a hang; -rss_limit_mb: a leak or a blow-up.
    "$build/bin/$t" -runs="$runs" -max_total_time="$max_time" -timeout=25 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$out/crashes/$t-" "$out/corpus/$t" \
        >"$out/logs/$t.log" 2>&1 || rc=$?
    echo "$rc $(($(date +%s) - start))" >"$out/logs/$t.rc"
}

echo "fuzz: ${#targets[@]} targets, -runs=$runs -max_total_time=$max_time, $jobs at once"
running=0
for t in "${targets[@]}"; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    run_one "$t" &
    running=$((running + 1))
done
wait || true

failed=0
printf '%-24s %12s %7s %7s %7s %6s %s\n' target executions cov ft corpus secs result
for t in "${targets[@]}"; do
    read -r rc secs <"$out/logs/$t.rc"
    log="$out/logs/$t.log"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    # The last status line: "#N  DONE   cov: C ft: F corp: K/S ..."
    status=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$status")
    result=ok
    if [ "$rc" -ne 0 ]; then
        result="FAILED (exit $rc, see $log)"
        failed=$((failed + 1))
    fi
    printf '%-24s %12s %7s %7s %7s %6s %s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" \
        "${corp:-?}" "$secs" "$result"
done
if [ "$failed" -ne 0 ]; then
    echo "fuzz: $failed target(s) failed; crashing inputs in $out/crashes/"
    grep -hE 'invariant broken|runtime error|ERROR: AddressSanitizer|ERROR: libFuzzer' \
        "$out"/logs/*.log | sort -u | head -20
    exit 1
fi
echo "fuzz: no crash"
