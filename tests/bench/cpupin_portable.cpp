// Windows (SetProcessAffinityMask) and macOS (no hard affinity, only thread affinity tags) would each need code
// of their own, checked there; until then the benchmark runs unpinned and says so in its output.
#include "cpupin.h"

namespace Bench {

QString pinToOneCore()
{
    return QStringLiteral("cpu: not pinned (no core pinning on this platform)");
}

std::optional<int> allowedCoreCount()
{
    return std::nullopt;
}

} // namespace Bench
