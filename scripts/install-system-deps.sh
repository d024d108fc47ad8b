#!/bin/sh
# Debian/Ubuntu packages refparcours needs besides Python: venv support, the libraries
# Qt loads (also offscreen, for the tests), a Unicode font, and poppler-utils (the tests read
# the printed PDFs back with pdftotext), PostgreSQL (the suite also runs against a throwaway
# server; the team mode), and Xvfb (a test takes screenshots of the real application).
# Installs only what is missing.
set -eu

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps: not a Debian/Ubuntu system, skipping (install Qt 6's runtime libraries yourself)."
    exit 0
fi

packages="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core \
poppler-utils postgresql xvfb xauth"

python="${PYTHON:-python3}"
if ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1; then
    packages="$packages python3-venv"
fi

missing=""
for package in $packages; do
    # Some names differ between releases (e.g. libglib2.0-0t64): accept any installed variant.
    if ! dpkg-query -W -f='${Status}\n' "$package" "${package}t64" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

echo "install-system-deps: installing$missing"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
# A name unknown to this release (renamed t64 packages) must not stop the others.
for package in $missing; do
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null \
        || $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${package}t64" >/dev/null \
        || echo "install-system-deps: could not install $package (continuing)"
done
