#include "oauthflow_p.h"

#include "authcore_p.h"
#include "oauthlistener_p.h"
#include "resources_p.h"
#include "signflows_p.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QTimer>

namespace Clerk {

namespace {

/// What the provider did for a sign-in: "verified", "transferable" (no Clerk user yet), "failed", …
QString firstFactorStatus(const FapiResult &r)
{
    return r.envelope.response.toObject().value(QLatin1String("first_factor_verification")).toObject()
        .value(QLatin1String("status")).toString();
}

/// The same for a sign-up: its `verifications.external_account` ("transferable": the account has a user).
QString externalAccountStatus(const FapiResult &r)
{
    return r.envelope.response.toObject().value(QLatin1String("verifications")).toObject()
        .value(QLatin1String("external_account")).toObject().value(QLatin1String("status")).toString();
}

/// The browser is back: Clerk put a one-use nonce on the redirect, which the app trades for the attempt (and, with
/// the answer's client, the rotated client token) at `path`. `noun` names the attempt in the error.
std::variant<FapiRequest, Error> nonceRequest(const QUrlQuery &query, const QString &path, const QString &description,
                                              const QString &noun)
{
    const QString nonce = query.queryItemValue(QStringLiteral("rotating_token_nonce"));
    if (nonce.isEmpty())
        return Error(Error::Kind::Auth, QStringLiteral("clerkqt_oauth_denied"),
                     QStringLiteral("The provider did not let the %1 through.").arg(noun));
    FapiRequest request;
    request.path = path;
    request.query = {{QStringLiteral("rotating_token_nonce"), nonce}};
    request.description = description;
    return request;
}

} // namespace

Reply *OAuthFlow::rejectStrategy(const QString &strategy)
{
    if (strategy.startsWith(QLatin1String("oauth_")))
        return nullptr;
    auto *reply = d.newReply();
    d.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_strategy_not_supported"),
                                         QStringLiteral("%1 is not an OAuth strategy.").arg(strategy)));
    return reply;
}

Reply *OAuthFlow::start(const QString &strategy, const OAuthOptions &options)
{
    if (Reply *rejected = rejectStrategy(strategy))
        return rejected;
    return runSignIn({{QStringLiteral("strategy"), strategy}}, options);
}

Reply *OAuthFlow::startEnterpriseSso(const QString &identifier, const OAuthOptions &options)
{
    return runSignIn({{QStringLiteral("strategy"), QStringLiteral("enterprise_sso")},
                      {QStringLiteral("identifier"), identifier.trimmed()}},
                     options);
}

Reply *OAuthFlow::runSignIn(const FormFields &form, const OAuthOptions &options)
{
    Trip trip;
    trip.noun = QStringLiteral("sign-in");
    trip.flow = ClientStore::Flow::SignIn;
    trip.succeededTitle = QCoreApplication::translate("Clerk::OAuthFlow", "Signed in");
    trip.failedTitle = QCoreApplication::translate("Clerk::OAuthFlow", "Sign-in failed");
    trip.request = [form](const QUrl &redirect) {
        FapiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/client/sign_ins");
        request.form = form;
        request.form.append({QStringLiteral("redirect_url"), redirect.toString()});
        return request;
    };
    trip.verificationPath = {QStringLiteral("first_factor_verification")};
    trip.back = [](const QUrlQuery &query, const QString &signInId) {
        return nonceRequest(query, QStringLiteral("/client/sign_ins/%1").arg(signInId),
                            QStringLiteral("GET /client/sign_ins/{id}?rotating_token_nonce"), QStringLiteral("sign-in"));
    };
    trip.check = [](const FapiResult &r, const QString &) {
        const QString verification = firstFactorStatus(r);
        if (verification == QLatin1String("verified") || verification == QLatin1String("transferable"))
            return Error();
        return Error(Error::Kind::Auth, QStringLiteral("clerkqt_oauth_failed"),
                     QStringLiteral("The provider did not verify the account."));
    };
    trip.complete = [this](const FapiResult &r, const QString &, PendingReply *reply) {
        if (firstFactorStatus(r) != QLatin1String("transferable")) {
            m_flows.completeSignInStep(r, reply);
            return;
        }
        // The provider's account has no Clerk user yet: Clerk's transfer turns it into a sign-up.
        FapiRequest transfer;
        transfer.method = "POST";
        transfer.path = QStringLiteral("/client/sign_ups");
        transfer.form = {{QStringLiteral("transfer"), QStringLiteral("true")}};
        d.call(reply, transfer, [this](const FapiResult &tr, PendingReply *rep) { m_flows.completeSignUpStep(tr, rep); });
    };
    return run(options, std::move(trip));
}

