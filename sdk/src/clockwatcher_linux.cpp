// Linux: a CLOCK_REALTIME timerfd armed with TFD_TIMER_CANCEL_ON_SET.
#include "clockwatcher_p.h"

#include <QSocketNotifier>

#include <sys/timerfd.h>
#include <unistd.h>

#include <cerrno>
#include <limits>

namespace Clerk {

struct ClockWatcher::Platform
{
    int fd = -1;
    QSocketNotifier *notifier = nullptr;

    void arm() const
    {
        // An absolute timer far in the future that never expires on its own; CANCEL_ON_SET makes the kernel
        // cancel it (read() fails with ECANCELED) whenever CLOCK_REALTIME is set discontinuously or the system
        // resumes.
        itimerspec spec{};
        spec.it_value.tv_sec = std::numeric_limits<time_t>::max() / 2;
        ::timerfd_settime(fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr);
    }
};

ClockWatcher::ClockWatcher(QObject *parent) : ClockChangeSource(parent), m_platform(std::make_unique<Platform>())
{
    m_platform->fd = ::timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_platform->fd < 0)
        return;
    m_platform->arm();
    m_platform->notifier = new QSocketNotifier(m_platform->fd, QSocketNotifier::Read, this);
    connect(m_platform->notifier, &QSocketNotifier::activated, this, [this] {
        quint64 expirations = 0;
        const ssize_t n = ::read(m_platform->fd, &expirations, sizeof expirations);
        const bool cancelled = n < 0 && errno == ECANCELED;
        m_platform->arm();
        if (cancelled)
            Q_EMIT clockChanged();
    });
}

ClockWatcher::~ClockWatcher()
{
    delete m_platform->notifier; // a child would go after this body: stop watching before the descriptor closes
    if (m_platform->fd >= 0)
        ::close(m_platform->fd);
}

bool ClockWatcher::isSupported() const
{
    return m_platform->fd >= 0;
}

} // namespace Clerk
