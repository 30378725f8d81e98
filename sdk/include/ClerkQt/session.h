// Clerk's session resource as a QML-readable value.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/user.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace Clerk {

/// A `session` object of the client. Mirrors Clerk's Session: id, status, user, lastActiveAt, expireAt,
/// abandonAt, lastActiveOrganizationId, actor.
///
/// `raw` keeps Clerk's JSON **except** `last_active_token`: session tokens are credentials and are only
/// handed out through Auth::sessionToken().
struct CLERKQT_EXPORT Session
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(Status status MEMBER status)
    Q_PROPERTY(QString statusString MEMBER statusString)
    Q_PROPERTY(Clerk::User user MEMBER user)
    Q_PROPERTY(QDateTime lastActiveAt MEMBER lastActiveAt)
    Q_PROPERTY(QDateTime expireAt MEMBER expireAt)
    Q_PROPERTY(QDateTime abandonAt MEMBER abandonAt)
    Q_PROPERTY(QString lastActiveOrganizationId MEMBER lastActiveOrganizationId)
    Q_PROPERTY(QVariantMap actor MEMBER actor)
    Q_PROPERTY(bool isImpersonated READ isImpersonated)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QDateTime updatedAt MEMBER updatedAt)
    Q_PROPERTY(bool isNull READ isNull)
public:
    enum class Status { Unknown, Active, Pending, Ended, Expired, Removed, Replaced, Abandoned, Revoked };
    Q_ENUM(Status)

    QString id;
    Status status = Status::Unknown;
    QString statusString; ///< Clerk's status string as sent, also for values this version does not know
    User user;
    QDateTime lastActiveAt;
    QDateTime expireAt;
    QDateTime abandonAt;
    QString lastActiveOrganizationId; ///< empty = personal account
    QVariantMap actor;                ///< `{iss, sid, sub}` when impersonated; empty otherwise
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;

    bool isImpersonated() const { return !actor.isEmpty(); }
    bool isNull() const { return id.isEmpty(); }
    bool operator==(const Session &o) const { return raw == o.raw; }
    bool operator!=(const Session &o) const { return raw != o.raw; }
};

} // namespace Clerk
