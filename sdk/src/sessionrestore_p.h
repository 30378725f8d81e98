// Session restore: the client token in the keychain, the first GET /v1/client that brings its session back
// (retried with backoff while offline), and the gate that holds operations until the restore has settled.
#pragma once

#include "keychainstore_p.h"

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
    /// Whether the client token is kept in the keychain.
    bool isPersistent() const { return m_persistent; }

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
    };

    void keychainReady();
    void finishLoading();
    void releaseRestoreQueue(const Error &failure);
    void getClient(std::function<void(const FapiResult &)> done);
    void fetchClientForRestore();
    void scheduleRestoreRetry(const Error &error);
    void setPersistent(bool persistent);

    AuthCore &d;
    KeychainStore *m_keychain;
    bool m_keychainRead = false; ///< operations wait for the stored token
    bool m_persistent = false;
    QList<std::function<void()>> m_whenReady;
    QList<Deferred> m_restoreQueue;
    QTimer m_retryTimer;
    std::chrono::milliseconds m_retryDelay;
};

} // namespace Clerk
