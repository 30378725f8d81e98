// Session and user operations: sign-out, switching and touching sessions, ending and removing them, session
// tokens, and reading or updating the signed-in user (the answers reach the model through the client store).
#pragma once

#include "fapiclient_p.h"

#include <ClerkQt/auth.h>

#include <functional>
#include <optional>

namespace Clerk {

class AuthCore;
class PendingReply;

class SessionOps
{
public:
    explicit SessionOps(AuthCore &core) : d(core) {}

    Reply *signOut();
    Reply *signOut(const QString &sessionId);
    Reply *setActive(const QString &sessionId, const QString &organizationId);
    Reply *touchSession(const QString &sessionId);
    Reply *endSession(const QString &sessionId);
    Reply *removeSession(const QString &sessionId);
    Reply *getToken(const GetTokenOptions &options);

    Reply *reloadUser();
    Reply *updateUser(const UserUpdate &update);

private:
    /// POST /client/sessions/{id}/<action>; `after` replaces the default outcome (the session as the server
    /// left it). An empty `sessionId` means the active session.
    Reply *sessionAction(const QString &sessionId, const QString &action, const FormFields &form,
                         std::function<void(PendingReply *)> after = {});
    /// Forgets this device's client, then succeeds `reply`.
    void forgetClientFor(PendingReply *reply);

    AuthCore &d;
};

} // namespace Clerk
