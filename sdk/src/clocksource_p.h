// The seam between the token engine and whatever tells it that its token may be stale: a stepped wall clock or a
// resume (the platform's ClockWatcher), the application coming back to the foreground, the network coming back.
// On a platform whose timers stand still while the machine sleeps (macOS) no timer says so; these notices and the
// check on every read (TokenEngine::sessionToken()) do. In production the engine's sources are the platform's;
// the token tests hand the engine sources of their own, so that exercising these paths never means setting the
// host's clock, suspending the machine or unplugging its network, which every other process would see too.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QObject>

namespace Clerk {

class StaleTokenSource : public QObject
{
    Q_OBJECT
public:
    /// What a notice means decides how the engine judges it: a clock step re-aims the timers even when the
    /// token is fresh; a network that is back also retries a failed refresh at once instead of after its backoff.
    enum class Kind { ClockStep, Activation, Reachability };

    explicit StaleTokenSource(Kind kind, QObject *parent = nullptr) : QObject(parent), m_kind(kind) {}
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    /// The token may be stale: the engine refreshes it if it is (within its lead, expired or gone) — once, however
    /// many sources say so together — and does nothing when it is still fresh.
    void mayBeStale();

private:
    Kind m_kind;
};

class ClockChangeSource : public StaleTokenSource
{
    Q_OBJECT
public:
    explicit ClockChangeSource(QObject *parent = nullptr) : StaleTokenSource(Kind::ClockStep, parent)
    {
        connect(this, &ClockChangeSource::clockChanged, this, &StaleTokenSource::mayBeStale);
    }

Q_SIGNALS:
    /// The wall clock was set (by hand or NTP) or the system resumed. How far it moved is for the listener to
    /// measure against its own monotonic clock: the platform does not say.
    void clockChanged();
};

} // namespace Clerk
