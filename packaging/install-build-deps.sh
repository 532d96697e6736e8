#!/usr/bin/env bash
# Installs the Debian 12 packages BackupConsole needs to build, run and test, when they are missing.
# Idempotent and quiet when everything is present. Uses sudo when not run as root.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    qtkeychain-qt6-dev nlohmann-json3-dev libgl-dev libsqlite3-dev
    # fuzz: clang with libFuzzer and the sanitizer runtimes (the fuzz preset, tests/fuzz)
    clang libclang-rt-14-dev
    # run: QtKeychain loads libsecret at run time; Qt's xcb platform plugin
    libsecret-1-0 libqt6svg6 qt6-qpa-plugins
    # run: Qt's own strings (OK, Cancel, Restore Defaults) in German and French
    qt6-translations-l10n
    # test: a virtual display, a session bus and a real Secret Service
    xvfb xauth dbus dbus-x11 gnome-keyring
    # contract test: Debian's python3 (/usr/bin/python3) validates against the OpenAPI spec
    python3-minimal python3-jsonschema
    # ship: validate the desktop file and the AppStream metainfo
    desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
