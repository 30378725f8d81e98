// OrganizationManager's private side: a thin face over Auth's engine, as Account's is. Each operation runs
// through Auth::Private (waits for the restore, is typed, is cancelled by a restart); the requests are built by
// the engine's OrgOps.
#pragma once

#include "auth_p.h"

#include <ClerkQt/organizations.h>

namespace Clerk {

class OrganizationManager::Private
{
public:
    Private(OrganizationManager *q, Auth::Private &auth) : q(q), auth(auth) {}

    OrganizationManager *const q;
    Auth::Private &auth;

    /// Clears myInvitations when the user changes or signs out (orginvitations.cpp). Connected by the first load:
    /// before it the list is empty anyway.
    void watchInvitationsUser();
    /// Sets myInvitations, loaded for `userId`, and announces a change.
    void setMyInvitations(const QList<OrganizationInvitation> &invitations, const QString &userId);
    QList<OrganizationInvitation> myInvitations;
    QString myInvitationsUser; ///< whose invitations myInvitations are
    bool watchingInvitationsUser = false;
};

} // namespace Clerk
