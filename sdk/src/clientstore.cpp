#include "clientstore_p.h"

#include "logging_p.h"
#include "tokenengine_p.h"

#include <algorithm>

namespace Clerk {

namespace {

bool isActive(const Session &s) { return s.status == Session::Status::Active; }
/// Signed in, maybe with a task left: a session the app can act as.
bool isUsable(const Session &s) { return isActive(s) || s.status == Session::Status::Pending; }

} // namespace

ClientStore::ClientStore(Auth *qq, TokenEngine *tokens)
    : q(qq)
    , m_tokens(tokens)
{
    m_current = snapshot();
}

void ClientStore::absorb(const FapiEnvelope &envelope, Answer answer)
{
    // Read the way FapiClient reads an answer for a client: the response itself, else the envelope's member.
    const QJsonObject response = envelope.response.toObject();
    const QString object = response.value(QLatin1String("object")).toString();
    if (object == QLatin1String("client"))
        adoptClient(response);
    else if (envelope.hasClientKey)
        adoptClient(envelope.client);
    else if (answer == Answer::Client)
        adoptClient(QJsonObject());
    else if (!mergeResource(object, response))
        return;
    // A finished or vanished attempt ends the flow this Auth started.
    if (m_flow == Flow::SignIn && (m_model.signIn.isNull() || m_model.signIn.status == SignInAttempt::Status::Complete))
        m_flow = Flow::None;
    if (m_flow == Flow::SignUp && (m_model.signUp.isNull() || m_model.signUp.status == SignUpAttempt::Status::Complete))
        m_flow = Flow::None;
    notify();
}

void ClientStore::adoptClient(const QJsonObject &clientJson)
{
    m_model = parseClient(clientJson);
    m_fromSnapshot = false;
}

void ClientStore::adoptSnapshot(const QJsonObject &client)
{
    m_model = parseClient(client);
    m_fromSnapshot = true;
}

bool ClientStore::mergeResource(const QString &object, const QJsonObject &json)
{
    if (object == QLatin1String("sign_in_attempt")) {
        m_model.signIn = parseSignInAttempt(json);
    } else if (object == QLatin1String("sign_up_attempt")) {
        m_model.signUp = parseSignUpAttempt(json);
    } else if (object == QLatin1String("session")) {
        QString jwt;
        const Session updated = parseSession(json, &jwt);
        for (Session &s : m_model.sessions) {
            if (s.id == updated.id)
                s = updated;
        }
        if (!jwt.isEmpty())
            m_model.lastActiveTokens.insert(updated.id, jwt);
    } else if (object == QLatin1String("user")) {
        const User user = parseUser(json);
        if (user.isNull())
            return false;
        for (Session &s : m_model.sessions) {
            if (s.user.id == user.id) {
                s.user = user;
                s.raw.insert(QStringLiteral("user"), user.raw);
            }
        }
    } else {
        return false;
    }
    return true;
}

void ClientStore::forget()
{
    m_model = ClientModel();
    m_fromSnapshot = false;
    m_activeSessionId.clear();
    m_flow = Flow::None;
}

const Session *ClientStore::activeSession() const
{
    // A pending session counts only when chosen (a sign-in just created it) or last active on Clerk: another
    // active session is not silently preferred over the one whose task the user is finishing.
    for (const QString &candidate : {m_activeSessionId, m_model.lastActiveSessionId}) {
        const Session *found = candidate.isEmpty() ? nullptr : m_model.findSession(candidate);
        if (found && isUsable(*found))
            return found;
    }
    auto it = std::find_if(m_model.sessions.cbegin(), m_model.sessions.cend(), isActive);
    return it != m_model.sessions.cend() ? &*it : nullptr;
}

AuthSnapshot ClientStore::snapshot() const
{
    using Status = Auth::Status;
    AuthSnapshot s;
    s.sessions = m_model.sessions;
    const Session *active = activeSession();
    const bool pending = active && !isActive(*active);
    if (active) {
        // A pending session shows who is signing in (the task UI needs the user and organizations), but it is
        // not signed in and has no token (like clerk-js's treatPendingAsSignedOut).
        s.signedIn = !pending;
        s.session = *active;
        s.user = active->user;
        if (!pending) {
            s.sessionToken = m_tokens->sessionToken();
            s.sessionClaims = m_tokens->sessionClaims();
        }
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
    s.signInAttempt = m_model.signIn;
    s.signUpAttempt = m_model.signUp;

    const SignInAttempt &signIn = m_model.signIn;
    const SignUpAttempt &signUp = m_model.signUp;
    if (m_loading) {
        s.status = Status::Loading;
    } else if (m_flow == Flow::SignIn && !signIn.isNull() && signIn.status == SignInAttempt::Status::NeedsSecondFactor) {
        s.status = Status::NeedsSecondFactor;
    } else if (m_flow == Flow::SignIn && !signIn.isNull() && signIn.status == SignInAttempt::Status::NeedsClientTrust) {
        s.status = Status::NeedsClientTrust;
    } else if (m_flow == Flow::SignIn && !signIn.isNull() && signIn.status != SignInAttempt::Status::Complete) {
        s.status = Status::SigningIn;
    } else if (m_flow == Flow::SignUp && !signUp.isNull() && signUp.status != SignUpAttempt::Status::Complete) {
        s.status = Status::SigningUp;
    } else {
        s.status = pending ? Status::NeedsTask : s.signedIn ? Status::SignedIn : Status::SignedOut;
    }
    return s;
}

void ClientStore::notify()
{
    // Tokens only for an active session — a pending one gets none until its last task is done — and none while
    // the offline snapshot stands in for the client.
    const Session *session = m_fromSnapshot ? nullptr : activeSession();
    const Session *active = session && isActive(*session) ? session : nullptr;
    m_tokens->handOver(m_model.lastActiveTokens, active ? active->id : QString(),
                       active ? active->lastActiveOrganizationId : QString());
    const AuthSnapshot next = snapshot();
    const AuthSnapshot prev = std::exchange(m_current, next);
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
    if (prev.organization != next.organization || prev.membership != next.membership
        || prev.sessionClaims.organizationRole() != next.sessionClaims.organizationRole()
        || prev.sessionClaims.organizationPermissions() != next.sessionClaims.organizationPermissions())
        Q_EMIT q->organizationChanged();
    if (prev.organizations != next.organizations || prev.memberships != next.memberships)
        Q_EMIT q->organizationsChanged();
    if (prev.signInAttempt != next.signInAttempt)
        Q_EMIT q->signInAttemptChanged();
    if (prev.signUpAttempt != next.signUpAttempt)
        Q_EMIT q->signUpAttemptChanged();
    if (prev.signedIn != next.signedIn)
        Q_EMIT q->signedInChanged();
    if (prev.status != next.status) {
        qCInfo(lcAuth) << "status" << prev.status << "->" << next.status;
        Q_EMIT q->statusChanged();
    }
    if (membershipBehindClaims(next.membership, next.sessionClaims) && next.sessionToken != m_reloadedForToken) {
        // The role changed on Clerk (an admin's doing): the token says so, the user object does not yet. Its
        // system permissions (never in the token) come with the user; once per token, so no loop.
        m_reloadedForToken = next.sessionToken;
        qCInfo(lcAuth) << "the session token names a newer organization role; reloading the user";
        QMetaObject::invokeMethod(q, [auth = q] { auth->reloadUser(); }, Qt::QueuedConnection);
    }
}

QString ClientStore::sessionToken() const
{
    return m_current.sessionToken.isEmpty() || !m_tokens->servableNow(m_current.sessionClaims)
        ? QString() : m_current.sessionToken;
}

TokenClaims ClientStore::sessionClaims() const
{
    return sessionToken().isEmpty() ? TokenClaims() : m_current.sessionClaims;
}

bool ClientStore::membershipBehindClaims(const Membership &membership, const TokenClaims &claims)
{
    const QString role = claims.organizationRole();
    return !membership.isNull() && !role.isEmpty() && claims.organizationId() == membership.organization.id
        && role != membership.role;
}

Membership ClientStore::activeMembershipOrClaims(QString *role, QStringList *permissions) const
{
    // An expired token's claims say nothing any more, as they would not had its expiry timer fired.
    const TokenClaims claims = sessionClaims();
    if (!m_current.membership.isNull() && !membershipBehindClaims(m_current.membership, claims)) {
        *role = m_current.membership.role;
        *permissions = m_current.membership.permissions;
        return m_current.membership;
    }
    // Not in the user's memberships (yet), or behind the token: the session token's organization claims name the
    // same org. They are read by TokenClaims, the one parser of both claim layouts (v2 compresses permissions).
    const QString orgId = m_current.session.lastActiveOrganizationId;
    if (!orgId.isEmpty() && claims.organizationId() == orgId) {
        *role = claims.organizationRole();
        *permissions = claims.organizationPermissions();
    }
    return {};
}

} // namespace Clerk
