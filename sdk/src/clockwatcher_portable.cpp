// Every platform without a clock-change notice of its own (Windows, macOS, the BSDs): the watcher stays silent.
// What it would have said is covered elsewhere: the token engine checks a token's expiry against the wall clock
// on every read, notices a jump when its next timer fires, and refreshes on application activation and when the
// network comes back (StaleTokenSource). The Linux build compiles this file too (clerkqt_portable_check), so it
// cannot rot unseen.
#include "clockwatcher_p.h"

namespace Clerk {

struct ClockWatcher::Platform
{
};

ClockWatcher::ClockWatcher(QObject *parent) : ClockChangeSource(parent)
{
}

ClockWatcher::~ClockWatcher() = default;

bool ClockWatcher::isSupported() const
{
    return false;
}

} // namespace Clerk
