#include "clockwatcher_p.h"

#include <QSocketNotifier>

#include <limits>

#ifdef Q_OS_LINUX
#include <sys/timerfd.h>
#include <unistd.h>
#include <cerrno>
#endif

namespace Clerk {

ClockWatcher::ClockWatcher(QObject *parent) : ClockChangeSource(parent)
{
#ifdef Q_OS_LINUX
    m_fd = ::timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_fd < 0)
        return;
    arm();
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ClockWatcher::onActivated);
#endif
}

ClockWatcher::~ClockWatcher()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

void ClockWatcher::arm()
{
#ifdef Q_OS_LINUX
    // An absolute timer far in the future that never expires on its own; CANCEL_ON_SET makes the kernel
    // cancel it (read() fails with ECANCELED) whenever CLOCK_REALTIME is set discontinuously or the system
    // resumes.
    itimerspec spec{};
    spec.it_value.tv_sec = std::numeric_limits<time_t>::max() / 2;
    ::timerfd_settime(m_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr);
#endif
}

void ClockWatcher::onActivated()
{
#ifdef Q_OS_LINUX
    quint64 expirations = 0;
    const ssize_t n = ::read(m_fd, &expirations, sizeof expirations);
    const bool cancelled = n < 0 && errno == ECANCELED;
    arm();
    if (cancelled)
        Q_EMIT clockChanged();
#endif
}

} // namespace Clerk
