#!/usr/bin/env bash
# Installs the Debian packages clerk-qt needs, only those that are missing (idempotent). The names are the same
# on Debian 12 (Qt 6.4, g++ 12) and Debian 13 (Qt 6.8, g++ 14). Extra arguments are more packages to ensure,
# e.g. `deps.sh clang libclang-rt-dev` for the clang sanitizer build.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-declarative-dev qt6-declarative-dev-tools qt6-qpa-plugins libgl-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  qtkeychain-qt6-dev libssl-dev libqrencode-dev
  qt6-tools-dev qt6-l10n-tools
  gnome-keyring dbus-x11 dbus
  python3 doxygen
  python3-jsonschema python3-yaml
  "$@"
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "deps: installing ${missing[*]}" >&2
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
