// What every part of Auth shares: the configuration, the transport, the token engine, the client store, the
// session restore, and the helpers that run a request for a Reply. Auth::Private is one; its parts (sign-in and
// sign-up flows, OAuth, session and user operations) act through it.
#pragma once

#include "clientstore_p.h"
#include "fapiclient_p.h"
#include "reply_p.h"
#include "sessionrestore_p.h"
#include "tokenengine_p.h"

#include <ClerkQt/auth.h>

#include <QPointer>

#include <functional>
#include <optional>

class QMetaMethod;

namespace Clerk {

/// `config` as Auth keeps it: an empty keychainService becomes "clerk-qt", and a negative keychainTimeout the
/// platform's (keychainPolicyFor()).
AuthConfig withDefaults(AuthConfig config);

class AuthCore
{
public:
    /// What a background failure came from; it is cleared when that activity next succeeds.
    enum class Background { Restore, Keychain, Token, Configuration };

    AuthCore(Auth *q, const AuthConfig &config);
    virtual ~AuthCore();
    AuthCore(const AuthCore &) = delete;
    AuthCore &operator=(const AuthCore &) = delete;

    /// QObject::isSignalConnected on `q`, which only Auth itself may ask (it is protected).
    virtual bool isConnected(const QMetaMethod &signal) const = 0;
    /// Auth::backgroundError(): set by `source`, replacing any other.
    virtual void setBackgroundError(Background source, const Error &error) = 0;
    /// Clears Auth::backgroundError() if `source` set it; nullopt: whatever set it, except the configuration.
    virtual void clearBackgroundError(std::optional<Background> source) = 0;

    Auth *const q;
    const AuthConfig config;
    /// Parent of this engine's objects and context of its connections: deleting it first stops every callback
    /// into an engine that is going away (a restart replaces the engine, the Auth stays).
    QObject *const scope;
    Error configError; ///< set while `fapi` is made, from the publishable key and the FAPI URL
    FapiClient *const fapi;
    TokenEngine *const tokens;
    ClientStore store;
    SessionRestore restore;
    /// Auth::userSettings(): the instance's `user_settings` from the last `/v1/environment` this engine read.
    UserSettings userSettings;

    /// Every request of Auth goes out here. A successful answer enters the client store (ClientStore::absorb,
    /// read as `answer` says) before `done` runs: the one path from the wire to the model. Except a stale read:
    /// a GET answered after a later-sent request's answer was taken tells of an older client, so the store keeps
    /// the newer one (`done` still gets the answer). Writes always enter: their callers read their effect.
    FapiClient::RequestId send(const FapiRequest &request, FapiClient::Callback done,
                               ClientStore::Answer answer = ClientStore::Answer::Resource);

    PendingReply *newReply();
    /// Fails `reply` (if it still exists) with `error`; the error goes to that reply only.
    void fail(PendingReply *reply, const Error &error);
    /// Fails `reply` with the configuration error, if there is one; otherwise runs `fn` once the stored client
    /// token is known (SessionRestore::whenReady()) — unless the reply was aborted or deleted meanwhile.
    void whenUsable(PendingReply *reply, std::function<void(const QPointer<PendingReply> &)> fn);
    /// Sends `request` for `reply` once usable (whenUsable()), bound to it (aborting the reply aborts the
    /// request); `onSuccess` runs with the answer unless it failed (then the reply fails).
    void call(PendingReply *reply, const FapiRequest &request,
              std::function<void(const FapiResult &, PendingReply *)> onSuccess);
    /// A request of the signed-in user's (`/me` + `path`) on behalf of the active session; none when nobody is
    /// signed in, and then `reply` has failed with InvalidState `clerkqt_signed_out`.
    std::optional<FapiRequest> meRequest(PendingReply *reply, const QByteArray &method, const QString &path);
    /// Succeeds `reply` with `value` once Auth::user() (and so the memberships) reflects the answer `result`: at
    /// once when it carried the client (merged already), else after reloading the user (GET /v1/me).
    void succeedAfterUser(const FapiResult &result, PendingReply *reply, const QVariant &value);
    /// `outer` finishes as `inner` does.
    static void forward(Reply *inner, PendingReply *outer);
    static Error invalidState(const QString &code, const QString &message);

private:
    quint64 m_sent = 0;          ///< requests sent through send(), numbered in order
    quint64 m_newestAdopted = 0; ///< the latest-sent of them whose answer the store took
};

} // namespace Clerk
