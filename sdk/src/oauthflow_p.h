// OAuth in the browser: a request that makes Clerk prepare the provider's page, the browser sent there, the
// redirect caught (loopback listener or the app's own URL), and a last request that reads the outcome. The
// OAuth sign-in (the rotating-token nonce traded for the finished sign-in) is one such trip; connecting or
// reauthorizing an external account (ConnectionOps) is another. Also the environment's list of OAuth providers.
#pragma once

#include <ClerkQt/auth.h>

#include <QPointer>
#include "clientstore_p.h"
#include "fapiclient_p.h"

#include <QList>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <variant>

class QTimer;

namespace Clerk {

class AuthCore;
class OAuthListener;
class PendingReply;
class SignFlows;

class OAuthFlow
{
public:
    /// What a browser trip does at each step; the trip itself (state, listener, timeout, cancel, abort, the
    /// page the browser ends on) is OAuthFlow's.
    struct Trip
    {
        /// The request that makes Clerk prepare the provider's page; Clerk sends the browser back to `redirect`.
        std::function<FapiRequest(const QUrl &redirect)> request;
        /// Where the `verification_oauth` object is in Clerk's answer, as the keys leading to it
        /// ("first_factor_verification"; "verifications", "external_account"); its
        /// `external_verification_redirect_url` is where the browser goes.
        QStringList verificationPath;
        /// The browser is back with this trip's state: the request that reads the outcome, or why it failed.
        /// `resourceId` is the id of the object the first answer returned (the sign-in, the external account).
        std::function<std::variant<FapiRequest, Error>(const QUrlQuery &redirect, const QString &resourceId)> back;
        /// Reads the answer to that request: a non-null Error fails the trip (and the browser tab says so).
        std::function<Error(const FapiResult &result, const QString &resourceId)> check;
        /// Once the trip succeeded (the listener has answered the browser): finishes `reply` with the answer.
        std::function<void(const FapiResult &result, const QString &resourceId, PendingReply *reply)> complete;
        /// What the client store says is in progress while the browser is out (the sign-in is; connecting an
        /// account is not a flow of the store's).
        ClientStore::Flow flow = ClientStore::Flow::None;
        /// What the trip is called in its errors ("sign-in", "connection").
        QString noun;
        /// The titles of the page the browser tab ends on.
        QString succeededTitle, failedTitle;
    };

    /// `flows` takes the answer once the provider's account needs a sign-up (Clerk's transfer) or is signed in.
    OAuthFlow(AuthCore &core, SignFlows &flows) : d(core), m_flows(flows) {}

    /// The OAuth sign-in; fails at once when `strategy` is no OAuth strategy.
    Reply *start(const QString &strategy, const OAuthOptions &options);
    /// The OAuth sign-up (signed in instead through Clerk's transfer when the account has a user); fails at once
    /// when `strategy` is no OAuth strategy.
    Reply *startSignUp(const QString &strategy, const OAuthOptions &options);
    /// The enterprise SSO sign-in: the same trip, the connection chosen by the identifier's domain.
    Reply *startEnterpriseSso(const QString &identifier, const OAuthOptions &options);
    /// Any trip; fails at once when another one waits for the browser (clerkqt_oauth_in_progress): one listener,
    /// one browser tab at a time.
    Reply *run(const OAuthOptions &options, Trip trip);
    bool handleRedirect(const QUrl &url);
    void cancel();

    Reply *loadEnvironment();
    QList<OAuthProvider> providers() const { return m_providers; }

private:
    /// The trip in progress, if any.
    struct Pending
    {
        Trip trip;
        QPointer<PendingReply> reply;
        QPointer<OAuthListener> listener;
        QString state, resourceId;
        QTimer *timer = nullptr;
        FapiClient::RequestId request = 0; ///< the request in flight for the trip, if any
    };

    /// A sign-in through the browser: `POST /client/sign_ins` with `form` and the redirect URL, the rotating
    /// token nonce traded for the outcome, a transfer to a sign-up when the account has no user yet.
    Reply *runSignIn(const FormFields &form, const OAuthOptions &options);
    /// Ends the trip in progress; a non-null `error` fails its reply (and the browser tab shows it).
    void finish(const Error &error);
    /// The browser is back: read the outcome with `request`.
    void complete(const FapiRequest &request);
    /// A reply failed at once when `strategy` is no OAuth strategy; null when it is one.
    Reply *rejectStrategy(const QString &strategy);
    /// Clerk's answer to the first request: send the browser to the provider.
    void openBrowser(const QJsonObject &response);

    AuthCore &d;
    SignFlows &m_flows;
    std::optional<Pending> m_pending;
    QList<OAuthProvider> m_providers; ///< from the last loadEnvironment()
};

} // namespace Clerk
