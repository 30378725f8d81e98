/// @file
/// Clerk's session resource as a QML-readable value.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/user.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <tuple>

namespace Clerk {

/// A `session` object of the client. Mirrors Clerk's Session: id, status, user, lastActiveAt, expireAt,
/// abandonAt, lastActiveOrganizationId, actor, tasks.
///
/// `raw` keeps Clerk's JSON **except** `last_active_token`: session tokens are credentials and are only
/// handed out through Auth::sessionToken().
///
/// Only a session with status Active counts as signed in. A Pending one has `tasks` left (Clerk's session tasks,
/// e.g. `choose-organization`, `setup-mfa`); Auth::status() is Auth::Status::NeedsTask while the app acts as it.
/// Timestamps are UTC and invalid when Clerk did not send them.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name, and so are
/// `isImpersonated`, `currentTask` and `isNull`.
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
    Q_PROPERTY(QStringList tasks MEMBER tasks)
    Q_PROPERTY(QString currentTask READ currentTask)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QDateTime updatedAt MEMBER updatedAt)
    Q_PROPERTY(bool isNull READ isNull)
public:
    /// Clerk's session status (`status`). Only Active sessions are usable; the others stay listed until Clerk
    /// drops them.
    enum class Status {
        Unknown,   ///< A status this version does not know; see statusString
        Active,    ///< `active`: signed in
        Pending,   ///< `pending`: signed in, with a task left to finish before the session is active
        Ended,     ///< `ended`: signed out (Auth::end())
        Expired,   ///< `expired`: past its expireAt
        Removed,   ///< `removed`: removed from the client (Auth::remove(), Auth::signOut(sessionId))
        Replaced,  ///< `replaced`: replaced by a newer session
        Abandoned, ///< `abandoned`: not used before its abandonAt
        Revoked    ///< `revoked`: revoked on the server (Backend API, dashboard, or the user on another device)
    };
    Q_ENUM(Status)

    QString id;                       ///< Clerk's session id
    Status status = Status::Unknown;  ///< Parsed from statusString
    QString statusString; ///< Clerk's status string as sent, also for values this version does not know
    User user;                        ///< The user signed in with this session
    QDateTime lastActiveAt;           ///< When the session was last used
    QDateTime expireAt;               ///< When the session expires, used or not
    QDateTime abandonAt;              ///< When the session is abandoned if it is not used before
    QString lastActiveOrganizationId; ///< empty = personal account
    QVariantMap actor;                ///< `{iss, sid, sub}` when impersonated; empty otherwise
    /// The keys of Clerk's session tasks still to do (`tasks[].key`, e.g. "choose-organization", "setup-mfa"),
    /// in Clerk's order; empty unless the session is Pending.
    QStringList tasks;
    QDateTime createdAt;              ///< When the session was created
    QDateTime updatedAt;              ///< Last change
    QJsonObject raw;                  ///< Clerk's JSON without `last_active_token`

    /// True when someone else (`actor`, e.g. a support agent) acts as the user.
    bool isImpersonated() const { return !actor.isEmpty(); }
    /// The task to do first (Clerk's `session.currentTask`): the first of `tasks`, empty when there is none.
    QString currentTask() const { return tasks.isEmpty() ? QString() : tasks.first(); }
    /// True when there is no session (empty id).
    bool isNull() const { return id.isEmpty(); }
private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const { return std::tie(id, status, statusString, user, lastActiveAt, expireAt, abandonAt, lastActiveOrganizationId, actor, tasks, createdAt, updatedAt, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const Session &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const Session &o) const { return !(*this == o); }
};

} // namespace Clerk
