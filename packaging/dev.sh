#!/usr/bin/env bash
# The two commands of the README's quick start.
#   packaging/dev.sh run    install what is missing, build, start the console on the local sandbox
#   packaging/dev.sh test   install what is missing, check formatting, build the shipped binaries
#                           (ci preset) and the tests under AddressSanitizer + UBSan (asan preset),
#                           both with warnings as errors, run every test sanitized in a keyring +
#                           virtual-display session, then (as root, as in CI) install the .deb,
#                           smoke-test it and remove it, then build the libFuzzer targets (clang)
#                           and run each for a short time
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc 2>/dev/null || echo 2)

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
}

check_format() {
    local files bad
    mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app client models ui sandbox tests -name '*.cpp' -o -name '*.h')
    [ ${#files[@]} -eq 0 ] && return 0
    if ! bad=$(clang-format --dry-run --Werror "${files[@]}" 2>&1); then
        echo "$bad" | grep -E '^[^ ].*(warning|error):' | cut -d: -f1 | sort -u | sed 's/^/not clang-formatted: /'
        echo "Run: clang-format -i \$(git ls-files '*.cpp' '*.h')"
        return 1
    fi
}

case "${1:-}" in
run)
    packaging/install-build-deps.sh
    build default
    shift
    if [ -x build/default/bin/backup-console ]; then
        exec build/default/bin/backup-console --sandbox "$@"
    fi
    exec build/default/bin/backup-console-sandbox --seed demo "$@"
    ;;
test)
    deps_start=$(date +%s)
    packaging/install-build-deps.sh
    start=$(date +%s)
    last=$start
    echo "== build dependencies checked in $(( start - deps_start )) s"
    # Each step says what it took, so a slow CI run shows where its time went.
    took() {
        local now
        now=$(date +%s)
        echo "   ($(( now - last )) s)"
        last=$now
    }
    step() {
        took
        echo "== $1"
    }
    echo "== format"
    check_format
    # Tests are compiled once, with the sanitizers (-O0 -g1: the fastest sanitized build); the
    # ci tree builds only what the .deb ships, so CI pays for two builds of the libraries but
    # one of the tests.
    step "build the shipped binaries (ci preset, warnings are errors)"
    cmake --preset ci >/dev/null
    cmake --build --preset ci -j "$jobs" --target backup-console backup-console-sandbox
    step "build the tests with AddressSanitizer + UBSan (asan preset, warnings are errors)"
    build asan
    step "tests (AddressSanitizer + UBSan, halt on error, leaks checked)"
    tests/support/test-session.sh ctest --preset asan "${@:2}"
    step "install smoke"
    packaging/install-smoke.sh build/ci
    # The fuzz tree compiles only the parsers (about 20 files); ccache through
    # CMAKE_CXX_COMPILER_LAUNCHER when the environment sets it, as for the other trees.
    step "fuzz smoke (tests/fuzz, docs/fuzzing.md)"
    build fuzz
    tests/fuzz/smoke.sh build/fuzz
    took
    echo "== done in $(( $(date +%s) - start )) s"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
