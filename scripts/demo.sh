#!/usr/bin/env bash
# Installs what is missing, builds, and runs the demo on the embedded emulator.
# Until the demo app exists this runs the emulator with the default seed (Ctrl+C stops it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
build=${BUILD_DIR:-$root/build}
exec "$build/emulator/clerk-emulator" --port "${PORT:-0}" "$@"
