// Session restore: the keychain entry (client token + token-free snapshot of the client), the first GET /v1/client
// that brings its session back (retried with backoff while offline, showing the snapshot meanwhile), the gate
// that holds operations until the restore has settled, and the offline state that holds getToken() until the
// network is back.
#pragma once

#include "keychainstore_p.h"
#include "storedclient_p.h"

#include <ClerkQt/error.h>
#include <ClerkQt/reply.h>

#include <QList>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Clerk {

class AuthCore;
class PendingReply;
struct FapiResult;

class SessionRestore
{
public:
    explicit SessionRestore(AuthCore &core);

    /// Reads the keychain (unless the configuration or AuthConfig::persistSession says not to) and restores.
    void start();
    /// Stops the offline retry: Auth is going away.
    void stop() { m_retryTimer.stop(); }
    /// Auth::isOffline().
    bool isOffline() const { return m_offline; }
    /// Sets Auth::isOffline(); going online runs the operations whenOnline() holds.
    void setOffline(bool offline);
    /// Runs `op` now, or — while offline — once the network is back, failing with a Network error
    /// (`clerkqt_offline`) when that takes longer than AuthConfig::requestTimeout.
    Reply *whenOnline(std::function<Reply *()> op);
    /// While the snapshot is shown: the network may be back (reachability says so), retry the restore now.
    void networkBack();
    /// An answer came (a fresh session token, any FAPI response): online, unless the snapshot still waits
    /// for the server's client.
    void noteOnline();
    /// A background token refresh got no answer: offline, while someone is signed in.
    void noteNoAnswer();
    /// The model changed or the client token rotated: write the keychain entry if what it holds changed.
    void persistLater();
    /// Whether the client token is kept in the keychain.
    bool isPersistent() const { return m_persistent; }
    /// Auth::isKeychainWaiting(): a keychain job has not answered for a while (a prompt, most likely).
    bool isKeychainWaiting() const { return m_keychain->isWaiting(); }

    /// Runs `fn` once the stored client token is known (at once if it is).
    void whenReady(std::function<void()> fn);
    /// The one gate of every public operation but reload(): it runs `op` (state checks included) once the
    /// restore has settled, or fails with the restore's error when an attempt fails.
    Reply *afterRestore(std::function<Reply *()> op);
    /// GET /v1/client. While an offline start is retrying, it retries now instead of waiting for the backoff.
    Reply *reload();

    /// Forgets the client token, the model and the keychain entry; `done` runs after the keychain delete.
    void forgetClient(std::function<void()> done = {});
    void onClientTokenChanged(const QString &token);
    void onServerSignedOut(const Error &error);

private:
    /// Operations called while the stored session is restored, with the replies their callers hold.
    struct Deferred
    {
        QPointer<PendingReply> outer;
        std::function<Reply *()> op;
        QPointer<QTimer> deadline; ///< whenOnline() only
    };

    /// The entry as read (possibly moved from the legacy key): restore from it, or find out whether the
    /// keychain is writable when there is none.
    void restoreFrom(const QString &entry);
    /// No entry under the key: move one stored under the legacy key (clerk-qt before issue #21).
    void migrateLegacy();
    /// The legacy entry is still there although its content was moved (or is being moved): delete it now.
    void removeLegacyLeft();
    void keychainReady();
    void finishLoading();
    void releaseRestoreQueue(const Error &failure);
    void getClient(std::function<void(const FapiResult &)> done);
    void fetchClientForRestore();
    void scheduleRestoreRetry(const Error &error);
    /// A restore attempt failed: show the snapshot when it is the network, and retry unless signed out.
    void restoreFailed(const FapiResult &result);
    void showSnapshot();
    /// The real client replaced the snapshot: online again; a session shown that is gone now is a sign-out.
    void reconcile();
    void persistNow();
    void setPersistent(bool persistent);

    AuthCore &d;
    KeychainStore *m_keychain;
    QString m_legacyKey;       ///< keychainKeyFor(publishable key): where clerk-qt before issue #21 kept the entry
    bool m_legacyLeft = false; ///< the legacy entry still exists and must go once the new one is written
    bool m_keychainRead = false; ///< operations wait for the stored token
    bool m_persistent = false;
    QList<std::function<void()>> m_whenReady;
    QList<Deferred> m_restoreQueue;
    QList<Deferred> m_onlineQueue;
    QJsonObject m_snapshot;    ///< the client the keychain entry holds (token-free); empty for format 1
    QString m_lastWritten;     ///< the entry as last read or written: an unchanged one is not written again
    QString m_shownSession;    ///< while reconciling: the active session the snapshot showed
    bool m_reconciling = false; ///< the snapshot is shown; the first GET /v1/client has not answered yet
    bool m_offline = false;
    bool m_persistQueued = false;
    QTimer m_retryTimer;
    std::chrono::milliseconds m_retryDelay;
};

} // namespace Clerk
