#!/usr/bin/env bash
# Configures and builds clerk-qt into ${BUILD_DIR:-build} with warnings as errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} -DCLERKQT_WERROR=ON "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
