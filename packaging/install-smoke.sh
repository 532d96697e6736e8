#!/usr/bin/env bash
# Builds the .deb from a build folder, installs it with apt (which pulls its declared
# dependencies), smoke-tests the installed binaries headless, and removes it again.
#   packaging/install-smoke.sh BUILD_DIR
# Needs root (as in CI). Skips, saying why, when not root or when backup-console is already
# installed from elsewhere: it never replaces a package it did not install.
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
cd "$(dirname "$0")/.."

if [ "$(id -u)" -ne 0 ]; then
    echo "install smoke: skipped (needs root to install the .deb; CI runs it)"
    exit 0
fi
if dpkg-query -W -f='${Status}' backup-console 2>/dev/null | grep -q "install ok installed"; then
    echo "install smoke: skipped (a backup-console package is already installed)"
    exit 0
fi

fail() { echo "install smoke: FAILED: $*" >&2; exit 1; }
work=$(mktemp -d)
sandbox_pid=""
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true
    if dpkg-query -W -f='${Status}' backup-console 2>/dev/null | grep -q "installed"; then
        apt-get remove -y -qq backup-console >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== package"
(cd "$build" && cpack -G DEB -B "$work/deb" >/dev/null) || fail "cpack -G DEB"
deb=$(ls "$work"/deb/*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "cpack made no .deb"
echo "built $(basename "$deb")"

echo "== contents"
contents=$(dpkg-deb -c "$deb")
for f in usr/bin/backup-console usr/bin/backup-console-sandbox \
         usr/share/applications/io.github.backupconsole.BackupConsole.desktop \
         usr/share/metainfo/io.github.backupconsole.BackupConsole.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.backupconsole.BackupConsole.svg \
         usr/share/man/man1/backup-console.1 \
         usr/share/backup-console/translations/backupconsole_de.qm \
         usr/share/backup-console/translations/backupconsole_fr.qm; do
    grep -q " \./$f\$" <<<"$contents" || fail "$f is not in the package"
done
dpkg-deb -f "$deb" Depends | grep -q libqt6keychain1 || fail "Depends does not name libqt6keychain1"

echo "== install"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null || fail "apt-get install $deb"
desktop-file-validate /usr/share/applications/io.github.backupconsole.BackupConsole.desktop \
    || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/io.github.backupconsole.BackupConsole.metainfo.xml \
    >/dev/null || fail "appstreamcli validate"

echo "== smoke (no display)"
version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/backup-console --version) \
    || fail "backup-console --version"
echo "$version"
grep -Eq '[0-9]+\.[0-9]+\.[0-9]+' <<<"$version" || fail "--version printed no version: $version"
/usr/bin/backup-console-sandbox --version >/dev/null || fail "backup-console-sandbox --version"

/usr/bin/backup-console-sandbox --listen 127.0.0.1:0 --data "$work/sandbox" --seed demo \
    --time-scale 0.01 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
url=""
for _ in $(seq 1 100); do
    url=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$work/sandbox.out" | head -1)
    [ -n "$url" ] && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$url" ] || fail "the installed sandbox did not start: $(cat "$work/sandbox.err")"
echo "sandbox answers on $url"

projects=$(env -u DISPLAY HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" \
    PLATFORMSH_CLI_TOKEN=sandbox-admin BACKUP_CONSOLE_API_URL="$url" \
    /usr/bin/backup-console projects) || fail "backup-console projects"
echo "$projects"
for id in acmeshopeu0001 acmeblogeu3002 globexapius003 globexcrmus204; do
    grep -q "$id" <<<"$projects" || fail "backup-console projects does not list $id"
done

echo "== remove"
kill "$sandbox_pid"; wait "$sandbox_pid" 2>/dev/null || true; sandbox_pid=""
apt-get remove -y -qq backup-console >/dev/null || fail "apt-get remove"
[ ! -e /usr/bin/backup-console ] || fail "/usr/bin/backup-console is still there after removal"
echo "install smoke: passed"