Reply *OAuthFlow::startSignUp(const QString &strategy, const OAuthOptions &options)
{
    if (Reply *rejected = rejectStrategy(strategy))
        return rejected;
    Trip trip;
    trip.noun = QStringLiteral("sign-up");
    trip.flow = ClientStore::Flow::SignUp;
    trip.succeededTitle = QCoreApplication::translate("Clerk::OAuthFlow", "Signed up");
    trip.failedTitle = QCoreApplication::translate("Clerk::OAuthFlow", "Sign-up failed");
    trip.request = [strategy](const QUrl &redirect) {
        FapiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/client/sign_ups");
        request.form = {{QStringLiteral("strategy"), strategy}, {QStringLiteral("redirect_url"), redirect.toString()}};
        return request;
    };
    trip.verificationPath = {QStringLiteral("verifications"), QStringLiteral("external_account")};
    trip.back = [](const QUrlQuery &query, const QString &signUpId) {
        return nonceRequest(query, QStringLiteral("/client/sign_ups/%1").arg(signUpId),
                            QStringLiteral("GET /client/sign_ups/{id}?rotating_token_nonce"), QStringLiteral("sign-up"));
    };
    trip.check = [](const FapiResult &r, const QString &) {
        const QString verification = externalAccountStatus(r);
        if (verification == QLatin1String("verified") || verification == QLatin1String("transferable"))
            return Error();
        return Error(Error::Kind::Auth, QStringLiteral("clerkqt_oauth_failed"),
                     QStringLiteral("The provider did not verify the account."));
    };
    trip.complete = [this](const FapiResult &r, const QString &, PendingReply *reply) {
        if (externalAccountStatus(r) != QLatin1String("transferable")) {
            m_flows.completeSignUpStep(r, reply);
            return;
        }
        // The provider's account already belongs to a user: Clerk's transfer signs that user in instead — the
        // mirror of an OAuth sign-in that becomes a sign-up.
        FapiRequest transfer;
        transfer.method = "POST";
        transfer.path = QStringLiteral("/client/sign_ins");
        transfer.form = {{QStringLiteral("transfer"), QStringLiteral("true")}};
        d.call(reply, transfer, [this](const FapiResult &tr, PendingReply *rep) { m_flows.completeSignInStep(tr, rep); });
    };
    return run(options, std::move(trip));
}

Reply *OAuthFlow::run(const OAuthOptions &options, Trip trip)
{
    auto *reply = d.newReply();
    if (m_pending) {
        d.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_oauth_in_progress"),
                                             QStringLiteral("Another OAuth flow is waiting for the browser.")));
        return reply;
    }
    Pending flow;
    flow.trip = std::move(trip);
    flow.reply = reply;
    QByteArray state(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(state.data()), 4);
    flow.state = QString::fromLatin1(state.toHex());
    QUrl redirect = options.redirectUrl;
    if (redirect.isEmpty()) {
        flow.listener = new OAuthListener(d.scope);
        if (!flow.listener->listen()) {
            delete flow.listener;
            d.fail(reply, Error(Error::Kind::Network, QStringLiteral("clerkqt_listener_failed"),
                                QStringLiteral("Could not listen on 127.0.0.1 for the browser's redirect.")));
            return reply;
        }
        redirect = flow.listener->callbackUrl();
        QObject::connect(flow.listener, &OAuthListener::redirected, d.scope,
                         [this, listener = flow.listener](const QUrl &url) {
                             // Anything but our own redirect (another tab, a stray local request) leaves the
                             // flow waiting.
                             if (!handleRedirect(url) && listener)
                                 listener->ignore();
                         });
    }
    // Our own state on the way back: a redirect that does not carry it did not come from this flow.
    QUrlQuery query(redirect);
    query.addQueryItem(QStringLiteral("clerkqt_state"), flow.state);
    redirect.setQuery(query);
    flow.timer = new QTimer(d.scope);
    flow.timer->setSingleShot(true);
    QObject::connect(flow.timer, &QTimer::timeout, d.scope, [this] {
        if (m_pending)
            finish(Error(Error::Kind::Canceled, QStringLiteral("clerkqt_oauth_timeout"),
                         QStringLiteral("The %1 in the browser was not finished in time.").arg(m_pending->trip.noun)));
    });
    flow.timer->start(options.timeout);
    m_pending = std::move(flow);

    const FapiRequest request = m_pending->trip.request(redirect);
    QPointer<PendingReply> guard(reply);
    // Aborting the reply (or deleting it) ends the flow: the request stops, the listener and timer go.
    reply->setAbortHandler([this, state = m_pending->state] {
        // From Reply::abort() (the reply already failed) or while the reply is being deleted: either way the
        // flow ends without touching the reply, which may be half destroyed (no PendingReply any more).
        if (!m_pending || m_pending->state != state)
            return;
        m_pending->reply.clear();
        finish(Error(Error::Kind::Canceled, QStringLiteral("clerkqt_aborted"),
                     QStringLiteral("The operation was aborted.")));
    });
    m_pending->request = d.send(request, [this, guard](const FapiResult &r) {
        if (!m_pending || m_pending->reply != guard)
            return; // canceled or timed out meanwhile
        m_pending->request = 0;
        if (!r.error.isNull()) {
            finish(r.error);
            return;
        }
        openBrowser(r.envelope.response.toObject());
    });
    return reply;
}

