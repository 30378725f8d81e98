#include "authcore_p.h"

#include "keychainpolicy_p.h"
#include "logging_p.h"
#include "publishablekey_p.h"
#include "stalesources_p.h"

namespace Clerk {

AuthConfig withDefaults(AuthConfig config)
{
    if (config.keychainService.trimmed().isEmpty())
        config.keychainService = QStringLiteral("clerk-qt");
    config.keychainTimeout = keychainTimeoutFor(config.keychainTimeout, QOperatingSystemVersion::currentType());
    return config;
}

namespace {

QUrl fapiBaseUrl(const AuthConfig &config, Error *configError)
{
    const PublishableKey key = parsePublishableKey(config.publishableKey);
    if (!key.isValid()) {
        *configError = key.error;
        return key.fapiBaseUrl;
    }
    if (!config.fapiBaseUrl.isEmpty())
        return normalizeFapiBaseUrl(config.fapiBaseUrl, configError);
    return key.fapiBaseUrl;
}

TokenEngine::Clock engineClock(const AuthConfig &config)
{
    const auto clock = config.clock;
    return [clock] { return clock ? clock().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch(); };
}

} // namespace

AuthCore::AuthCore(Auth *qq, const AuthConfig &cfg)
    : q(qq)
    , config(withDefaults(cfg))
    , scope(new QObject(q))
    , fapi(new FapiClient(config.networkAccessManager, fapiBaseUrl(config, &configError), config.requestTimeout,
                          scope))
    , tokens(new TokenEngine(fapi, engineClock(config), scope))
    , store(q, tokens)
    , restore(*this)
{
    // Answers reach the model through send(), not FapiClient::clientReceived; these signals are about the
    // client token and the server's clock, which no single answer's callback owns.
    QObject::connect(fapi, &FapiClient::clientTokenChanged, scope,
                     [this](const QString &t) { restore.onClientTokenChanged(t); });
    QObject::connect(fapi, &FapiClient::signedOut, scope, [this](const Error &e) { restore.onServerSignedOut(e); });
    QObject::connect(fapi, &FapiClient::serverDateObserved, tokens, &TokenEngine::observeServerDate);

    tokens->setPolling(config.tokenPolling);
    tokens->setLead(config.refreshLeadTime);
    // The engine's own changes (refresh, expiry); what the store hands over is read back in its notify().
    QObject::connect(tokens, &TokenEngine::sessionTokenChanged, scope, [this] { store.notify(); });
    QObject::connect(tokens, &TokenEngine::refreshAnswered, scope, [this] {
        clearBackgroundError(Background::Token);
        restore.noteOnline();
    });
    QObject::connect(tokens, &TokenEngine::errorOccurred, scope, [this](const Error &e) {
        setBackgroundError(Background::Token, e);
        if (e.kind() == Error::Kind::Network && e.httpStatus() == 0 && e.code() != QLatin1String("clerkqt_aborted"))
            restore.noteNoAnswer();
    });
    QObject::connect(tokens, &TokenEngine::sessionRejected, scope, [this](const Error &e) {
        // A 401/404 from the token endpoint may mean the session ended elsewhere — or a proxy hiccup. Clerk's
        // SDKs ask the server before acting; GET /v1/client either drops the session or confirms it.
        setBackgroundError(Background::Token, e);
        restore.reload();
    });
    // Besides the clock watcher the engine starts with: what else may say the token went stale meanwhile. A
    // source the platform lacks is simply absent; the check on every read covers for all of them.
    tokens->addStaleSource(ActivationSource::forApplication(tokens));
    if (ReachabilitySource *network = ReachabilitySource::forPlatform(tokens)) {
        tokens->addStaleSource(network);
        QObject::connect(network, &StaleTokenSource::mayBeStale, scope, [this] { restore.networkBack(); });
    }
}

AuthCore::~AuthCore()
{
    // Its children (transport, token engine, keychain, OAuth listener) and every connection made in its name go
    // now, before the parts they call back into.
    delete scope;
}

FapiClient::RequestId AuthCore::send(const FapiRequest &request, FapiClient::Callback done,
                                     ClientStore::Answer answer)
{
    const quint64 order = ++m_sent;
    const bool read = request.method == "GET";
    return fapi->send(request, scope, [this, answer, order, read, done = std::move(done)](const FapiResult &result) {
        if (result.error.isNull()) {
            // Answers on different connections land in any order, and each carries the client as it was when it
            // was made: a read that lands late would undo what a later request changed (the active organization
            // switched back, a session reappearing).
            if (read && order < m_newestAdopted) {
                qCDebug(lcFapi) << "a late read's client is older than the one held; not taken";
            } else {
                store.absorb(result.envelope, answer);
                m_newestAdopted = std::max(m_newestAdopted, order);
            }
            restore.persistLater();
        }
        if (result.httpStatus > 0)
            restore.noteOnline();
        done(result);
    });
}

PendingReply *AuthCore::newReply()
{
    return new PendingReply(q);
}

void AuthCore::fail(PendingReply *reply, const Error &error)
{
    store.notify();
    if (reply)
        reply->fail(error);
}

void AuthCore::whenUsable(PendingReply *reply, std::function<void(const QPointer<PendingReply> &)> fn)
{
    if (!configError.isNull()) {
        fail(reply, configError);
        return;
    }
    restore.whenReady([guard = QPointer<PendingReply>(reply), fn = std::move(fn)] {
        if (guard && !guard->isSettled())
            fn(guard);
    });
}

void AuthCore::call(PendingReply *reply, const FapiRequest &request,
                    std::function<void(const FapiResult &, PendingReply *)> onSuccess)
{
    whenUsable(reply, [this, request, onSuccess = std::move(onSuccess)](const QPointer<PendingReply> &guard) {
        const FapiClient::RequestId id = send(request, [this, guard, onSuccess](const FapiResult &result) {
            if (!result.error.isNull()) {
                fail(guard, result.error);
                return;
            }
            onSuccess(result, guard);
        });
        bindRequest(guard.data(), fapi, id);
    });
}

void AuthCore::forward(Reply *inner, PendingReply *outer)
{
    QPointer<PendingReply> guard(outer);
    outer->setAbortHandler([inner = QPointer<Reply>(inner)] {
        if (inner)
            inner->abort();
    });
    QObject::connect(inner, &Reply::succeeded, outer, [guard, inner] {
        if (guard)
            guard->succeed(inner->result());
    });
    QObject::connect(inner, &Reply::errorOccurred, outer, [guard](const Error &e) {
        if (guard)
            guard->fail(e);
    });
}

Error AuthCore::invalidState(const QString &code, const QString &message)
{
    return Error(Error::Kind::InvalidState, code, message);
}

void AuthCore::succeedAfterUser(const FapiResult &result, PendingReply *reply, const QVariant &value)
{
    if (!reply)
        return;
    if (result.clientUpdated) {
        reply->succeed(value);
        return;
    }
    FapiRequest request;
    request.path = QStringLiteral("/me");
    request.sessionId = store.current().session.id;
    call(reply, request, [value](const FapiResult &, PendingReply *rep) {
        if (rep)
            rep->succeed(value);
    });
}

std::optional<FapiRequest> AuthCore::meRequest(PendingReply *reply, const QByteArray &method, const QString &path)
{
    // A pending session acts on its user too: its setup-mfa task is finished through /me.
    if (store.current().session.isNull()) {
        fail(reply, invalidState(QStringLiteral("clerkqt_signed_out"), QStringLiteral("Nobody is signed in.")));
        return std::nullopt;
    }
    FapiRequest request;
    request.method = method;
    request.path = QStringLiteral("/me") + path;
    request.sessionId = store.current().session.id;
    return request;
}

} // namespace Clerk
