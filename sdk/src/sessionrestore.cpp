#include "sessionrestore_p.h"

#include "authcore_p.h"
#include "logging_p.h"
#include "publishablekey_p.h"

#include <algorithm>

namespace Clerk {

namespace {

bool isSignedOut(const FapiResult &result)
{
    return result.httpStatus == 401 && result.error.code() == QLatin1String("signed_out");
}

} // namespace

SessionRestore::SessionRestore(AuthCore &core)
    : d(core)
    , m_keychain(new KeychainStore(d.config.keychainService, keychainKeyFor(d.config.publishableKey),
                                   d.config.keychainTimeout, d.scope))
    , m_retryDelay(d.config.restoreRetryInitial)
{
    m_retryTimer.setSingleShot(true);
    QObject::connect(&m_retryTimer, &QTimer::timeout, d.scope, [this] { fetchClientForRestore(); });
}

void SessionRestore::start()
{
    if (!d.configError.isNull()) {
        qCWarning(lcAuth) << "configuration error:" << d.configError.toString();
        d.setBackgroundError(AuthCore::Background::Configuration, d.configError);
        finishLoading();
        keychainReady();
        return;
    }
    qCInfo(lcAuth) << "Frontend API" << d.fapi->baseUrl().toString();
    if (!d.config.persistSession) {
        finishLoading();
        keychainReady();
        return;
    }
    m_keychain->read([this](const QString &token, const Error &error) {
        if (!error.isNull()) {
            // No Secret Service, locked collection, timeout: report it, keep everything in memory for this run.
            qCWarning(lcKeychain) << "keychain unavailable, the session will not be kept:" << error.code();
            d.setBackgroundError(AuthCore::Background::Keychain, error);
            setPersistent(false);
            finishLoading();
            keychainReady();
            return;
        }
        if (!token.isEmpty()) {
            qCInfo(lcAuth) << "restoring the stored client";
            setPersistent(true);
            d.fapi->setClientToken(token);
            fetchClientForRestore(); // first, so that it is the one request before the session token
            keychainReady();
            return;
        }
        // Nothing stored — or a locked keyring, which reads the same. A write tells them apart.
        m_keychain->probeWritable([this](const Error &probeError) {
            if (!probeError.isNull()) {
                qCWarning(lcKeychain) << "keychain not writable:" << probeError.code();
                d.setBackgroundError(AuthCore::Background::Keychain, probeError);
                setPersistent(false);
            } else {
                d.clearBackgroundError(AuthCore::Background::Keychain);
                setPersistent(true);
            }
            finishLoading();
            keychainReady();
        });
    });
}

void SessionRestore::whenReady(std::function<void()> fn)
{
    if (m_keychainRead)
        fn();
    else
        m_whenReady.append(std::move(fn));
}

void SessionRestore::keychainReady()
{
    m_keychainRead = true;
    const auto queued = std::exchange(m_whenReady, {});
    for (const auto &fn : queued)
        fn();
}

void SessionRestore::finishLoading()
{
    m_retryTimer.stop();
    d.clearBackgroundError(AuthCore::Background::Restore);
    d.store.setLoading(false);
    d.store.notify();
    releaseRestoreQueue(Error());
}

Reply *SessionRestore::afterRestore(std::function<Reply *()> op)
{
    if (!d.configError.isNull()) {
        auto *reply = d.newReply();
        d.fail(reply, d.configError);
        return reply;
    }
    if (!d.store.isLoading())
        return op();
    auto *outer = d.newReply();
    m_restoreQueue.append({outer, std::move(op)});
    return outer;
}

void SessionRestore::releaseRestoreQueue(const Error &failure)
{
    const auto queued = std::exchange(m_restoreQueue, {});
    for (const Deferred &deferred : queued) {
        if (!deferred.outer || deferred.outer->isSettled())
            continue; // aborted or deleted while it waited: its operation never starts
        if (failure.isNull())
            AuthCore::forward(deferred.op(), deferred.outer);
        else
            deferred.outer->fail(failure); // offline or failing start: say so, not "signed out"
    }
}

void SessionRestore::getClient(std::function<void(const FapiResult &)> done)
{
    FapiRequest request;
    request.path = QStringLiteral("/client");
    d.send(request, std::move(done), ClientStore::Answer::Client);
}

void SessionRestore::fetchClientForRestore()
{
    if (!d.store.isLoading())
        return;
    getClient([this](const FapiResult &result) {
        if (!d.store.isLoading())
            return; // settled meanwhile (sign-out, 401 handled by onServerSignedOut)
        if (result.error.isNull()) {
            m_retryDelay = d.config.restoreRetryInitial;
            finishLoading();
            return;
        }
        if (isSignedOut(result))
            return; // onServerSignedOut() finished loading
        scheduleRestoreRetry(result.error);
    });
}

void SessionRestore::scheduleRestoreRetry(const Error &error)
{
    // Offline, 5xx, 429, anything but 401 signed_out: the stored session stays; keep Loading and retry.
    d.setBackgroundError(AuthCore::Background::Restore, error);
    releaseRestoreQueue(error);
    auto delay = m_retryDelay;
    if (error.kind() == Error::Kind::RateLimited && error.retryAfter())
        delay = std::max<std::chrono::milliseconds>(delay, *error.retryAfter());
    qCInfo(lcAuth) << "restore failed (" << error.code() << "), retrying in" << delay.count() << "ms";
    m_retryTimer.start(int(delay.count()));
    m_retryDelay = std::min(m_retryDelay * 2, d.config.restoreRetryMax);
}

Reply *SessionRestore::reload()
{
    auto *reply = d.newReply();
    d.whenUsable(reply, [this](const QPointer<PendingReply> &guard) {
        const bool restoring = d.store.isLoading();
        if (restoring)
            m_retryTimer.stop(); // an offline start: retry now instead of waiting for the backoff
        getClient([this, guard, restoring](const FapiResult &result) {
            if (!result.error.isNull()) {
                if (restoring && d.store.isLoading() && !isSignedOut(result))
                    scheduleRestoreRetry(result.error);
                d.fail(guard, result.error);
                return;
            }
            if (d.store.isLoading())
                finishLoading();
            if (guard)
                guard->succeed();
        });
    });
    return reply;
}

void SessionRestore::onClientTokenChanged(const QString &token)
{
    if (token.isEmpty()) {
        // The server dropped this client: nothing to keep.
        d.store.dropModel();
        if (m_persistent)
            m_keychain->remove([this](const Error &e) {
                if (!e.isNull())
                    d.setBackgroundError(AuthCore::Background::Keychain, e);
            });
        d.store.notify();
        return;
    }
    if (!m_persistent)
        return; // in-memory mode: the token is never written anywhere
    m_keychain->write(token, [this](const Error &e) {
        if (!e.isNull()) {
            qCWarning(lcKeychain) << "could not store the client token; keeping the session in memory:" << e.code();
            d.setBackgroundError(AuthCore::Background::Keychain, e);
            setPersistent(false);
            return;
        }
        d.clearBackgroundError(AuthCore::Background::Keychain);
    });
}

void SessionRestore::onServerSignedOut(const Error &error)
{
    qCInfo(lcAuth) << "the server signed this client out:" << error.code();
    forgetClient();
    if (d.store.isLoading())
        finishLoading();
    Q_EMIT d.q->signedOutByServer();
}

void SessionRestore::forgetClient(std::function<void()> done)
{
    d.fapi->setClientToken(QString());
    // Signed out: what failed in the background belonged to the session that is gone.
    d.clearBackgroundError(std::nullopt);
    d.store.forget();
    d.store.notify();
    if (!m_persistent) {
        if (done)
            QMetaObject::invokeMethod(d.scope, std::move(done), Qt::QueuedConnection);
        return;
    }
    m_keychain->remove([this, done](const Error &e) {
        if (!e.isNull())
            d.setBackgroundError(AuthCore::Background::Keychain, e);
        if (done)
            done();
    });
}

void SessionRestore::setPersistent(bool value)
{
    if (m_persistent == value)
        return;
    m_persistent = value;
    Q_EMIT d.q->persistentChanged();
}

} // namespace Clerk
