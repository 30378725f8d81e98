#include "emaillinkflow_p.h"

#include "authcore_p.h"
#include "logging_p.h"
#include "oauthlistener_p.h"
#include "signflows_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace Clerk {

namespace {

QString translate(const char *text) { return QCoreApplication::translate("Clerk::EmailLinkFlow", text); }

Error expired()
{
    return Error(Error::Kind::Auth, QStringLiteral("clerkqt_email_link_expired"),
                 translate("The sign-in link expired. Send a new one."));
}

QJsonObject firstFactorVerification(const QJsonObject &signIn)
{
    return signIn.value(QLatin1String("first_factor_verification")).toObject();
}

} // namespace

EmailLinkFlow::~EmailLinkFlow()
{
    // The engine goes away (restart, Auth deleted): its scope deletes the timers and listener; nothing to answer.
    m_pending.reset();
}

Reply *EmailLinkFlow::start(const QString &identifier, const EmailLinkOptions &options)
{
    auto *reply = d.newReply();
    if (m_pending) {
        d.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_email_link_in_progress"),
                                             QStringLiteral("Another email link is being waited for.")));
        return reply;
    }
    Pending flow;
    flow.reply = reply;
    QByteArray state(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(state.data()), 4);
    flow.state = QString::fromLatin1(state.toHex());
    flow.redirect = options.redirectUrl;
    if (flow.redirect.isEmpty()) {
        flow.listener = new OAuthListener(d.scope);
        if (!flow.listener->listen()) {
            delete flow.listener;
            d.fail(reply, Error(Error::Kind::Network, QStringLiteral("clerkqt_listener_failed"),
                                QStringLiteral("Could not listen on 127.0.0.1 for the link's redirect.")));
            return reply;
        }
        flow.redirect = flow.listener->callbackUrl();
        QObject::connect(flow.listener, &OAuthListener::redirected, d.scope,
                         [this, listener = flow.listener](const QUrl &url) {
                             if (!handleRedirect(url) && listener)
                                 listener->ignore();
                         });
    }
    // Our own state on the way back, as with OAuth: a redirect without it belongs to another wait.
    QUrlQuery query(flow.redirect);
    query.addQueryItem(QStringLiteral("clerkqt_state"), flow.state);
    flow.redirect.setQuery(query);
    flow.deadline = new QTimer(d.scope);
    flow.deadline->setSingleShot(true);
    QObject::connect(flow.deadline, &QTimer::timeout, d.scope, [this] {
        finish(Error(Error::Kind::Canceled, QStringLiteral("clerkqt_email_link_timeout"),
                     QStringLiteral("The sign-in link was not opened in time.")));
    });
    flow.deadline->start(options.timeout);
    flow.poll = new QTimer(d.scope);
    // A zero interval would poll Clerk in a busy loop.
    flow.poll->setInterval(std::max(options.pollInterval, std::chrono::milliseconds(50)));
    QObject::connect(flow.poll, &QTimer::timeout, d.scope, [this] { pollNow(); });
    m_pending = std::move(flow);

    reply->setAbortHandler([this, state = m_pending->state] {
        // From Reply::abort() (the reply already failed) or while the reply is being deleted: either way the
        // flow ends without touching the reply, which may be half destroyed (no PendingReply any more).
        if (!m_pending || m_pending->state != state)
            return;
        m_pending->reply.clear();
        finish(Error(Error::Kind::Canceled, QStringLiteral("clerkqt_aborted"),
                     QStringLiteral("The operation was aborted.")));
    });
    createSignIn(identifier);
    return reply;
}

void EmailLinkFlow::createSignIn(const QString &identifier)
{
    FapiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/client/sign_ins");
    request.form = {{QStringLiteral("identifier"), identifier.trimmed()}};
    m_pending->request = d.send(request, [this, identifier](const FapiResult &r) {
        if (!m_pending)
            return; // ended meanwhile (the engine stopping aborts what is in flight)
        m_pending->request = 0;
        if (!r.error.isNull()) {
            finish(r.error);
            return;
        }
        m_flows.completeSignInStep(r, nullptr); // the sign-in is this client's flow now
        sendLink(r.envelope.response.toObject(), identifier.trimmed());
    });
}

