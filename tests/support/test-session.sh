#!/usr/bin/env bash
# Runs a command inside what the tests need and a CI machine lacks: a private session bus, an
# unlocked gnome-keyring (a real Secret Service for QtKeychain) and a virtual X display, all with a
# scratch HOME so nothing touches the user's own keyring or settings.
#   tests/support/test-session.sh ctest --test-dir build/ci
set -euo pipefail

if [ -z "${BC_IN_TEST_SESSION:-}" ]; then
    scratch=$(mktemp -d /tmp/bc-test-session.XXXXXX)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/home" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    # Xvfb picks a free display and reports it on the fd we give it.
    exec {displayfd}<> <(:)
    Xvfb -displayfd "$displayfd" -screen 0 1600x1000x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
    xvfb_pid=$!
    trap 'kill "$xvfb_pid" 2>/dev/null; rm -rf "$scratch"' EXIT
    read -r -t 30 -u "$displayfd" display
    export DISPLAY=":$display"
    export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
    export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
    export BC_IN_TEST_SESSION=1
    dbus-run-session -- "$0" "$@"
    exit $?
fi

# Inside the session bus: start the Secret Service, unlocked with a throw-away password.
eval "$(printf 'test-session' | gnome-keyring-daemon --unlock --components=secrets | sed 's/^/export /')"
"$@"
