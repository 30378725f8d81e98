// Devices: the user's active sessions on every client (Account::loadDeviceSessions, deviceSessions()) and
// revoking one, with the engine part that carries them out.
#include "account_p.h"
#include "authcore_p.h"
#include "connectionops_p.h"
#include "logging_p.h"
#include "resources_p.h"

#include <QJsonArray>

#include <algorithm>

namespace Clerk {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

} // namespace

DeviceSession parseDeviceSession(const QJsonObject &json, const QString &thisSessionId)
{
    DeviceSession s;
    s.id = text(json, "id");
    s.status = text(json, "status");
    s.lastActiveAt = parseTimestamp(json.value(QLatin1String("last_active_at")));
    s.expireAt = parseTimestamp(json.value(QLatin1String("expire_at")));
    const QJsonObject activity = json.value(QLatin1String("latest_activity")).toObject();
    s.browserName = text(activity, "browser_name");
    s.browserVersion = text(activity, "browser_version");
    s.deviceType = text(activity, "device_type");
    s.isMobile = activity.value(QLatin1String("is_mobile")).toBool(false);
    s.ipAddress = text(activity, "ip_address");
    s.city = text(activity, "city");
    s.country = text(activity, "country");
    s.isThisDevice = !s.id.isEmpty() && s.id == thisSessionId;
    s.raw = json;
    // Only the list's own session could carry a token; none belongs in a value the app may log or show.
    s.raw.remove(QLatin1String("last_active_token"));
    return s;
}

Reply *ConnectionOps::loadDeviceSessions()
{
    auto *reply = d.newReply();
    const auto request = me(reply, "GET", QStringLiteral("/sessions/active"));
    if (!request)
        return reply;
    d.call(reply, *request, [this](const FapiResult &r, PendingReply *rep) {
        // Clerk answers with a bare array (no envelope, no client).
        const QJsonArray list = r.envelope.body.toArray();
        const QString thisSession = d.store.current().session.id;
        QList<DeviceSession> sessions;
        for (const QJsonValue &item : list)
            sessions << parseDeviceSession(item.toObject(), thisSession);
        if (rep)
            rep->succeed(QVariant::fromValue(sessions));
    });
    return reply;
}

Reply *ConnectionOps::revokeSession(const QString &sessionId)
{
    auto *reply = d.newReply();
    auto request = me(reply, "POST", QStringLiteral("/sessions/%1/revoke").arg(sessionId));
    if (!request)
        return reply;
    request->description = QStringLiteral("POST /me/sessions/{id}/revoke");
    d.call(reply, *request, [this](const FapiResult &, PendingReply *rep) {
        // The answer's client no longer has the session active when it was ours. With no active session left
        // this device is signed out: forget the client as signing out does (the keychain entry goes).
        const QList<Session> &sessions = d.store.model().sessions;
        const bool stillSignedIn = std::any_of(sessions.cbegin(), sessions.cend(), [](const Session &s) {
            return s.status == Session::Status::Active;
        });
        if (stillSignedIn) {
            if (rep)
                rep->succeed();
            return;
        }
        qCInfo(lcAuth) << "this device's session was revoked: signed out";
        d.restore.forgetClient([guard = QPointer<PendingReply>(rep)] {
            if (guard)
                guard->succeed();
        });
    });
    return reply;
}

void Account::Private::watchSignOut()
{
    // The list is the signed-in user's: another user (or nobody) must not see it.
    QObject::connect(auth.q, &Auth::userChanged, q, [this] {
        const QString user = auth.q->isSignedIn() ? auth.q->user().id : QString();
        if (user != deviceSessionsUser)
            setDeviceSessions({}, user);
    });
}

void Account::Private::setDeviceSessions(const QList<DeviceSession> &sessions, const QString &userId)
{
    deviceSessionsUser = userId;
    if (sessions == deviceSessions)
        return;
    deviceSessions = sessions;
    Q_EMIT q->deviceSessionsChanged();
}

ReplyOf<QList<DeviceSession>> *Account::loadDeviceSessions()
{
    return d->auth.run<QList<DeviceSession>>([this] {
        Reply *inner = d->auth.engine->connections.loadDeviceSessions();
        // Connected before the typed reply is linked to it, so deviceSessions() is current when that reports.
        connect(inner, &Reply::succeeded, this, [this, inner] {
            d->setDeviceSessions(inner->result().value<QList<DeviceSession>>(), d->auth.q->user().id);
        });
        return inner;
    });
}

ReplyOf<void> *Account::revokeSession(const QString &sessionId)
{
    return d->auth.run<void>([this, sessionId] {
        Reply *inner = d->auth.engine->connections.revokeSession(sessionId);
        connect(inner, &Reply::succeeded, this, [this, sessionId] {
            QList<DeviceSession> rest = d->deviceSessions;
            rest.removeIf([&sessionId](const DeviceSession &s) { return s.id == sessionId; });
            d->setDeviceSessions(rest, d->deviceSessionsUser);
        });
        return inner;
    });
}

} // namespace Clerk
