// The platform's "the token may be stale" notices besides the clock watcher: the application coming back to the
// foreground (the first thing a Mac app sees after a wake, where no timer fired while it slept) and the network
// becoming reachable again. Each maps its Qt signal to StaleTokenSource::mayBeStale(); the token engine judges.
#pragma once

#include "clocksource_p.h"

#include <QNetworkInformation>

namespace Clerk {

class ActivationSource : public StaleTokenSource
{
    Q_OBJECT
public:
    /// Judges states handed to onStateChanged(), starting from `initial`.
    explicit ActivationSource(Qt::ApplicationState initial, QObject *parent = nullptr);
    /// A source following QGuiApplication::applicationStateChanged; null when the application is a
    /// QCoreApplication only (no QtGui application object, so no such notice).
    static ActivationSource *forApplication(QObject *parent);

    /// Qt::ApplicationActive after any other state is a notice; everything else only updates the state.
    void onStateChanged(Qt::ApplicationState state);

private:
    Qt::ApplicationState m_state;
};

class ReachabilitySource : public StaleTokenSource
{
    Q_OBJECT
public:
    /// Judges values handed to onReachabilityChanged(), starting from `initial`.
    explicit ReachabilitySource(QNetworkInformation::Reachability initial, QObject *parent = nullptr);
    /// A source following QNetworkInformation's reachability; null when no backend with that feature loads
    /// (none on this platform, or its service is not running).
    static ReachabilitySource *forPlatform(QObject *parent);

    /// Online after any other value is a notice ("the network is back"); everything else only updates it.
    void onReachabilityChanged(QNetworkInformation::Reachability reachability);

private:
    QNetworkInformation::Reachability m_reachability;
};

} // namespace Clerk
