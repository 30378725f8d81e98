// Email-link sign-in (clerk-js createEmailLinkFlow): the sign-in started, Clerk asked to email a link that leads
// back to the app (the loopback listener, or the app's own URL), then a wait that ends when the link was opened —
// here (the redirect says so at once) or on another device (the sign-in, polled, is complete) — or expired,
// timed out, or was canceled.
#pragma once

#include "fapiclient_p.h"

#include <ClerkQt/auth.h>

#include <QPointer>

#include <optional>

class QTimer;

namespace Clerk {

class AuthCore;
class OAuthListener;
class PendingReply;
class SignFlows;

class EmailLinkFlow
{
public:
    EmailLinkFlow(AuthCore &core, SignFlows &flows) : d(core), m_flows(flows) {}
    ~EmailLinkFlow();
    EmailLinkFlow(const EmailLinkFlow &) = delete;
    EmailLinkFlow &operator=(const EmailLinkFlow &) = delete;

    Reply *start(const QString &identifier, const EmailLinkOptions &options);
    bool handleRedirect(const QUrl &url);
    void cancel();

private:
    struct Pending
    {
        QPointer<PendingReply> reply;
        QPointer<OAuthListener> listener;
        QString state, signInId;
        QUrl redirect;
        QTimer *deadline = nullptr;
        QTimer *poll = nullptr;
        FapiClient::RequestId request = 0; ///< the request in flight, if any
        bool waiting = false;              ///< the link was sent: polling, redirects count
        bool pollAgain = false;            ///< a redirect arrived while a poll was in flight
    };

    void createSignIn(const QString &identifier);
    /// Clerk's answer to the new sign-in: ask for the link to the address `identifier` names.
    void sendLink(const QJsonObject &signIn, const QString &identifier);
    /// GET the sign-in now, unless a request is in flight (then once it answers).
    void pollNow();
    /// The sign-in as Clerk reports it while waiting: finished, expired, or still waiting.
    void onPolled(const FapiResult &result);
    /// Ends the wait; a non-null `error` fails the reply, otherwise `done` (if any) finishes it.
    void finish(const Error &error, const FapiResult *done = nullptr);

    AuthCore &d;
    SignFlows &m_flows;
    std::optional<Pending> m_pending;
};

} // namespace Clerk
