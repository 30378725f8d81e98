#include "auth_p.h"

#include "jwt_p.h"
#include "logging_p.h"
#include "publishablekey_p.h"

#include <QDesktopServices>
#include <QMetaMethod>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QNetworkInformation>
#include <QJsonDocument>

#include <algorithm>

namespace Clerk {

namespace {

Error invalidState(const QString &code, const QString &message)
{
    return Error(Error::Kind::InvalidState, code, message);
}

bool isActive(const Session &s) { return s.status == Session::Status::Active; }

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// Private: start-up and restore

Auth::Private::Private(Auth *qq, const AuthConfig &cfg)
    : q(qq)
    , config(cfg)
{
    const PublishableKey key = parsePublishableKey(config.publishableKey);
    QUrl baseUrl = key.fapiBaseUrl;
    if (!key.isValid()) {
        configError = key.error;
    } else if (!config.fapiBaseUrl.isEmpty()) {
        baseUrl = normalizeFapiBaseUrl(config.fapiBaseUrl, &configError);
    }
    if (config.keychainService.trimmed().isEmpty())
        config.keychainService = QStringLiteral("clerk-qt");
    keychainKey = keychainKeyFor(config.publishableKey);
    fapi = new FapiClient(config.networkAccessManager, baseUrl, config.requestTimeout, q);
    keychain = new KeychainStore(config.keychainService, keychainKey, config.keychainTimeout, q);
    retryDelay = config.restoreRetryInitial;
    retryTimer.setSingleShot(true);

    QObject::connect(fapi, &FapiClient::clientReceived, q, [this](const QJsonObject &c) { onClientReceived(c); });
    QObject::connect(fapi, &FapiClient::clientTokenChanged, q, [this](const QString &t) { onClientTokenChanged(t); });
    QObject::connect(fapi, &FapiClient::signedOut, q, [this](const Error &e) { onServerSignedOut(e); });
    QObject::connect(&retryTimer, &QTimer::timeout, q, [this] { fetchClientForRestore(); });

    const auto clock = config.clock;
    tokens = new TokenEngine(fapi, [clock] {
        return clock ? clock().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    }, q);
    tokens->setPolling(config.tokenPolling);
    tokens->setLead(config.refreshLeadTime);
    QObject::connect(fapi, &FapiClient::serverDateObserved, tokens, &TokenEngine::observeServerDate);
    QObject::connect(tokens, &TokenEngine::sessionTokenChanged, q, [this] {
        if (!syncingTokens)
            refresh();
    });
    QObject::connect(tokens, &TokenEngine::errorOccurred, q, [this](const Error &e) { setLastError(e); });
    QObject::connect(tokens, &TokenEngine::sessionRejected, q, [this](const Error &e) {
        // A 401/404 from the token endpoint may mean the session ended elsewhere — or a proxy hiccup. Clerk's
        // SDKs ask the server before acting; GET /v1/client either drops the session or confirms it.
        setLastError(e);
        q->reload();
    });
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QObject::connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, tokens,
                         [this](QNetworkInformation::Reachability r) {
                             if (r == QNetworkInformation::Reachability::Online)
                                 tokens->networkBack();
                         });
    }
}

void Auth::Private::start()
{
    if (!configError.isNull()) {
        qCWarning(lcAuth) << "configuration error:" << configError.toString();
        setLastError(configError);
        finishLoading();
        keychainReady();
        return;
    }
    qCInfo(lcAuth) << "Frontend API" << fapi->baseUrl().toString();
    if (!config.persistSession) {
        finishLoading();
        keychainReady();
        return;
    }
    keychain->read([this](const QString &token, const Error &error) {
        if (!error.isNull()) {
            // No Secret Service, locked collection, timeout: report it, keep everything in memory for this run.
            qCWarning(lcKeychain) << "keychain unavailable, the session will not be kept:" << error.code();
            setLastError(error);
            setPersistent(false);
            finishLoading();
            keychainReady();
            return;
        }
        if (!token.isEmpty()) {
            qCInfo(lcAuth) << "restoring the stored client";
            setPersistent(true);
            fapi->setClientToken(token);
            fetchClientForRestore(); // first, so that it is the one request before the session token
            keychainReady();
            return;
        }
        // Nothing stored — or a locked keyring, which reads the same. A write tells them apart.
        keychain->probeWritable([this](const Error &probeError) {
            if (!probeError.isNull()) {
                qCWarning(lcKeychain) << "keychain not writable:" << probeError.code();
                setLastError(probeError);
                setPersistent(false);
            } else {
                setPersistent(true);
            }
            finishLoading();
            keychainReady();
        });
    });
}

void Auth::Private::whenReady(std::function<void()> fn)
{
    if (keychainRead)
        fn();
    else
        whenReadyQueue.append(std::move(fn));
}

void Auth::Private::keychainReady()
{
    keychainRead = true;
    const auto queued = std::exchange(whenReadyQueue, {});
    for (const auto &fn : queued)
        fn();
}

void Auth::Private::finishLoading()
{
    retryTimer.stop();
    loading = false;
    refresh();
    releaseRestoreQueue(Error());
}

Reply *Auth::Private::afterRestore(std::function<Reply *()> op)
{
    if (!configError.isNull()) {
        auto *reply = newReply();
        fail(reply, configError);
        return reply;
    }
    if (!loading)
        return op();
    auto *outer = newReply();
    restoreQueue.append({outer, std::move(op)});
    return outer;
}

void Auth::Private::releaseRestoreQueue(const Error &failure)
{
    const auto queued = std::exchange(restoreQueue, {});
    for (const Deferred &deferred : queued) {
        if (!deferred.outer)
            continue;
        if (failure.isNull())
            forward(deferred.op(), deferred.outer);
        else
            deferred.outer->fail(failure); // offline or failing start: say so, not "signed out"
    }
}

void Auth::Private::forward(Reply *inner, PendingReply *outer)
{
    QPointer<PendingReply> guard(outer);
    QObject::connect(inner, &Reply::succeeded, outer, [guard, inner] {
        if (guard)
            guard->succeed(inner->result());
    });
    QObject::connect(inner, &Reply::errorOccurred, outer, [guard](const Error &e) {
        if (guard)
            guard->fail(e);
    });
}

