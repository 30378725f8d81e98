// The client store: the one picture of this device's Clerk client — the model, the session the app acts as,
// the flow in progress, whether the restore is still loading — the snapshot Auth's properties are read from,
// and the diff that turns any change of those into Auth's change signals.
#pragma once

#include "resources_p.h"

#include <ClerkQt/auth.h>
#include <ClerkQt/clerkqt_export.h>

namespace Clerk {

class TokenEngine;

/// Everything Auth exposes, derived from the store in one place (ClientStore::snapshot()) so that change
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

class ClientStore
{
public:
    /// The flow this Auth started and has not finished: a stale sign-in left on the server by an earlier run
    /// does not make the UI say "signing in".
    enum class Flow { None, SignIn, SignUp };
    /// How to read an answer that carries no client: GET /client's empty response means "no client"; any
    /// other answer's response is a resource of the model (an attempt, a session, a user) to merge.
    enum class Answer { Resource, Client };

    /// `q` receives the change signals; `tokens` gets the model's tokens on every notify().
    ClientStore(Auth *q, TokenEngine *tokens);

    const ClientModel &model() const { return m_model; }
    /// The snapshot of the last notify(): what Auth's getters return.
    const AuthSnapshot &current() const { return m_current; }
    /// current().sessionToken and its claims as long as the token may still be handed out: the token engine
    /// checks its expiry against the clock on every read (TokenEngine::servableNow()), since no timer may have
    /// fired while the machine slept; empty (null claims) once it may not.
    QString sessionToken() const;
    TokenClaims sessionClaims() const;
    Flow flow() const { return m_flow; }
    void setFlow(Flow flow) { m_flow = flow; }
    bool isLoading() const { return m_loading; }
    void setLoading(bool loading) { m_loading = loading; }
    /// The session the app chose; resolved against the model in snapshot().
    void setActiveSession(const QString &sessionId) { m_activeSessionId = sessionId; }

    /// The one way answers reach the model: the client an answer carries replaces it, else the resource it
    /// answers with is merged into it. Then notify() — unless the answer held nothing of the model's.
    void absorb(const FapiEnvelope &envelope, Answer answer);
    /// The server dropped this client: its model goes; the app's choices (session, flow) stay.
    void dropModel()
    {
        m_model = ClientModel();
        m_fromSnapshot = false;
    }
    /// An offline start: the model becomes the keychain's snapshot (no tokens) until a real client replaces it.
    /// Meanwhile the token engine is handed no session: there is nothing to refresh a token with yet.
    void adoptSnapshot(const QJsonObject &client);
    /// Whether the model is the keychain's snapshot rather than an answer of the server.
    bool isFromSnapshot() const { return m_fromSnapshot; }
    /// Forgets the model, the chosen session and the flow.
    void forget();

    /// Takes `previous` as the last snapshot, so that the next notify() announces what differs from it (a
    /// restarted Auth's new store, compared with the old one's state).
    void seed(const AuthSnapshot &previous) { m_current = previous; }

    /// Hands the model's tokens to the token engine, then recomputes the snapshot and emits a change signal for
    /// every property that changed — once, with both the model and the tokens applied.
    void notify();

    /// The session the app is acting as: the one it chose, else Clerk's last active one (either may be pending),
    /// else the first active.
    const Session *activeSession() const;
    /// The active organization's membership; when the user's memberships do not list it (yet), the role and
    /// permissions come from the session token's claims and the membership returned is null. When the token
    /// names another role for it than the listed membership (an admin changed it since the user was read), the
    /// token's role and permissions win — it is the newer — until notify()'s reload brings the membership.
    Membership activeMembershipOrClaims(QString *role, QStringList *permissions) const;

private:
    AuthSnapshot snapshot() const;
    void adoptClient(const QJsonObject &clientJson);
    /// Merges a resource that came without its client; false if `object` is no resource of the model.
    bool mergeResource(const QString &object, const QJsonObject &json);
    /// Whether `claims` name another role in `membership`'s organization than it lists.
    static bool membershipBehindClaims(const Membership &membership, const TokenClaims &claims);

    Auth *q;
    TokenEngine *m_tokens;
    ClientModel m_model;
    QString m_activeSessionId;
    Flow m_flow = Flow::None;
    bool m_fromSnapshot = false;
    bool m_loading = true; ///< until the persisted state is known
    QString m_reloadedForToken; ///< the token whose newer role made notify() reload the user (once per token)
    AuthSnapshot m_current;
};

} // namespace Clerk
