#include "sessionrestore_p.h"

#include "authcore_p.h"
#include "keychainpolicy_p.h"
#include "logging_p.h"
#include "publishablekey_p.h"

#include <algorithm>

namespace Clerk {

namespace {

bool isSignedOut(const FapiResult &result)
{
    return result.httpStatus == 401 && result.error.code() == QLatin1String("signed_out");
}

/// No answer at all (refused, reset, DNS, timeout): the network, not the server. A 5xx or 429 is a server that
/// is there and may yet say the session is over, so it does not count.
bool isNoAnswer(const FapiResult &result)
{
    return result.httpStatus == 0 && result.error.kind() == Error::Kind::Network
        && result.error.code() != QLatin1String("clerkqt_aborted");
}

} // namespace

SessionRestore::SessionRestore(AuthCore &core)
    : d(core)
    , m_keychain(new KeychainStore(
          d.config.keychainService,
          keychainKeyFor(d.config.keychainService, d.config.keychainAppId, d.config.publishableKey),
          d.config.keychainTimeout, keychainPolicyFor(QOperatingSystemVersion::currentType()).waitingAfter,
          d.scope))
    , m_legacyKey(keychainKeyFor(d.config.publishableKey))
    , m_retryDelay(d.config.restoreRetryInitial)
{
    QObject::connect(m_keychain, &KeychainStore::waitingChanged, d.scope, [this] {
        Q_EMIT d.q->keychainWaitingChanged();
    });
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
    m_keychain->read([this](const QString &entry, const Error &error) {
        if (!error.isNull()) {
            // No Secret Service, locked collection, timeout: report it, keep everything in memory for this run.
            qCWarning(lcKeychain) << "keychain unavailable, the session will not be kept:" << error.code();
            d.setBackgroundError(AuthCore::Background::Keychain, error);
            setPersistent(false);
            finishLoading();
            keychainReady();
            return;
        }
        if (StoredClient::parse(entry).clientToken.isEmpty())
            migrateLegacy();
        else
            restoreFrom(entry);
    });
}

void SessionRestore::migrateLegacy()
{
    m_keychain->readOther(m_legacyKey, [this](const QString &legacy, const Error &readError) {
        if (!readError.isNull() || StoredClient::parse(legacy).clientToken.isEmpty()) {
            // Nothing to move. A failing read is not the end of the keychain: the probe below tells.
            restoreFrom(QString());
            return;
        }
        qCInfo(lcKeychain) << "moving the entry stored under the legacy key";
        // Write first, delete after: whatever fails half-way, one of the two entries holds the session.
        m_keychain->write(legacy, [this, legacy](const Error &writeError) {
            m_legacyLeft = true;
            if (!writeError.isNull()) {
                // The legacy entry stays for the next start; this run keeps the session and writes the new entry
                // again when the client changes (persistNow), which completes the move.
                qCWarning(lcKeychain) << "could not move the legacy entry:" << writeError.code();
                d.setBackgroundError(AuthCore::Background::Keychain, writeError);
                restoreFrom(legacy);
                m_lastWritten.clear();
                return;
            }
            removeLegacyLeft();
            restoreFrom(legacy);
        });
    });
}

void SessionRestore::removeLegacyLeft()
{
    if (!m_legacyLeft)
        return;
    m_keychain->removeOther(m_legacyKey, [this](const Error &e) {
        // Left for a later write or sign-out to retry; the new entry is read first, so it does no harm meanwhile.
        if (e.isNull())
            m_legacyLeft = false;
        else
            qCWarning(lcKeychain) << "could not delete the legacy entry:" << e.code();
    });
}

void SessionRestore::restoreFrom(const QString &entry)
{
    const StoredClient stored = StoredClient::parse(entry);
    if (!stored.clientToken.isEmpty()) {
        qCInfo(lcAuth) << "restoring the stored client" << (stored.client.isEmpty() ? "(no snapshot)" : "");
        setPersistent(true);
        m_snapshot = stored.client;
        // An entry of the old format is rewritten in the new one once the client is known.
        m_lastWritten = stored.client.isEmpty() ? QString() : stored.serialize();
        d.fapi->setClientToken(stored.clientToken);
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
    m_restoreQueue.append({outer, std::move(op), {}});
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
    if (!d.store.isLoading() && !m_reconciling)
        return;
    getClient([this](const FapiResult &result) {
        if (!d.store.isLoading() && !m_reconciling)
            return; // settled meanwhile (sign-out, 401 handled by onServerSignedOut)
        if (result.error.isNull()) {
            m_retryDelay = d.config.restoreRetryInitial;
            if (m_reconciling)
                reconcile();
            else
                finishLoading();
            return;
        }
        restoreFailed(result);
    });
}

void SessionRestore::restoreFailed(const FapiResult &result)
{
    if (isSignedOut(result))
        return; // onServerSignedOut() finished loading
    if (d.store.isLoading() && isNoAnswer(result) && !m_snapshot.isEmpty()) {
        d.setBackgroundError(AuthCore::Background::Restore, result.error);
        showSnapshot();
    }
    scheduleRestoreRetry(result.error);
}

void SessionRestore::showSnapshot()
{
    qCInfo(lcAuth) << "no network: showing the stored client until the server answers";
    m_reconciling = true;
    d.store.adoptSnapshot(m_snapshot);
    d.store.setLoading(false);
    const Session *shown = d.store.activeSession();
    m_shownSession = shown ? shown->id : QString();
    setOffline(true); // before the state's signals, so that a handler of statusChanged sees it
    d.store.notify();
    releaseRestoreQueue(Error()); // they run now; getToken() waits for the network (whenOnline)
}

void SessionRestore::reconcile()
{
    // The server's client has replaced the snapshot (ClientStore::absorb) and its signals are out.
    m_reconciling = false;
    const bool sessionGone = !m_shownSession.isEmpty() && !d.store.current().signedIn;
    m_shownSession.clear();
    d.clearBackgroundError(AuthCore::Background::Restore);
    qCInfo(lcAuth) << "the server answered: the stored client is reconciled";
    setOffline(false);
    if (sessionGone) {
        qCInfo(lcAuth) << "the session shown offline ended meanwhile";
        Q_EMIT d.q->signedOutByServer();
    }
}

void SessionRestore::networkBack()
{
    if ((d.store.isLoading() || m_reconciling) && m_retryTimer.isActive()) {
        m_retryTimer.stop();
        fetchClientForRestore();
    }
}

void SessionRestore::noteOnline()
{
    // While the snapshot is shown only the server's client ends "offline" (reconcile()).
    if (!m_reconciling)
        setOffline(false);
}

void SessionRestore::noteNoAnswer()
{
    if (d.store.current().signedIn)
        setOffline(true);
}

void SessionRestore::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    qCInfo(lcAuth) << (offline ? "offline" : "online");
    Q_EMIT d.q->offlineChanged();
    if (offline)
        return;
    const auto queued = std::exchange(m_onlineQueue, {});
    for (const Deferred &deferred : queued) {
        delete deferred.deadline.data();
        if (deferred.outer && !deferred.outer->isSettled())
            AuthCore::forward(deferred.op(), deferred.outer);
    }
}

Reply *SessionRestore::whenOnline(std::function<Reply *()> op)
{
    if (!m_offline)
        return op();
    auto *outer = d.newReply();
    auto *deadline = new QTimer(outer);
    deadline->setSingleShot(true);
    // Captures only the reply: it can outlive this engine (a restart aborts it, the timer still fires).
    QObject::connect(deadline, &QTimer::timeout, outer, [outer] {
        if (!outer->isSettled())
            outer->fail(Error(Error::Kind::Network, QStringLiteral("clerkqt_offline"),
                              QStringLiteral("The network did not come back in time.")));
    });
    deadline->start(int(d.config.requestTimeout.count()));
    m_onlineQueue.append({outer, std::move(op), deadline});
    return outer;
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
        const bool restoring = d.store.isLoading() || m_reconciling;
        if (restoring)
            m_retryTimer.stop(); // an offline start: retry now instead of waiting for the backoff
        getClient([this, guard, restoring](const FapiResult &result) {
            if (!result.error.isNull()) {
                if (restoring && (d.store.isLoading() || m_reconciling))
                    restoreFailed(result);
                d.fail(guard, result.error);
                return;
            }
            if (d.store.isLoading())
                finishLoading();
            else if (m_reconciling)
                reconcile();
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
        m_snapshot = {};
        m_lastWritten.clear();
        if (m_persistent) {
            m_keychain->remove([this](const Error &e) {
                if (!e.isNull())
                    d.setBackgroundError(AuthCore::Background::Keychain, e);
            });
            removeLegacyLeft(); // or the next start would move the dropped client back
        }
        d.store.notify();
        return;
    }
    persistLater();
}

void SessionRestore::persistLater()
{
    if (!m_persistent || m_persistQueued)
        return; // in-memory mode: nothing is ever written anywhere
    // A rotated token and the client of the same answer arrive one after the other: one write for both.
    m_persistQueued = true;
    QMetaObject::invokeMethod(
        d.scope,
        [this] {
            m_persistQueued = false;
            persistNow();
        },
        Qt::QueuedConnection);
}

void SessionRestore::persistNow()
{
    StoredClient stored;
    stored.clientToken = d.fapi->clientToken();
    if (!m_persistent || stored.clientToken.isEmpty())
        return;
    if (d.store.isLoading() || d.store.isFromSnapshot()) {
        stored.client = m_snapshot; // the server has not told us about the client yet: keep what is stored
    } else {
        const Session *active = d.store.activeSession();
        stored.client = clientSnapshot(d.store.model(), active ? active->id : QString());
    }
    const QString entry = stored.serialize();
    if (entry == m_lastWritten)
        return; // a refreshed session token changes nothing stored
    m_lastWritten = entry;
    m_snapshot = stored.client;
    m_keychain->write(entry, [this](const Error &e) {
        if (!e.isNull()) {
            qCWarning(lcKeychain) << "could not store the client token; keeping the session in memory:" << e.code();
            m_lastWritten.clear();
            d.setBackgroundError(AuthCore::Background::Keychain, e);
            setPersistent(false);
            return;
        }
        d.clearBackgroundError(AuthCore::Background::Keychain);
        removeLegacyLeft(); // the new entry holds the session now
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
    m_snapshot = {};
    m_lastWritten.clear();
    m_reconciling = false;
    m_shownSession.clear();
    // Signed out: what failed in the background belonged to the session that is gone.
    d.clearBackgroundError(std::nullopt);
    d.store.forget();
    setOffline(false); // held getToken() calls now fail as signed out
    d.store.notify();
    if (!m_persistent) {
        if (done)
            QMetaObject::invokeMethod(d.scope, std::move(done), Qt::QueuedConnection);
        return;
    }
    removeLegacyLeft(); // queued before the delete below, so `done` runs after both
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