void Auth::Private::fetchClientForRestore()
{
    if (!loading)
        return;
    FapiRequest request;
    request.path = QStringLiteral("/client");
    fapi->send(request, q, [this](const FapiResult &result) {
        if (!loading)
            return; // settled meanwhile (sign-out, 401 handled by onServerSignedOut)
        if (result.error.isNull()) {
            retryDelay = config.restoreRetryInitial;
            if (!result.clientUpdated)
                onClientReceived(QJsonObject());
            finishLoading();
            return;
        }
        if (result.httpStatus == 401 && result.error.code() == QLatin1String("signed_out"))
            return; // onServerSignedOut() finished loading
        scheduleRestoreRetry(result.error);
    });
}

void Auth::Private::scheduleRestoreRetry(const Error &error)
{
    // Offline, 5xx, 429, anything but 401 signed_out: the stored session stays; keep Loading and retry.
    setLastError(error);
    releaseRestoreQueue(error);
    auto delay = retryDelay;
    if (error.kind() == Error::Kind::RateLimited && error.retryAfter())
        delay = std::max<std::chrono::milliseconds>(delay, *error.retryAfter());
    qCInfo(lcAuth) << "restore failed (" << error.code() << "), retrying in" << delay.count() << "ms";
    retryTimer.start(int(delay.count()));
    retryDelay = std::min(retryDelay * 2, config.restoreRetryMax);
}

// ---------------------------------------------------------------------------------------------------------------
// Private: model, tokens, keychain

void Auth::Private::onClientReceived(const QJsonObject &clientJson)
{
    client = parseClient(clientJson);
    if (flow == Flow::SignIn && (client.signIn.isNull() || client.signIn.statusString == QLatin1String("complete")))
        flow = Flow::None;
    if (flow == Flow::SignUp && (client.signUp.isNull() || client.signUp.statusString == QLatin1String("complete")))
        flow = Flow::None;
    refresh();
}

void Auth::Private::onClientTokenChanged(const QString &token)
{
    if (token.isEmpty()) {
        // The server dropped this client: nothing to keep.
        client = ClientModel();
        if (persistent)
            keychain->remove([this](const Error &e) {
                if (!e.isNull())
                    setLastError(e);
            });
        refresh();
        return;
    }
    if (!persistent)
        return; // in-memory mode: the token is never written anywhere
    keychain->write(token, [this](const Error &e) {
        if (!e.isNull()) {
            qCWarning(lcKeychain) << "could not store the client token; keeping the session in memory:" << e.code();
            setLastError(e);
            setPersistent(false);
        }
    });
}

void Auth::Private::onServerSignedOut(const Error &error)
{
    qCInfo(lcAuth) << "the server signed this client out";
    setLastError(error);
    flow = Flow::None;
    forgetClient();
    if (loading)
        finishLoading();
    Q_EMIT q->signedOutByServer();
}

void Auth::Private::forgetClient(std::function<void()> done)
{
    fapi->setClientToken(QString());
    client = ClientModel();
    activeSessionId.clear();
    flow = Flow::None;
    refresh();
    if (!persistent) {
        if (done)
            QMetaObject::invokeMethod(q, std::move(done), Qt::QueuedConnection);
        return;
    }
    keychain->remove([this, done](const Error &e) {
        if (!e.isNull())
            setLastError(e);
        if (done)
            done();
    });
}

void Auth::Private::setLastError(const Error &error)
{
    if (error == lastError)
        return;
    lastError = error;
    Q_EMIT q->lastErrorChanged();
}

void Auth::Private::setPersistent(bool value)
{
    if (persistent == value)
        return;
    persistent = value;
    Q_EMIT q->persistentChanged();
}

// ---------------------------------------------------------------------------------------------------------------
// Private: the snapshot

const Session *Auth::Private::activeSession() const
{
    for (const QString &candidate : {activeSessionId, client.lastActiveSessionId}) {
        const Session *found = candidate.isEmpty() ? nullptr : client.findSession(candidate);
        if (found && isActive(*found))
            return found;
    }
    auto it = std::find_if(client.sessions.cbegin(), client.sessions.cend(), isActive);
    return it != client.sessions.cend() ? &*it : nullptr;
}

void Auth::Private::syncTokens()
{
    syncingTokens = true;
    for (auto it = client.lastActiveTokens.cbegin(); it != client.lastActiveTokens.cend(); ++it)
        tokens->offer(it.key(), it.value());
    const Session *active = activeSession();
    tokens->setActive(active ? active->id : QString(), active ? active->lastActiveOrganizationId : QString());
    syncingTokens = false;
}

AuthSnapshot Auth::Private::snapshot() const
{
    AuthSnapshot s;
    s.sessions = client.sessions;
    const Session *active = activeSession();
    if (active) {
        s.signedIn = true;
        s.session = *active;
        s.user = active->user;
        s.sessionToken = tokens->sessionToken();
        s.sessionClaims = tokens->sessionClaims();
        s.memberships = active->user.organizationMemberships;
        for (const Membership &m : std::as_const(s.memberships)) {
            s.organizations << m.organization;
            if (!active->lastActiveOrganizationId.isEmpty() && m.organization.id == active->lastActiveOrganizationId) {
                s.membership = m;
                s.organization = m.organization;
            }
        }
        if (s.organization.isNull() && !active->lastActiveOrganizationId.isEmpty())
            s.organization.id = active->lastActiveOrganizationId; // membership not listed: at least the id
    }
    s.signInAttempt = client.signIn;
    s.signUpAttempt = client.signUp;

    if (loading) {
        s.status = Status::Loading;
    } else if (flow == Flow::SignIn && !client.signIn.isNull()
               && client.signIn.statusString == QLatin1String("needs_second_factor")) {
        s.status = Status::NeedsSecondFactor;
    } else if (flow == Flow::SignIn && !client.signIn.isNull() && client.signIn.statusString != QLatin1String("complete")) {
        s.status = Status::SigningIn;
    } else if (flow == Flow::SignUp && !client.signUp.isNull() && client.signUp.statusString != QLatin1String("complete")) {
        s.status = Status::SigningUp;
    } else {
        s.status = s.signedIn ? Status::SignedIn : Status::SignedOut;
    }
    return s;
}

