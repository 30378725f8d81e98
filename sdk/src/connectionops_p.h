// The signed-in user's connected accounts and devices, behind Account: connecting or reauthorizing an external
// account (a browser trip of OAuthFlow's, then the user reloaded), disconnecting one, and the user's active
// sessions on every device with revoking one. Requests act for the active session; the answers carry the
// client, which reaches the model through AuthCore::send() before a reply reports.
#pragma once

#include "fapiclient_p.h"

#include <ClerkQt/account.h>
#include <ClerkQt/auth.h>

#include <optional>

namespace Clerk {

class AuthCore;
class OAuthFlow;
class PendingReply;

class ConnectionOps
{
public:
    ConnectionOps(AuthCore &core, OAuthFlow &oauth) : d(core), m_oauth(oauth) {}

    /// Result: the ExternalAccount, verified.
    Reply *connectExternalAccount(const QString &strategy, const OAuthOptions &options);
    Reply *reauthorizeExternalAccount(const QString &externalAccountId, const OAuthOptions &options);
    Reply *disconnectExternalAccount(const QString &externalAccountId);

    /// Result: QList<DeviceSession>, isThisDevice set for this client's active session.
    Reply *loadDeviceSessions();
    /// Result: none. Revoking this client's last active session forgets the client, as signing out does.
    Reply *revokeSession(const QString &sessionId);

private:
    /// A request of the signed-in user's (`path` below /me) for the active session; none when nobody is signed
    /// in, and then `reply` has failed with clerkqt_signed_out.
    std::optional<FapiRequest> me(PendingReply *reply, const QByteArray &method, const QString &path);
    /// The browser trip of connect and reauthorize: `start` (the first request, without its redirect_url) makes
    /// Clerk prepare the provider's page; once the browser is back the user is reloaded and the account read.
    Reply *authorize(FapiRequest start, const OAuthOptions &options);

    AuthCore &d;
    OAuthFlow &m_oauth;
};

/// Clerk's `SessionWithActivities` (GET /v1/me/sessions/active) as a DeviceSession; `thisSessionId` is this
/// client's active session.
DeviceSession parseDeviceSession(const QJsonObject &json, const QString &thisSessionId);

} // namespace Clerk
