#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (+ ASan/UBSan, SDK instrumented for coverage) into
# ${BUILD_DIR:-build-fuzz} and runs each for FUZZ_SECONDS (default 60; CI: 20) on the seed corpus generated from
# the recorded FAPI responses. New inputs go to <build>/tests/fuzz/corpus-<target>; crashes to
# <build>/tests/fuzz/artifacts/. Usage: scripts/fuzz.sh [target…]   (targets: jwt fapi publishable_key)
# A longer run: FUZZ_SECONDS=3600 FUZZ_JOBS=$(nproc) scripts/fuzz.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-fuzz}
seconds=${FUZZ_SECONDS:-60}
fjobs=${FUZZ_JOBS:-1}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(jwt fapi publishable_key)
san="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS="$san" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCLERKQT_FUZZ=ON -DCLERKQT_WERROR=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target clerkqt_fuzz_corpus $(printf 'fuzz_%s ' "${targets[@]}")
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
fuzzdir="$build/tests/fuzz"
mkdir -p "$fuzzdir/artifacts"
status=0
for t in "${targets[@]}"; do
    work="$fuzzdir/corpus-$t"
    mkdir -p "$work"
    echo "== fuzz_$t for ${seconds}s"
    if ! "$fuzzdir/fuzz_$t" "$work" "$fuzzdir/corpus/$t" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=4096 -jobs="$fjobs" -workers="$fjobs" -print_final_stats=1 \
        -artifact_prefix="$fuzzdir/artifacts/$t-" 2>&1 | tee "$fuzzdir/fuzz-$t.log" | grep -E "^#[0-9]+ +(DONE|INITED)|ERROR|SUMMARY|stat::number_of_executed_units|stat::new_units_added"; then
        :
    fi
    if grep -q -E "ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error:" "$fuzzdir/fuzz-$t.log"; then
        echo "fuzz_$t FOUND A BUG: see $fuzzdir/fuzz-$t.log and $fuzzdir/artifacts/" >&2
        status=1
    fi
done
exit $status