void Auth::Private::refresh()
{
    syncTokens();
    const AuthSnapshot next = snapshot();
    const AuthSnapshot prev = std::exchange(current, next);
    if (prev.sessionToken != next.sessionToken) {
        qCDebug(lcToken) << (next.sessionToken.isEmpty() ? "session token cleared" : "session token updated");
        Q_EMIT q->sessionTokenChanged(next.sessionToken);
    }
    if (prev.sessions != next.sessions)
        Q_EMIT q->sessionsChanged();
    if (prev.session != next.session)
        Q_EMIT q->sessionChanged();
    if (prev.user != next.user)
        Q_EMIT q->userChanged();
    if (prev.organization != next.organization || prev.membership != next.membership)
        Q_EMIT q->organizationChanged();
    if (prev.organizations != next.organizations || prev.memberships != next.memberships)
        Q_EMIT q->organizationsChanged();
    if (prev.signInAttempt != next.signInAttempt)
        Q_EMIT q->signInAttemptChanged();
    if (prev.signUpAttempt != next.signUpAttempt)
        Q_EMIT q->signUpAttemptChanged();
    if (prev.signedIn != next.signedIn)
        Q_EMIT q->isSignedInChanged();
    if (prev.status != next.status) {
        qCInfo(lcAuth) << "status" << prev.status << "->" << next.status;
        Q_EMIT q->statusChanged();
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Private: operations

PendingReply *Auth::Private::newReply()
{
    return new PendingReply(q);
}

void Auth::Private::fail(PendingReply *reply, const Error &error)
{
    setLastError(error);
    refresh();
    if (reply)
        reply->fail(error);
}

void Auth::Private::whenUsable(PendingReply *reply, std::function<void(const QPointer<PendingReply> &)> fn)
{
    if (!configError.isNull()) {
        fail(reply, configError);
        return;
    }
    whenReady([guard = QPointer<PendingReply>(reply), fn = std::move(fn)] { fn(guard); });
}

void Auth::Private::call(PendingReply *reply, const FapiRequest &request,
                         std::function<void(const FapiResult &, PendingReply *)> onSuccess)
{
    whenUsable(reply, [this, request, onSuccess = std::move(onSuccess)](const QPointer<PendingReply> &guard) {
        fapi->send(request, q, [this, guard, onSuccess](const FapiResult &result) {
            if (!result.error.isNull()) {
                fail(guard, result.error);
                return;
            }
            onSuccess(result, guard);
        });
    });
}

QString Auth::Private::strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Password: return QStringLiteral("password");
    case Strategy::EmailCode: return QStringLiteral("email_code");
    case Strategy::PhoneCode: return QStringLiteral("phone_code");
    case Strategy::Totp: return QStringLiteral("totp");
    case Strategy::BackupCode: return QStringLiteral("backup_code");
    }
    return {};
}

void Auth::Private::finishOAuth(const Error &error)
{
    if (!oauth)
        return;
    OAuthFlow done = *std::exchange(oauth, std::nullopt);
    if (done.listener) {
        done.listener->respond(error.isNull(), error.message()); // the browser tab learns the outcome too
        done.listener->deleteLater();
    }
    if (done.timer) {
        done.timer->stop();
        done.timer->deleteLater();
    }
    if (!error.isNull()) {
        if (flow == Flow::SignIn)
            flow = Flow::None;
        refresh();
        fail(done.reply, error);
    }
}

void Auth::Private::completeOAuth(const QString &nonce)
{
    // Trade the nonce for the finished sign-in; the answer carries the client and its rotated token.
    FapiRequest request;
    request.path = QStringLiteral("/client/sign_ins/%1").arg(oauth->signInId);
    request.query = {{QStringLiteral("rotating_token_nonce"), nonce}};
    request.description = QStringLiteral("GET /client/sign_ins/{id}?rotating_token_nonce");
    QPointer<PendingReply> reply = oauth->reply;
    if (oauth->listener)
        oauth->listener->close();
    fapi->send(request, q, [this, reply](const FapiResult &r) {
        if (!oauth || oauth->reply != reply)
            return;
        if (!r.error.isNull()) {
            setLastError(r.error);
            finishOAuth(r.error);
            return;
        }
        const QJsonObject signIn = r.envelope.response.toObject();
        const QString verification = signIn.value(QLatin1String("first_factor_verification")).toObject()
                                         .value(QLatin1String("status")).toString();
        if (verification == QLatin1String("transferable")) {
            // The provider's account has no Clerk user yet: Clerk's transfer turns it into a sign-up.
            finishOAuth({});
            FapiRequest transfer;
            transfer.method = "POST";
            transfer.path = QStringLiteral("/client/sign_ups");
            transfer.form = {{QStringLiteral("transfer"), QStringLiteral("true")}};
            call(reply, transfer, [this](const FapiResult &tr, PendingReply *rep) { completeSignUpStep(tr, rep); });
            return;
        }
        if (verification != QLatin1String("verified")) {
            finishOAuth(Error(Error::Kind::Auth, QStringLiteral("clerkqt_oauth_failed"),
                              QStringLiteral("The provider did not verify the account.")));
            return;
        }
        finishOAuth({});
        completeSignInStep(r, reply);
    });
}

template <typename Attempt>
void Auth::Private::completeStep(const Attempt &attempt, const FapiResult &result, PendingReply *reply, Flow ongoing,
                                 Attempt ClientModel::*slot, const char *what)
{
    if (attempt.isNull()) {
        fail(reply, Error(Error::Kind::Protocol, QStringLiteral("clerkqt_unexpected_response"),
                          QStringLiteral("Clerk's answer carried no %1 attempt.").arg(QLatin1String(what))));
        return;
    }
    if (attempt.statusString == QLatin1String("complete")) {
        if (!attempt.createdSessionId.isEmpty())
            activeSessionId = attempt.createdSessionId;
        flow = Flow::None;
        qCInfo(lcAuth) << what << "complete, session" << attempt.createdSessionId;
    } else {
        flow = ongoing;
        qCInfo(lcAuth) << what << attempt.id << attempt.statusString;
    }
    // An answer without the client: keep the model's attempt current ourselves.
    if (!result.clientUpdated)
        client.*slot = attempt;
    refresh();
    if (reply)
        reply->succeed(QVariant::fromValue(current.status));
}

