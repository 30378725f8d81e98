#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest inside a real Secret Service session.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
build=${BUILD_DIR:-$root/build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cd "$build"
exec "$root/scripts/with-keyring.sh" ctest --output-on-failure --timeout 600 -j"$(nproc)" "$@"
