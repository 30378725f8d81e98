// The seam between the token engine and whatever tells it that the wall clock was stepped. In production that
// is the platform's ClockWatcher; the token tests hand the engine a source of their own, so that exercising
// the clock-change path never means setting the host's clock, which every other process would see too.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QObject>

namespace Clerk {

class ClockChangeSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    /// The wall clock was set (by hand or NTP) or the system resumed. How far it moved is for the listener to
    /// measure against its own monotonic clock: the platform does not say.
    void clockChanged();
};

} // namespace Clerk