void Auth::Private::completeSignInStep(const FapiResult &result, PendingReply *reply)
{
    completeStep(parseSignInAttempt(result.envelope.response.toObject()), result, reply, Flow::SignIn,
                 &ClientModel::signIn, "sign-in");
}

void Auth::Private::completeSignUpStep(const FapiResult &result, PendingReply *reply)
{
    const SignUpAttempt attempt = parseSignUpAttempt(result.envelope.response.toObject());
    if (!attempt.isNull() && attempt.statusString != QLatin1String("complete"))
        qCInfo(lcAuth) << "sign-up unverified:" << attempt.unverifiedFields;
    completeStep(attempt, result, reply, Flow::SignUp, &ClientModel::signUp, "sign-up");
}

Reply *Auth::Private::attemptAction(Flow flow, const QString &action, const FormFields &form)
{
    auto *reply = newReply();
    const bool signIn = flow == Flow::SignIn;
    if (signIn ? client.signIn.isNull() : client.signUp.isNull()) {
        fail(reply, signIn ? invalidState(QStringLiteral("clerkqt_no_sign_in"), QStringLiteral("No sign-in is in progress."))
                           : invalidState(QStringLiteral("clerkqt_no_sign_up"), QStringLiteral("No sign-up is in progress.")));
        return reply;
    }
    FapiRequest request;
    request.method = "POST";
    request.path = signIn ? QStringLiteral("/client/sign_ins/%1/%2").arg(client.signIn.id, action)
                          : QStringLiteral("/client/sign_ups/%1/%2").arg(client.signUp.id, action);
    request.form = form;
    call(reply, request, [this, signIn](const FapiResult &r, PendingReply *rep) {
        if (signIn)
            completeSignInStep(r, rep);
        else
            completeSignUpStep(r, rep);
    });
    return reply;
}

Reply *Auth::Private::prepareFactor(bool second, Strategy strategy)
{
    const QString name = strategyName(strategy);
    FormFields form{{QStringLiteral("strategy"), name}};
    if (!client.signIn.isNull()) {
        // The factor's email/phone id comes from the attempt's supported factors.
        const QJsonArray factors = client.signIn.raw
                                       .value(second ? QLatin1String("supported_second_factors")
                                                     : QLatin1String("supported_first_factors"))
                                       .toArray();
        const auto factor = std::find_if(factors.begin(), factors.end(), [&name](const QJsonValue &v) {
            return v.toObject().value(QLatin1String("strategy")).toString() == name;
        });
        if (factor == factors.end()) {
            auto *reply = newReply();
            fail(reply, invalidState(QStringLiteral("clerkqt_strategy_not_supported"),
                                     QStringLiteral("This sign-in does not offer %1.").arg(name)));
            return reply;
        }
        for (const char *idKey : {"email_address_id", "phone_number_id"}) {
            const QString id = (*factor).toObject().value(QLatin1String(idKey)).toString();
            if (!id.isEmpty()) {
                form.append({QString::fromLatin1(idKey), id});
                break;
            }
        }
    }
    // Without a sign-in, attemptAction() fails with clerkqt_no_sign_in.
    return attemptAction(Flow::SignIn, second ? QStringLiteral("prepare_second_factor")
                                              : QStringLiteral("prepare_first_factor"), form);
}

QString Auth::Private::resolveSessionId(const QString &sessionId) const
{
    return sessionId.isEmpty() ? current.session.id : sessionId;
}

Reply *Auth::Private::sessionAction(const QString &sessionIdIn, const QString &action, const FormFields &form,
                                    std::function<void(PendingReply *)> after)
{
    auto *reply = newReply();
    const QString sessionId = resolveSessionId(sessionIdIn);
    if (sessionId.isEmpty() || !client.findSession(sessionId)) {
        fail(reply, invalidState(QStringLiteral("clerkqt_unknown_session"),
                                 sessionId.isEmpty() ? QStringLiteral("There is no active session.")
                                                     : QStringLiteral("This client has no session %1.").arg(sessionId)));
        return reply;
    }
    FapiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/client/sessions/%1/%2").arg(sessionId, action);
    request.form = form;
    call(reply, request, [this, after](const FapiResult &result, PendingReply *rep) {
        QString jwt;
        const Session updated = parseSession(result.envelope.response.toObject(), &jwt);
        if (!result.clientUpdated) {
            // Only the session came back: merge it into the model.
            for (Session &s : client.sessions) {
                if (s.id == updated.id)
                    s = updated;
            }
            if (!jwt.isEmpty())
                client.lastActiveTokens.insert(updated.id, jwt);
        }
        refresh();
        if (after)
            after(rep);
        else if (rep)
            rep->succeed(QVariant::fromValue(updated)); // the session as the server left it (ended, removed …)
    });
    return reply;
}

void Auth::Private::patchUserIntoModel(const User &user)
{
    for (Session &s : client.sessions) {
        if (s.user.id == user.id) {
            s.user = user;
            s.raw.insert(QStringLiteral("user"), user.raw);
        }
    }
}

