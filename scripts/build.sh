#!/usr/bin/env bash
# Configures and builds clerk-qt into ${BUILD_DIR:-build} with warnings as errors.
#   BUILD_TYPE (default RelWithDebInfo); CLERKQT_LINE_TABLES_ONLY=ON: -g1 (CI sets it, see CMakeLists.txt)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} -DCLERKQT_WERROR=ON \
    -DCLERKQT_LINE_TABLES_ONLY=${CLERKQT_LINE_TABLES_ONLY:-OFF} "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
