// Auth's private state: the client model, the FAPI client, the keychain store and the derived snapshot.
#pragma once

#include "fapiclient_p.h"
#include "keychainstore_p.h"
#include "oauthlistener_p.h"
#include "reply_p.h"
#include "resources_p.h"
#include "tokenengine_p.h"

#include <ClerkQt/auth.h>

#include <QTimer>

#include <functional>

namespace Clerk {

/// Everything Auth exposes, derived from the model in one place (Auth::Private::snapshot()) so that change
/// signals are emitted by comparing two snapshots — never by hand in each flow.
struct AuthSnapshot
{
    Auth::Status status = Auth::Status::Loading;
    bool signedIn = false;
    Session session;
    QList<Session> sessions;
    User user;
    Organization organization;
    Membership membership;
    QList<Organization> organizations;
    QList<Membership> memberships;
    QString sessionToken;
    TokenClaims sessionClaims;
    SignInAttempt signInAttempt;
    SignUpAttempt signUpAttempt;
};

class Auth::Private
{
public:
    /// The flow this Auth started and has not finished: a stale sign-in left on the server by an earlier run
    /// does not make the UI say "signing in".
    enum class Flow { None, SignIn, SignUp };

    explicit Private(Auth *q, const AuthConfig &config);

    Auth *q;
    AuthConfig config;
    Error configError;
    QString keychainKey;
    FapiClient *fapi = nullptr;
    KeychainStore *keychain = nullptr;
    TokenEngine *tokens = nullptr;

    bool loading = true;       ///< until the persisted state is known
    bool keychainRead = false; ///< operations wait for the stored token
    bool persistent = false;
    QList<std::function<void()>> whenReadyQueue;
    /// Operations called while the stored session is restored, with the replies their callers hold.
    struct Deferred
    {
        QPointer<PendingReply> outer;
        std::function<Reply *()> op;
    };
    QList<Deferred> restoreQueue;

    ClientModel client;
    QString activeSessionId; ///< preferred active session; resolved against the model in snapshot()
    Flow flow = Flow::None;
    Error lastError;
    AuthSnapshot current;

    // The OAuth flow in progress, if any.
    struct OAuthFlow
    {
        QPointer<PendingReply> reply;
        QPointer<OAuthListener> listener;
        QString state, signInId;
        QTimer *timer = nullptr;
    };
    std::optional<OAuthFlow> oauth;
    QVariantList oauthProviders; ///< from the last loadEnvironment()
    void finishOAuth(const Error &error);
    void completeOAuth(const QString &nonce);

    QTimer retryTimer;
    std::chrono::milliseconds retryDelay{0};

    void start();
    /// Runs `fn` once the stored client token is known (at once if it is).
    void whenReady(std::function<void()> fn);
    void keychainReady();
    /// The one gate of every public operation but reload(): it runs `op` (state checks included) once the
    /// restore has settled, or fails with the restore's error when an attempt fails.
    Reply *afterRestore(std::function<Reply *()> op);
    void releaseRestoreQueue(const Error &failure);
    static void forward(Reply *inner, PendingReply *outer);
    void finishLoading();
    void fetchClientForRestore();
    void scheduleRestoreRetry(const Error &error);

    /// The session the app is acting as: the one it chose, else Clerk's last active one, else the first active.
    const Session *activeSession() const;
    /// Hands every `last_active_token` of the model to the token engine and tells it which session is active;
    /// the engine signals nothing back for it (refresh() reads the token afterwards).
    void syncTokens();
    AuthSnapshot snapshot() const;
    /// Recomputes the snapshot and emits a change signal for every property that changed.
    void refresh();
    void setLastError(const Error &error);
    void setPersistent(bool persistent);

    void onClientReceived(const QJsonObject &clientJson);
    void onClientTokenChanged(const QString &token);
    void onServerSignedOut(const Error &error);
    /// Forgets the client token, the model and the keychain entry; `done` runs after the keychain delete.
    void forgetClient(std::function<void()> done = {});

    // Operations
    PendingReply *newReply();
    void fail(PendingReply *reply, const Error &error);
    /// Sends `request` once the stored token is known; `onSuccess` runs with the result unless it failed (then
    /// the reply fails and lastError is set). Fails at once with the configuration error if there is one.
    /// Fails `reply` with the configuration error, if there is one; otherwise runs `fn` once the stored client
    /// token is known (whenReady()), with a guard that is null if the reply was deleted meanwhile.
    void whenUsable(PendingReply *reply, std::function<void(const QPointer<PendingReply> &)> fn);
    void call(PendingReply *reply, const FapiRequest &request,
              std::function<void(const FapiResult &, PendingReply *)> onSuccess);
    /// Adopts a sign-in or sign-up attempt from Clerk's answer: flow, active session, model, reply.
    template <typename Attempt>
    void completeStep(const Attempt &attempt, const FapiResult &result, PendingReply *reply, Flow ongoing,
                      Attempt ClientModel::*slot, const char *what);
    void completeSignInStep(const FapiResult &result, PendingReply *reply);
    void completeSignUpStep(const FapiResult &result, PendingReply *reply);
    /// POST /client/sign_ins|sign_ups/{this client's attempt}/<action> with `form`, the answer adopted as the next
    /// step of that flow; fails with clerkqt_no_sign_in / clerkqt_no_sign_up when there is no such attempt.
    Reply *attemptAction(Flow flow, const QString &action, const FormFields &form);
    Reply *prepareFactor(bool second, Strategy strategy);
    Reply *sessionAction(const QString &sessionId, const QString &action, const FormFields &form,
                         std::function<void(PendingReply *)> after = {});
    QString resolveSessionId(const QString &sessionId) const;
    void patchUserIntoModel(const User &user);
    Membership activeMembershipOrClaims(QString *role, QStringList *permissions) const;

    static QString strategyName(Strategy strategy);
};

} // namespace Clerk