Membership Auth::Private::activeMembershipOrClaims(QString *role, QStringList *permissions) const
{
    if (!current.membership.isNull()) {
        *role = current.membership.role;
        *permissions = current.membership.permissions;
        return current.membership;
    }
    // Not in the user's memberships (yet): the session token's organization claims name the same org. They are
    // read by TokenClaims, the one parser of both claim layouts (v2 compresses permissions).
    const QString orgId = current.session.lastActiveOrganizationId;
    if (!orgId.isEmpty() && current.sessionClaims.organizationId() == orgId) {
        *role = current.sessionClaims.organizationRole();
        *permissions = current.sessionClaims.organizationPermissions();
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Auth

Auth::Auth(const AuthConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, config))
{
    d->current = d->snapshot();
    // Start from the event loop so that the creator can connect to every signal first.
    QMetaObject::invokeMethod(this, [this] { d->start(); }, Qt::QueuedConnection);
}

Auth::~Auth()
{
    d->retryTimer.stop();
}

AuthConfig Auth::config() const { return d->config; }
Auth::Status Auth::status() const { return d->current.status; }
bool Auth::isSignedIn() const { return d->current.signedIn; }
User Auth::user() const { return d->current.user; }
Session Auth::session() const { return d->current.session; }
QList<Session> Auth::sessions() const { return d->current.sessions; }
Organization Auth::organization() const { return d->current.organization; }
Membership Auth::membership() const { return d->current.membership; }
QList<Organization> Auth::organizations() const { return d->current.organizations; }
QList<Membership> Auth::memberships() const { return d->current.memberships; }
QString Auth::sessionToken() const { return d->current.sessionToken; }
SignInAttempt Auth::signInAttempt() const { return d->current.signInAttempt; }
SignUpAttempt Auth::signUpAttempt() const { return d->current.signUpAttempt; }
Error Auth::lastError() const { return d->lastError; }
bool Auth::isPersistent() const { return d->persistent; }

void Auth::clearError() { d->setLastError(Error()); }

Reply *Auth::signIn(const QString &identifier, const QString &password)
{
    return d->afterRestore([=]() -> Reply * {
        auto *reply = d->newReply();
        FapiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/client/sign_ins");
        request.form = {{QStringLiteral("strategy"), QStringLiteral("password")},
                        {QStringLiteral("identifier"), identifier.trimmed()},
                        {QStringLiteral("password"), password}};
        d->call(reply, request, [this](const FapiResult &r, PendingReply *rep) { d->completeSignInStep(r, rep); });
        return reply;
    });
}

Reply *Auth::signInWithOAuth(const QString &strategy)
{
    return signInWithOAuth(strategy, OAuthOptions());
}

Reply *Auth::signInWithOAuth(const QString &strategy, const OAuthOptions &options)
{
    return d->afterRestore([=]() -> Reply * {
        auto *reply = d->newReply();
        if (d->oauth) {
            d->fail(reply, invalidState(QStringLiteral("clerkqt_oauth_in_progress"),
                                        QStringLiteral("Another OAuth sign-in is waiting for the browser.")));
            return reply;
        }
        if (!strategy.startsWith(QLatin1String("oauth_"))) {
            d->fail(reply, invalidState(QStringLiteral("clerkqt_strategy_not_supported"),
                                        QStringLiteral("%1 is not an OAuth strategy.").arg(strategy)));
            return reply;
        }
        Private::OAuthFlow flow;
        flow.reply = reply;
        QByteArray state(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(state.data()), 4);
        flow.state = QString::fromLatin1(state.toHex());
        QUrl redirect = options.redirectUrl;
        if (redirect.isEmpty()) {
            flow.listener = new OAuthListener(this);
            if (!flow.listener->listen()) {
                delete flow.listener;
                d->fail(reply, Error(Error::Kind::Network, QStringLiteral("clerkqt_listener_failed"),
                                     QStringLiteral("Could not listen on 127.0.0.1 for the browser's redirect.")));
                return reply;
            }
            redirect = flow.listener->callbackUrl();
        connect(flow.listener, &OAuthListener::redirected, this, [this, listener = flow.listener](const QUrl &url) {
            // Anything but our own redirect (another tab, a stray local request) leaves the flow waiting.
            if (!handleOAuthRedirect(url) && listener)
                listener->ignore();
        });
        }
        // Our own state on the way back: a redirect that does not carry it did not come from this flow.
        QUrlQuery query(redirect);
        query.addQueryItem(QStringLiteral("clerkqt_state"), flow.state);
        redirect.setQuery(query);
        flow.timer = new QTimer(this);
        flow.timer->setSingleShot(true);
        connect(flow.timer, &QTimer::timeout, this, [this] {
            d->finishOAuth(Error(Error::Kind::Canceled, QStringLiteral("clerkqt_oauth_timeout"),
                                 QStringLiteral("The sign-in in the browser was not finished in time.")));
        });
        flow.timer->start(options.timeout);
        d->oauth = flow;

        FapiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/client/sign_ins");
        request.form = {{QStringLiteral("strategy"), strategy}, {QStringLiteral("redirect_url"), redirect.toString()}};
        QPointer<PendingReply> guard(reply);
        d->fapi->send(request, this, [this, guard](const FapiResult &r) {
            if (!d->oauth || d->oauth->reply != guard)
                return; // canceled or timed out meanwhile
            if (!r.error.isNull()) {
                d->setLastError(r.error);
                d->finishOAuth(r.error);
                return;
            }
            const QJsonObject signIn = r.envelope.response.toObject();
            const QUrl external(signIn.value(QLatin1String("first_factor_verification")).toObject()
                                    .value(QLatin1String("external_verification_redirect_url")).toString());
            d->oauth->signInId = signIn.value(QLatin1String("id")).toString();
            if (!external.isValid() || external.scheme().isEmpty()) {
                d->finishOAuth(Error(Error::Kind::Protocol, QStringLiteral("clerkqt_unexpected_response"),
                                     QStringLiteral("Clerk did not say where to send the browser.")));
                return;
            }
            d->flow = Private::Flow::SignIn;
            d->refresh();
            Q_EMIT authorizeWithBrowser(external);
            // Qt NetworkAuth's contract: an app that handles authorizeWithBrowser shows the page itself, so the
            // system browser opens only when nothing does (or through the app's own AuthConfig::openUrl).
            bool opened = true;
            if (d->config.openUrl)
                opened = d->config.openUrl(external);
            else if (!isSignalConnected(QMetaMethod::fromSignal(&Auth::authorizeWithBrowser)))
                opened = QDesktopServices::openUrl(external);
            if (!opened)
                d->finishOAuth(Error(Error::Kind::Configuration, QStringLiteral("clerkqt_browser_unavailable"),
                                     QStringLiteral("The system browser could not be opened.")));
        });
        return reply;
    });
}

Reply *Auth::loadEnvironment()
{
    auto *reply = d->newReply();
    FapiRequest request;
    request.path = QStringLiteral("/environment");
    d->call(reply, request, [this](const FapiResult &r, PendingReply *rep) {
        const QJsonObject env = r.envelope.body.toObject();
        QVariantList providers;
        const QJsonObject social = env.value(QLatin1String("user_settings")).toObject().value(QLatin1String("social")).toObject();
        for (auto it = social.begin(); it != social.end(); ++it) {
            const QJsonObject p = it.value().toObject();
            if (p.value(QLatin1String("enabled")).toBool() && p.value(QLatin1String("authenticatable")).toBool(true)
                && !p.value(QLatin1String("not_selectable")).toBool())
                providers << QVariantMap{{QStringLiteral("strategy"), it.key()},
                                         {QStringLiteral("name"), p.value(QLatin1String("name")).toString(it.key())}};
        }
        if (providers != d->oauthProviders) {
            d->oauthProviders = providers;
            Q_EMIT environmentChanged();
        }
        if (rep)
            rep->succeed(env.toVariantMap());
    });
    return reply;
}

QVariantList Auth::oauthProviders() const { return d->oauthProviders; }

void Auth::cancelOAuth()
{
    if (d->oauth)
        d->finishOAuth(Error(Error::Kind::Canceled, QStringLiteral("clerkqt_oauth_canceled"),
                             QStringLiteral("The sign-in was canceled.")));
}

bool Auth::handleOAuthRedirect(const QUrl &url)
{
    if (!d->oauth || d->oauth->signInId.isEmpty())
        return false;
    const QUrlQuery query(url);
    if (query.queryItemValue(QStringLiteral("clerkqt_state")) != d->oauth->state)
        return false; // not this flow's redirect: keep waiting for it (or the timeout)
    const QString nonce = query.queryItemValue(QStringLiteral("rotating_token_nonce"));
    if (nonce.isEmpty()) {
        d->finishOAuth(Error(Error::Kind::Auth, QStringLiteral("clerkqt_oauth_denied"),
                             QStringLiteral("The provider did not let the sign-in through.")));
        return true;
    }
    d->completeOAuth(nonce);
    return true;
}

Reply *Auth::startSignIn(const QString &identifier)
{
    return d->afterRestore([=]() -> Reply * {
        auto *reply = d->newReply();
        FapiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/client/sign_ins");
        request.form = {{QStringLiteral("identifier"), identifier.trimmed()}};
        d->call(reply, request, [this](const FapiResult &r, PendingReply *rep) { d->completeSignInStep(r, rep); });
        return reply;
    });
}

Reply *Auth::signInWithCode(const QString &identifier, Strategy strategy)
{
    return d->afterRestore([=]() -> Reply * {
        auto *reply = d->newReply();
        if (strategy != Strategy::EmailCode && strategy != Strategy::PhoneCode) {
            d->fail(reply, invalidState(QStringLiteral("clerkqt_strategy_not_supported"),
                                        QStringLiteral("signInWithCode() takes EmailCode or PhoneCode.")));
            return reply;
        }
        FapiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/client/sign_ins");
        request.form = {{QStringLiteral("identifier"), identifier.trimmed()}};
        QPointer<PendingReply> outer(reply);
        d->call(reply, request, [this, strategy, outer](const FapiResult &result, PendingReply *) {
            if (!result.clientUpdated)
                d->client.signIn = parseSignInAttempt(result.envelope.response.toObject());
            d->flow = Private::Flow::SignIn;
            if (outer)
                Private::forward(d->prepareFactor(false, strategy), outer);
        });
        return reply;
    });
}

Reply *Auth::prepareFirstFactor(Strategy strategy)
{
    return d->afterRestore([=]() -> Reply * { return d->prepareFactor(false, strategy); });
}

Reply *Auth::prepareSecondFactor(Strategy strategy)
{
    return d->afterRestore([=]() -> Reply * { return d->prepareFactor(true, strategy); });
}

Reply *Auth::attemptFirstFactor(Strategy strategy, const QString &secret)
{
    return d->afterRestore([=]() -> Reply * {
        // Passwords are sent exactly as typed; codes without the whitespace a paste brings.
        const bool password = strategy == Strategy::Password;
        return d->attemptAction(Private::Flow::SignIn, QStringLiteral("attempt_first_factor"),
                                {{QStringLiteral("strategy"), Private::strategyName(strategy)},
                                 {password ? QStringLiteral("password") : QStringLiteral("code"),
                                  password ? secret : secret.trimmed()}});
    });
}

Reply *Auth::attemptSecondFactor(Strategy strategy, const QString &code)
{
    return d->afterRestore([=]() -> Reply * {
        return d->attemptAction(Private::Flow::SignIn, QStringLiteral("attempt_second_factor"),
                                {{QStringLiteral("strategy"), Private::strategyName(strategy)},
                                 {QStringLiteral("code"), code.trimmed()}});
    });
}

Reply *Auth::signUp(const SignUpParams &params)
{
    return d->afterRestore([=]() -> Reply * {
        auto *reply = d->newReply();
        FapiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/client/sign_ups");
        auto add = [&request](const char *key, const QString &value) {
            if (!value.isEmpty())
                request.form.append({QString::fromLatin1(key), value});
        };
        add("email_address", params.emailAddress.trimmed());
        add("phone_number", params.phoneNumber.trimmed());
        add("password", params.password);
        add("first_name", params.firstName);
        add("last_name", params.lastName);
        add("username", params.username.trimmed());
        if (params.legalAccepted)
            add("legal_accepted", QStringLiteral("true"));
        if (!params.unsafeMetadata.isEmpty())
            add("unsafe_metadata", QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(params.unsafeMetadata))
                                                          .toJson(QJsonDocument::Compact)));
        d->call(reply, request, [this](const FapiResult &r, PendingReply *rep) { d->completeSignUpStep(r, rep); });
        return reply;
    });
}

