#!/usr/bin/env bash
# Installs what is missing, builds, and runs the demo app on its embedded Clerk emulator.
# Extra arguments go to clerk-demo (e.g. --publishable-key pk_… for a real instance).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
build=${BUILD_DIR:-$root/build}
exec "$build/demo-app/clerk-demo" "$@"
