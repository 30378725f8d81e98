// Notices when the wall clock jumps: set by hand or NTP, or a resume from suspend (where monotonic timers,
// and so QTimer, stood still while real time went on). One implementation per platform, chosen in
// sdk/CMakeLists.txt: clockwatcher_linux.cpp (timerfd), clockwatcher_portable.cpp (none: no notices).
#pragma once

#include "clocksource_p.h"

#include <memory>

namespace Clerk {

class ClockWatcher : public ClockChangeSource
{
    Q_OBJECT
public:
    explicit ClockWatcher(QObject *parent = nullptr);
    ~ClockWatcher() override;

    /// Whether the platform tells us about clock changes (Linux: timerfd with TFD_TIMER_CANCEL_ON_SET, which
    /// the kernel also fires on resume). Elsewhere the token engine still catches a jump when it next wakes, on
    /// every read of the token, and on the other StaleTokenSources (application activation, reachability).
    bool isSupported() const;

private:
    struct Platform;
    std::unique_ptr<Platform> m_platform;
};

} // namespace Clerk
