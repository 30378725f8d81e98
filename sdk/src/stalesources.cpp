#include "stalesources_p.h"

#include <QGuiApplication>

#include <utility>

namespace Clerk {

ActivationSource::ActivationSource(Qt::ApplicationState initial, QObject *parent)
    : StaleTokenSource(Kind::Activation, parent), m_state(initial)
{
}

ActivationSource *ActivationSource::forApplication(QObject *parent)
{
    // ClerkQt links QtGui for QDesktopServices, but the application may be a QCoreApplication (a CLI, a
    // service): then there is no application state to follow.
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (!app)
        return nullptr;
    auto *source = new ActivationSource(QGuiApplication::applicationState(), parent);
    connect(app, &QGuiApplication::applicationStateChanged, source, &ActivationSource::onStateChanged);
    return source;
}

void ActivationSource::onStateChanged(Qt::ApplicationState state)
{
    const Qt::ApplicationState before = std::exchange(m_state, state);
    if (state == Qt::ApplicationActive && before != Qt::ApplicationActive)
        Q_EMIT mayBeStale();
}

ReachabilitySource::ReachabilitySource(QNetworkInformation::Reachability initial, QObject *parent)
    : StaleTokenSource(Kind::Reachability, parent), m_reachability(initial)
{
}

ReachabilitySource *ReachabilitySource::forPlatform(QObject *parent)
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return nullptr;
    QNetworkInformation *info = QNetworkInformation::instance();
    auto *source = new ReachabilitySource(info->reachability(), parent);
    connect(info, &QNetworkInformation::reachabilityChanged, source, &ReachabilitySource::onReachabilityChanged);
    return source;
}

void ReachabilitySource::onReachabilityChanged(QNetworkInformation::Reachability reachability)
{
    const QNetworkInformation::Reachability before = std::exchange(m_reachability, reachability);
    if (reachability == QNetworkInformation::Reachability::Online
        && before != QNetworkInformation::Reachability::Online)
        Q_EMIT mayBeStale();
}

} // namespace Clerk
