#include "cpupin.h"

#include <sched.h>

#include <cerrno>
#include <cstring>

namespace Bench {

QString pinToOneCore()
{
    // The first core the process may use, not core 0: under taskset or a cgroup cpuset core 0 may be excluded.
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0)
        return QStringLiteral("cpu: not pinned (sched_getaffinity: %1)").arg(QString::fromLocal8Bit(std::strerror(errno)));
    int core = -1;
    for (int c = 0; c < CPU_SETSIZE && core < 0; ++c) {
        if (CPU_ISSET(c, &allowed))
            core = c;
    }
    if (core < 0)
        return QStringLiteral("cpu: not pinned (no core allowed)");
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(core, &one);
    if (sched_setaffinity(0, sizeof one, &one) != 0)
        return QStringLiteral("cpu: not pinned (sched_setaffinity: %1)").arg(QString::fromLocal8Bit(std::strerror(errno)));
    return QStringLiteral("cpu: pinned to core %1").arg(core);
}

std::optional<int> allowedCoreCount()
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0)
        return std::nullopt;
    return CPU_COUNT(&allowed);
}

} // namespace Bench
