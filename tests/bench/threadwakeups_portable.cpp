// Windows (per-thread context switch counts through NtQuerySystemInformation) and macOS (thread_info's
// TH_USAGE_INFO has none; kperf would) would each need code of their own, checked there; until then the
// benchmark reports requests and token changes without the wake-ups, and says so.
#include "threadwakeups.h"

namespace Bench {

bool threadWakeupsAvailable()
{
    return false;
}

QList<ThreadWakeups> threadWakeups(qint64)
{
    return {};
}

} // namespace Bench
