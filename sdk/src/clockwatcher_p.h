// Notices when the wall clock jumps: set by hand or NTP, or a resume from suspend (where monotonic timers,
// and so QTimer, stood still while real time went on).
#pragma once

#include "clocksource_p.h"

class QSocketNotifier;

namespace Clerk {

class ClockWatcher : public ClockChangeSource
{
    Q_OBJECT
public:
    explicit ClockWatcher(QObject *parent = nullptr);
    ~ClockWatcher() override;

    /// Whether the platform tells us about clock changes (Linux: timerfd with TFD_TIMER_CANCEL_ON_SET, which
    /// the kernel also fires on resume). Elsewhere jumps are still caught when the token engine next wakes.
    bool isSupported() const { return m_fd >= 0; }

private:
    void arm();
    void onActivated();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Clerk