Reply *Auth::signUp(const QVariantMap &p)
{
    SignUpParams params;
    params.emailAddress = p.value(QStringLiteral("emailAddress")).toString();
    params.phoneNumber = p.value(QStringLiteral("phoneNumber")).toString();
    params.password = p.value(QStringLiteral("password")).toString();
    params.firstName = p.value(QStringLiteral("firstName")).toString();
    params.lastName = p.value(QStringLiteral("lastName")).toString();
    params.username = p.value(QStringLiteral("username")).toString();
    params.legalAccepted = p.value(QStringLiteral("legalAccepted")).toBool();
    params.unsafeMetadata = p.value(QStringLiteral("unsafeMetadata")).toMap();
    return signUp(params);
}

Reply *Auth::prepareSignUpVerification(Strategy strategy)
{
    return d->afterRestore([=]() -> Reply * {
        return d->attemptAction(Private::Flow::SignUp, QStringLiteral("prepare_verification"),
                                {{QStringLiteral("strategy"), Private::strategyName(strategy)}});
    });
}

Reply *Auth::attemptSignUpVerification(Strategy strategy, const QString &code)
{
    return d->afterRestore([=]() -> Reply * {
        return d->attemptAction(Private::Flow::SignUp, QStringLiteral("attempt_verification"),
                                {{QStringLiteral("strategy"), Private::strategyName(strategy)},
                                 {QStringLiteral("code"), code.trimmed()}});
    });
}

