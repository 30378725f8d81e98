// The OAuth sign-in: a sign-in with the provider's strategy, the browser sent to Clerk's page, the redirect
// caught (loopback listener or the app's own URL), and the rotating-token nonce traded for the finished sign-in.
// Also the environment's list of OAuth providers.
#pragma once

#include <ClerkQt/auth.h>

#include <QPointer>
#include "fapiclient_p.h"

#include <QList>

#include <optional>

class QTimer;

namespace Clerk {

class AuthCore;
class OAuthListener;
class PendingReply;
class SignFlows;

class OAuthFlow
{
public:
    /// `flows` takes the answer once the provider's account needs a sign-up (Clerk's transfer) or is signed in.
    OAuthFlow(AuthCore &core, SignFlows &flows) : d(core), m_flows(flows) {}

    Reply *start(const QString &strategy, const OAuthOptions &options);
    bool handleRedirect(const QUrl &url);
    void cancel();

    Reply *loadEnvironment();
    QList<OAuthProvider> providers() const { return m_providers; }

private:
    /// The flow in progress, if any.
    struct Pending
    {
        QPointer<PendingReply> reply;
        QPointer<OAuthListener> listener;
        QString state, signInId;
        QTimer *timer = nullptr;
        FapiClient::RequestId request = 0; ///< the request in flight for the flow, if any
    };

    /// Ends the flow in progress; a non-null `error` fails its reply (and the browser tab shows it).
    void finish(const Error &error);
    void complete(const QString &nonce);
    /// Clerk's answer to the sign-in: send the browser to the provider.
    void openBrowser(const QJsonObject &signIn);

    AuthCore &d;
    SignFlows &m_flows;
    std::optional<Pending> m_pending;
    QList<OAuthProvider> m_providers; ///< from the last loadEnvironment()
};

} // namespace Clerk
