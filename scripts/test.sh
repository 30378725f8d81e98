#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest inside a real Secret Service session.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
build=${BUILD_DIR:-$root/build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cd "$build"
# Twice as many tests as cores: the long tests mostly wait — on token lifetimes, restarts, soak intervals
# (tst_token_engine: 82 s of wall time, 11 s of CPU; tst_crash_restart 59 s, 6 s) — and at one test per core they
# held the cores idle (the suite on 2 cores: 232 s at -j2, 145 s at -j4). TEST_JOBS overrides.
exec "$root/scripts/with-keyring.sh" ctest --output-on-failure --timeout 600 -j"${TEST_JOBS:-$((2 * $(nproc)))}" "$@"