Reply *Auth::signOut()
{
    return d->afterRestore([=]() -> Reply * {
        auto *reply = d->newReply();
        d->whenUsable(reply, [this](const QPointer<PendingReply> &guard) {
            if (d->fapi->clientToken().isEmpty()) {
                // No client on the server yet: nothing to revoke, nothing stored.
                d->forgetClient([guard] {
                    if (guard)
                        guard->succeed();
                });
                return;
            }
            FapiRequest request;
            request.method = "DELETE";
            request.path = QStringLiteral("/client");
            // Revoke on the server first; only then forget the token. A network failure keeps the session.
            d->fapi->send(request, this, [this, guard](const FapiResult &result) {
                const bool alreadyGone = result.httpStatus == 401;
                if (!result.error.isNull() && !alreadyGone) {
                    d->fail(guard, result.error);
                    return;
                }
                qCInfo(lcAuth) << "signed out";
                d->forgetClient([guard] {
                    if (guard)
                        guard->succeed();
                });
            });
        });
        return reply;
    });
}

Reply *Auth::signOut(const QString &sessionId)
{
    return d->afterRestore([=]() -> Reply * {
        if (sessionId.isEmpty())
            return signOut();
        return d->sessionAction(sessionId, QStringLiteral("remove"), {}, [this](PendingReply *rep) {
            const bool anyActive = std::any_of(d->client.sessions.cbegin(), d->client.sessions.cend(), isActive);
            if (anyActive) {
                if (rep)
                    rep->succeed();
                return;
            }
            // The last session is gone: this device is signed out; forget the client token too.
            QPointer<PendingReply> guard(rep);
            d->forgetClient([guard] {
                if (guard)
                    guard->succeed();
            });
        });
    });
}

Reply *Auth::setActive(const QString &sessionId, const QString &organizationId)
{
    return d->afterRestore([=]() -> Reply * {
        const Session *target = d->client.findSession(sessionId);
        if (!target || !isActive(*target)) {
            auto *reply = d->newReply();
            d->fail(reply, invalidState(QStringLiteral("clerkqt_unknown_session"),
                                        QStringLiteral("This client has no active session %1.").arg(sessionId)));
            return reply;
        }
        // An empty active_organization_id is sent on purpose: it selects the personal account. The touch answer
        // carries the session's last_active_token for the new organization, which the token engine takes at once
        // (it fetches one only when the answer had none).
        return d->sessionAction(sessionId, QStringLiteral("touch"), {{QStringLiteral("active_organization_id"), organizationId}},
                                [this, sessionId](PendingReply *rep) {
                                    d->activeSessionId = sessionId;
                                    d->refresh();
                                    if (rep)
                                        rep->succeed(QVariant::fromValue(d->current.session));
                                });
    });
}

Reply *Auth::getToken()
{
    return getToken(GetTokenOptions());
}

Reply *Auth::getToken(const GetTokenOptions &options)
{
    return d->afterRestore([=]() -> Reply * {
        PendingReply *reply = d->newReply();
        d->whenUsable(reply, [this, options](const QPointer<PendingReply> &guard) {
            if (!guard)
                return;
            d->tokens->getToken(options, guard, [guard](const QString &jwt, const Error &error) {
                if (!guard)
                    return;
                if (error.isNull())
                    guard->succeed(jwt);
                else
                    guard->fail(error);
            });
        });
        return reply;
    });
}

Reply *Auth::getToken(const QVariantMap &options)
{
    GetTokenOptions o;
    o.templateName = options.value(QStringLiteral("template")).toString();
    if (options.contains(QStringLiteral("organizationId")))
        o.organizationId = options.value(QStringLiteral("organizationId")).toString();
    o.skipCache = options.value(QStringLiteral("skipCache")).toBool();
    if (options.contains(QStringLiteral("leeway")))
        o.leeway = std::chrono::milliseconds(
            jsonInt64(QJsonValue(options.value(QStringLiteral("leeway")).toDouble() * 1000)));
    return getToken(o);
}

TokenClaims Auth::sessionClaims() const { return d->current.sessionClaims; }

bool Auth::authorize(QNetworkRequest &request) const
{
    const QString token = d->tokens->sessionToken();
    if (token.isEmpty())
        return false;
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return true;
}

Reply *Auth::setActiveOrganization(const QString &organizationId)
{
    // The session is read once the restore has settled.
    return d->afterRestore([=]() -> Reply * { return setActive(d->current.session.id, organizationId); });
}

Reply *Auth::touch(const QString &sessionId)
{
    return d->afterRestore([=]() -> Reply * {
        const Session *s = d->client.findSession(d->resolveSessionId(sessionId));
        // Like clerk-js, touch re-sends the session's organization so that it is kept.
        const QString org = s ? s->lastActiveOrganizationId : QString();
        return d->sessionAction(sessionId, QStringLiteral("touch"), {{QStringLiteral("active_organization_id"), org}});
    });
}