void EmailLinkFlow::sendLink(const QJsonObject &signIn, const QString &identifier)
{
    m_pending->signInId = signIn.value(QLatin1String("id")).toString();
    // The link goes to the address the user typed when it is one of the user's; else to the primary address
    // (an identifier that is a username or phone number), else to the first one offered.
    QString typed, primary, first;
    for (const QJsonValue &factor : signIn.value(QLatin1String("supported_first_factors")).toArray()) {
        const QJsonObject f = factor.toObject();
        if (f.value(QLatin1String("strategy")).toString() != QLatin1String("email_link"))
            continue;
        const QString id = f.value(QLatin1String("email_address_id")).toString();
        if (first.isEmpty())
            first = id;
        if (f.value(QLatin1String("primary")).toBool())
            primary = id;
        if (f.value(QLatin1String("safe_identifier")).toString().compare(identifier, Qt::CaseInsensitive) == 0)
            typed = id;
    }
    const QString emailAddressId = !typed.isEmpty() ? typed : !primary.isEmpty() ? primary : first;
    if (m_pending->signInId.isEmpty() || emailAddressId.isEmpty()) {
        finish(AuthCore::invalidState(QStringLiteral("clerkqt_strategy_not_supported"),
                                      QStringLiteral("This sign-in does not offer an email link.")));
        return;
    }
    FapiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/client/sign_ins/%1/prepare_first_factor").arg(m_pending->signInId);
    request.form = {{QStringLiteral("strategy"), QStringLiteral("email_link")},
                    {QStringLiteral("email_address_id"), emailAddressId},
                    {QStringLiteral("redirect_url"), m_pending->redirect.toString(QUrl::FullyEncoded)}};
    m_pending->request = d.send(request, [this](const FapiResult &r) {
        if (!m_pending)
            return; // ended meanwhile (the engine stopping aborts what is in flight)
        m_pending->request = 0;
        if (!r.error.isNull()) {
            finish(r.error);
            return;
        }
        m_flows.completeSignInStep(r, nullptr);
        qCInfo(lcAuth) << "email link sent for sign-in" << m_pending->signInId;
        m_pending->waiting = true;
        m_pending->poll->start();
        if (std::exchange(m_pending->pollAgain, false))
            pollNow();
    });
}

void EmailLinkFlow::pollNow()
{
    if (!m_pending)
        return;
    if (m_pending->request || !m_pending->waiting) {
        m_pending->pollAgain = true;
        return;
    }
    FapiRequest request;
    request.path = QStringLiteral("/client/sign_ins/%1").arg(m_pending->signInId);
    m_pending->request = d.send(request, [this](const FapiResult &r) {
        if (!m_pending)
            return; // ended meanwhile (the engine stopping aborts what is in flight)
        m_pending->request = 0;
        onPolled(r);
        if (m_pending && std::exchange(m_pending->pollAgain, false))
            pollNow();
    });
}

void EmailLinkFlow::onPolled(const FapiResult &result)
{
    if (!result.error.isNull()) {
        // A network hiccup while waiting is no reason to give up: the next poll tries again.
        if (result.error.kind() != Error::Kind::Network)
            finish(result.error);
        return;
    }
    const QJsonObject signIn = result.envelope.response.toObject();
    const QString status = signIn.value(QLatin1String("status")).toString();
    const QString verification = firstFactorVerification(signIn).value(QLatin1String("status")).toString();
    if (status == QLatin1String("complete") || status == QLatin1String("needs_second_factor")
        || verification == QLatin1String("verified")) {
        finish({}, &result);
        return;
    }
    if (verification == QLatin1String("expired"))
        finish(expired());
}

bool EmailLinkFlow::handleRedirect(const QUrl &url)
{
    if (!m_pending || !m_pending->waiting)
        return false;
    const QUrlQuery query(url);
    if (query.queryItemValue(QStringLiteral("clerkqt_state")) != m_pending->state)
        return false;
    const QString status = query.queryItemValue(QStringLiteral("__clerk_status"));
    if (status == QLatin1String("verified")) {
        // Clerk completed the sign-in; reading it now (rather than at the next poll) ends the wait at once.
        if (m_pending->listener)
            m_pending->listener->respond(translate("Signed in"),
                                         translate("You can close this tab and return to the app."));
        pollNow();
    } else if (status == QLatin1String("expired")) {
        finish(expired());
    } else if (status == QLatin1String("client_mismatch")) {
        finish(Error(Error::Kind::Auth, QStringLiteral("clerkqt_email_link_client_mismatch"),
                     translate("Open the link on the device where the sign-in started.")));
    } else {
        finish(Error(Error::Kind::Auth, QStringLiteral("clerkqt_email_link_failed"),
                     translate("The sign-in link could not be verified.")));
    }
    return true;
}

void EmailLinkFlow::cancel()
{
    if (m_pending)
        finish(Error(Error::Kind::Canceled, QStringLiteral("clerkqt_email_link_canceled"),
                     QStringLiteral("The email-link sign-in was canceled.")));
}

void EmailLinkFlow::finish(const Error &error, const FapiResult *done)
{
    if (!m_pending)
        return;
    Pending ended = *std::exchange(m_pending, std::nullopt);
    if (ended.request)
        d.fapi->abort(ended.request);
    if (ended.listener) {
        ended.listener->respond(error.isNull() ? translate("Signed in") : translate("Sign-in failed"),
                                error.isNull() ? translate("You can close this tab and return to the app.")
                                               : error.message());
        ended.listener->deleteLater();
    }
    for (QTimer *timer : {ended.deadline, ended.poll}) {
        timer->stop();
        timer->deleteLater();
    }
    if (!error.isNull()) {
        if (d.store.flow() == ClientStore::Flow::SignIn)
            d.store.setFlow(ClientStore::Flow::None);
        d.store.notify();
        d.fail(ended.reply, error);
        return;
    }
    m_flows.completeSignInStep(*done, ended.reply);
}

} // namespace Clerk
