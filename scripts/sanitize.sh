#!/usr/bin/env bash
# Builds clerk-qt with AddressSanitizer + UndefinedBehaviorSanitizer into ${BUILD_DIR:-build-asan} and runs the
# whole ctest suite inside scripts/with-keyring.sh, stopping at the first error. Extra arguments go to ctest
# (e.g. `scripts/sanitize.sh -L auth`).
#   SANITIZE_CXX=clang++|g++ (default clang++, so that CI compiles the project with clang as well as g++; Qt and
#   QtKeychain are not instrumented either way)
#   SANITIZE_JOBS (default nproc)
#   SANITIZE_OPT (default -O0; see below)
#   CLERKQT_LINE_TABLES_ONLY=ON: -g1, enough for the sanitizers' file:line reports (CI sets it)
# Leak reports from uninstrumented system libraries are suppressed by tests/sanitizers/lsan.supp.
# The QML is not compiled ahead of time here (CLERKQT_QML_CACHEGEN=OFF): qmlcachegen's generated C++ is Qt's code,
# not ours, and ~35 files fewer to compile with ASan; the other passes build it as shipped.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-asan}
cxx=${SANITIZE_CXX:-clang++}
# g++ warns about some sanitized code that is fine (-Wmaybe-uninitialized and friends), so -Werror stays on only
# for clang, which does not; the normal build keeps warnings as errors either way.
case "$cxx" in
    clang*) "$root/scripts/deps.sh" clang libclang-rt-dev; werror=ON ;;
    *) "$root/scripts/deps.sh"; werror=OFF ;;
esac
jobs=${SANITIZE_JOBS:-$(nproc)}
# Twice as many tests as cores, as in scripts/test.sh: most of the long ones wait on timers.
test_jobs=${SANITIZE_TEST_JOBS:-$((2 * $(nproc)))}
san="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
# -O0 by default (SANITIZE_OPT=-O1 for the speed the sanitizers' authors advise): the suite waits on sockets and
# timers far more than it computes, so the slower code costs its run little, while -O1 took ~60 % longer to compile
# (clang 14 on sdk/src/auth.cpp: 14.1 s against 8.8 s) — and the compile is most of CI's 45-minute budget.
opt=${SANITIZE_OPT:--O0}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$opt -g -DNDEBUG" \
    -DCMAKE_CXX_FLAGS="$san" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" -DCLERKQT_WERROR=$werror \
    -DCLERKQT_LINE_TABLES_ONLY=${CLERKQT_LINE_TABLES_ONLY:-OFF} -DCLERKQT_QML_CACHEGEN=OFF >/dev/null
cmake --build "$build" --parallel "$jobs"

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1:detect_odr_violation=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cd "$build"
# The consumer tests build a separate, uninstrumented application against this tree, which an ASan-built
# library cannot be loaded into; the normal suite runs them.
exec "$root/scripts/with-keyring.sh" ctest --output-on-failure --timeout 900 -j"$test_jobs" -LE consumer "$@"