Reply *Auth::end(const QString &sessionId)
{
    return d->afterRestore([=]() -> Reply * {
        return d->sessionAction(sessionId, QStringLiteral("end"), {});
    });
}

Reply *Auth::remove(const QString &sessionId)
{
    return d->afterRestore([=]() -> Reply * {
        return d->sessionAction(sessionId, QStringLiteral("remove"), {});
    });
}

Reply *Auth::reload()
{
    auto *reply = d->newReply();
    d->whenUsable(reply, [this](const QPointer<PendingReply> &guard) {
        const bool restoring = d->loading;
        if (restoring)
            d->retryTimer.stop(); // an offline start: retry now instead of waiting for the backoff
        FapiRequest request;
        request.path = QStringLiteral("/client");
        d->fapi->send(request, this, [this, guard, restoring](const FapiResult &result) {
            if (!result.error.isNull()) {
                const bool signedOut = result.httpStatus == 401 && result.error.code() == QLatin1String("signed_out");
                if (restoring && d->loading && !signedOut)
                    d->scheduleRestoreRetry(result.error);
                d->fail(guard, result.error);
                return;
            }
            if (!result.clientUpdated)
                d->onClientReceived(QJsonObject());
            if (d->loading)
                d->finishLoading();
            if (guard)
                guard->succeed();
        });
    });
    return reply;
}

bool Auth::checkAuthorization(const AuthorizationCheck &check) const
{
    QString role;
    QStringList permissions;
    d->activeMembershipOrClaims(&role, &permissions);
    if (role.isEmpty())
        return false; // no active organization
    if (!check.permission.isEmpty())
        return permissions.contains(check.permission);
    if (!check.role.isEmpty())
        return role == check.role;
    return false;
}

bool Auth::checkAuthorization(const QVariantMap &check) const
{
    return checkAuthorization(AuthorizationCheck{check.value(QStringLiteral("role")).toString(),
                                                 check.value(QStringLiteral("permission")).toString()});
}

bool Auth::hasRole(const QString &role) const { return checkAuthorization(AuthorizationCheck{role, {}}); }

bool Auth::hasPermission(const QString &permission) const
{
    return checkAuthorization(AuthorizationCheck{{}, permission});
}

Reply *Auth::reloadUser()
{
    return d->afterRestore([=]() -> Reply * {
        auto *reply = d->newReply();
        if (!d->current.signedIn) {
            d->fail(reply, invalidState(QStringLiteral("clerkqt_signed_out"), QStringLiteral("Nobody is signed in.")));
            return reply;
        }
        FapiRequest request;
        request.path = QStringLiteral("/me");
        request.sessionId = d->current.session.id;
        d->call(reply, request, [this](const FapiResult &result, PendingReply *rep) {
            const User user = parseUser(result.envelope.response.toObject());
            if (!result.clientUpdated && !user.isNull())
                d->patchUserIntoModel(user);
            d->refresh();
            if (rep)
                rep->succeed(QVariant::fromValue(user));
        });
        return reply;
    });
}

Reply *Auth::updateUser(const UserUpdate &update)
{
    return d->afterRestore([=]() -> Reply * {
        auto *reply = d->newReply();
        if (!d->current.signedIn) {
            d->fail(reply, invalidState(QStringLiteral("clerkqt_signed_out"), QStringLiteral("Nobody is signed in.")));
            return reply;
        }
        FapiRequest request;
        request.method = "PATCH";
        request.path = QStringLiteral("/me");
        request.sessionId = d->current.session.id;
        auto add = [&request](const char *key, const std::optional<QString> &value) {
            if (value)
                request.form.append({QString::fromLatin1(key), *value});
        };
        add("first_name", update.firstName);
        add("last_name", update.lastName);
        add("username", update.username);
        add("primary_email_address_id", update.primaryEmailAddressId);
        add("primary_phone_number_id", update.primaryPhoneNumberId);
        if (request.form.isEmpty() && !update.unsafeMetadata) {
            d->fail(reply, invalidState(QStringLiteral("clerkqt_nothing_to_update"), QStringLiteral("No field to update.")));
            return reply;
        }
        // Since API version 2026-05-12 unsafe metadata has its own endpoint, which merges instead of replacing.
        FapiRequest metadata;
        metadata.method = "PATCH";
        metadata.path = QStringLiteral("/me/metadata");
        metadata.sessionId = request.sessionId;
        if (update.unsafeMetadata)
            metadata.form.append({QStringLiteral("unsafe_metadata"),
                                  QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(*update.unsafeMetadata))
                                                        .toJson(QJsonDocument::Compact))});
        auto adopt = [this](const FapiResult &result) {
            const User user = parseUser(result.envelope.response.toObject());
            if (!result.clientUpdated && !user.isNull())
                d->patchUserIntoModel(user);
            d->refresh();
            return user;
        };
        auto finish = [adopt](const FapiResult &result, PendingReply *rep) {
            const User user = adopt(result);
            if (rep)
                rep->succeed(QVariant::fromValue(user));
        };
        if (request.form.isEmpty())
            d->call(reply, metadata, finish);
        else if (metadata.form.isEmpty())
            d->call(reply, request, finish);
        else
            d->call(reply, request, [this, adopt, finish, metadata](const FapiResult &result, PendingReply *rep) {
                adopt(result);
                d->call(rep, metadata, finish);
            });
        return reply;
    });
}

Reply *Auth::updateUser(const QVariantMap &fields)
{
    UserUpdate update;
    auto take = [&fields](const char *key) -> std::optional<QString> {
        const QString k = QString::fromLatin1(key);
        if (!fields.contains(k))
            return std::nullopt;
        return fields.value(k).toString();
    };
    update.firstName = take("firstName");
    update.lastName = take("lastName");
    update.username = take("username");
    update.primaryEmailAddressId = take("primaryEmailAddressId");
    update.primaryPhoneNumberId = take("primaryPhoneNumberId");
    if (fields.contains(QStringLiteral("unsafeMetadata")))
        update.unsafeMetadata = fields.value(QStringLiteral("unsafeMetadata")).toMap();
    return updateUser(update);
}

} // namespace Clerk
