// Account's private side. Account is a thin face over Auth's engine: each operation runs through Auth::Private
// (so it waits for the restore, is typed, and is cancelled by a restart like Auth's own), and the engine parts
// that build the requests live with the other engine parts (AuthCore). Only what belongs to the Account object
// itself — the last device list — is kept here.
#pragma once

#include "auth_p.h"

#include <ClerkQt/account.h>

namespace Clerk {

class Account::Private
{
public:
    Private(Account *q, Auth::Private &auth) : q(q), auth(auth) {}

    /// Clears deviceSessions when the user changes or signs out (devicesessions.cpp).
    void watchSignOut();
    /// Sets deviceSessions, loaded for `userId`, and announces a change.
    void setDeviceSessions(const QList<DeviceSession> &sessions, const QString &userId);

    Account *const q;
    Auth::Private &auth;
    QList<DeviceSession> deviceSessions;
    QString deviceSessionsUser; ///< whose sessions deviceSessions are
};

} // namespace Clerk