void OAuthFlow::openBrowser(const QJsonObject &response)
{
    QJsonObject verification = response;
    for (const QString &key : m_pending->trip.verificationPath)
        verification = verification.value(key).toObject();
    const QUrl external(verification.value(QLatin1String("external_verification_redirect_url")).toString());
    m_pending->resourceId = response.value(QLatin1String("id")).toString();
    if (!external.isValid() || external.scheme().isEmpty() || m_pending->resourceId.isEmpty()) {
        finish(Error(Error::Kind::Protocol, QStringLiteral("clerkqt_unexpected_response"),
                     QStringLiteral("Clerk did not say where to send the browser.")));
        return;
    }
    if (m_pending->trip.flow != ClientStore::Flow::None) {
        d.store.setFlow(m_pending->trip.flow);
        d.store.notify();
    }
    Q_EMIT d.q->authorizeWithBrowser(external);
    // Qt NetworkAuth's contract: an app that handles authorizeWithBrowser shows the page itself, so the
    // system browser opens only when nothing does (or through the app's own AuthConfig::openUrl).
    bool opened = true;
    if (d.config.openUrl)
        opened = d.config.openUrl(external);
    else if (!d.isConnected(QMetaMethod::fromSignal(&Auth::authorizeWithBrowser)))
        opened = QDesktopServices::openUrl(external);
    if (!opened && m_pending)
        finish(Error(Error::Kind::Configuration, QStringLiteral("clerkqt_browser_unavailable"),
                     QStringLiteral("The system browser could not be opened.")));
}

bool OAuthFlow::handleRedirect(const QUrl &url)
{
    if (!m_pending || m_pending->resourceId.isEmpty() || m_pending->request)
        return false; // no trip, the browser not sent yet, or the outcome already being read
    const QUrlQuery query(url);
    if (query.queryItemValue(QStringLiteral("clerkqt_state")) != m_pending->state)
        return false; // not this flow's redirect: keep waiting for it (or the timeout)
    auto next = m_pending->trip.back(query, m_pending->resourceId);
    if (const Error *error = std::get_if<Error>(&next))
        finish(*error);
    else
        complete(std::get<FapiRequest>(next));
    return true;
}

void OAuthFlow::cancel()
{
    if (m_pending)
        finish(Error(Error::Kind::Canceled, QStringLiteral("clerkqt_oauth_canceled"),
                     QStringLiteral("The %1 was canceled.").arg(m_pending->trip.noun)));
}

void OAuthFlow::finish(const Error &error)
{
    if (!m_pending)
        return;
    Pending done = *std::exchange(m_pending, std::nullopt);
    if (done.request)
        d.fapi->abort(done.request);
    if (done.listener) {
        // The browser tab learns the outcome too.
        done.listener->respond(error.isNull() ? done.trip.succeededTitle : done.trip.failedTitle,
                               error.isNull() ? QCoreApplication::translate(
                                                    "Clerk::OAuthFlow", "You can close this tab and return to the app.")
                                              : error.message());
        done.listener->deleteLater();
    }
    if (done.timer) {
        done.timer->stop();
        done.timer->deleteLater();
    }
    if (!error.isNull()) {
        if (done.trip.flow != ClientStore::Flow::None && d.store.flow() == done.trip.flow)
            d.store.setFlow(ClientStore::Flow::None);
        d.store.notify();
        d.fail(done.reply, error);
    }
}

void OAuthFlow::complete(const FapiRequest &request)
{
    QPointer<PendingReply> reply = m_pending->reply;
    if (m_pending->listener)
        m_pending->listener->close();
    m_pending->request = d.send(request, [this, reply](const FapiResult &r) {
        if (!m_pending || m_pending->reply != reply)
            return;
        m_pending->request = 0;
        const QString resourceId = m_pending->resourceId;
        const Error failed = r.error.isNull() ? m_pending->trip.check(r, resourceId) : r.error;
        if (!failed.isNull()) {
            finish(failed);
            return;
        }
        const auto done = m_pending->trip.complete;
        finish({});
        done(r, resourceId, reply);
    });
}

Reply *OAuthFlow::loadEnvironment()
{
    auto *reply = d.newReply();
    FapiRequest request;
    request.path = QStringLiteral("/environment");
    d.call(reply, request, [this](const FapiResult &r, PendingReply *rep) {
        const QList<OAuthProvider> providers = parseOAuthProviders(r.envelope.body.toObject());
        const UserSettings settings = parseUserSettings(r.envelope.body.toObject());
        if (providers != m_providers || settings != d.userSettings) {
            m_providers = providers;
            d.userSettings = settings;
            Q_EMIT d.q->environmentChanged();
        }
        if (rep)
            rep->succeed(QVariant::fromValue(providers));
    });
    return reply;
}

} // namespace Clerk
