// Pinning a benchmark to one core, so its figures are one core's. Platform code: cpupin_linux.cpp
// (sched_setaffinity) or cpupin_portable.cpp (no pinning), chosen by tests/bench/CMakeLists.txt.
#pragma once

#include <QString>

#include <optional>

namespace Bench {

/// Pins the calling process to its first allowed core. Returns a line for the benchmark's output saying which core
/// it runs on, or that (and why) it runs unpinned — the figures of an unpinned run are not comparable.
QString pinToOneCore();

/// How many cores the process may run on now, or nothing where this platform's implementation cannot tell
/// (then pinToOneCore() does not pin either).
std::optional<int> allowedCoreCount();

} // namespace Bench
