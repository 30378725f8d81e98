// Sessions: creating one when a sign-in or sign-up completes, GET/touch/end/remove under
// /v1/client/sessions/{id}. Their tokens are in fapi_tokens.cpp.
#include "fapi_common_p.h"

namespace ClerkEmulator {

Session *Fapi::createSession(Context &ctx, User &user, bool secondFactor)
{
    Session session;
    session.id = newId(str("sess"));
    session.clientId = ctx.clientId;
    session.userId = user.id;
    session.createdAt = session.updatedAt = session.lastActiveAt = ctx.now;
    session.expireAt = ctx.now + m_model.instance.sessionLifetimeSeconds * 1000;
    session.abandonAt = session.expireAt + 23LL * 24 * 3600 * 1000;
    session.firstFactorAt = ctx.now;
    session.secondFactorAt = secondFactor ? ctx.now : 0;
    // Clerk's session tasks, in its order: an organization to choose first, then a second factor to set up.
    if (m_model.instance.forceOrganizationSelection && !m_model.membershipsOf(user.id).isEmpty())
        session.tasks << str("choose-organization");
    if (m_model.instance.mfaRequired && !hasSecondFactor(user))
        session.tasks << str("setup-mfa");
    if (!session.tasks.isEmpty())
        session.status = str("pending");
    user.lastSignInAt = user.lastActiveAt = ctx.now;
    noteActivity(session, ctx);
    m_model.sessions.insert(session.id, session);
    Client &client = ctx.client();
    client.lastActiveSessionId = session.id;
    client.updatedAt = ctx.now;
    rotateClientToken(client);
    Session &stored = m_model.sessions[session.id];
    // A pending session gets no token until its tasks are done (see createToken).
    if (stored.status == QLatin1String("active"))
        mintToken(stored, ctx.request.origin);
    return &stored;
}

void Fapi::finishTask(Session &session, const QString &task, const Context &ctx)
{
    if (!session.tasks.removeOne(task) || !session.tasks.isEmpty() || session.status != QLatin1String("pending"))
        return;
    session.status = str("active");
    session.updatedAt = ctx.now;
    mintToken(session, ctx.request.origin);
}

Session *Fapi::clientSession(Context &ctx, const QString &id)
{
    auto it = m_model.sessions.find(id);
    if (it == m_model.sessions.end() || it->clientId != ctx.clientId)
        return nullptr;
    if (it->status == QLatin1String("active") && it->expireAt <= ctx.now)
        it->status = str("expired");
    return &*it;
}

FapiResponse Fapi::touchSession(Context &ctx)
{
    Session *s = clientSession(ctx, ctx.params.value(str("session_id")));
    if (!s)
        return notFound(str("session_id"));
    if (s->status != QLatin1String("active") && s->status != QLatin1String("pending"))
        return signedOut();
    if (ctx.has("active_organization_id")) {
        const QString wanted = ctx.field("active_organization_id");
        const Organization *org = m_model.findOrganization(wanted);
        if (!wanted.isEmpty() && (!org || !m_model.membership(s->userId, org->id)))
            return notFound(str("active_organization_id"));
        s->lastActiveOrganizationId = org ? org->id : QString();
        // Choosing an organization is what the choose-organization task waits for; the personal account is not.
        if (org)
            finishTask(*s, str("choose-organization"), ctx);
    }
    s->lastActiveAt = s->updatedAt = ctx.now;
    noteActivity(*s, ctx);
    ctx.client().lastActiveSessionId = s->id;
    return sessionEnvelope(ctx, s->id);
}

FapiResponse Fapi::sessionEnvelope(Context &ctx, const QString &sessionId)
{
    // The client part refreshes last_active_token first, so the session is serialized after it.
    FapiResponse r = envelope(ctx, QJsonValue());
    QJsonObject body = r.body.toObject();
    body.insert(str("response"), m_model.sessionJson(m_model.sessions[sessionId], ctx.now));
    r.body = body;
    return r;
}

FapiResponse Fapi::endOrRemove(Context &ctx, const QString &status)
{
    Session *s = clientSession(ctx, ctx.params.value(str("session_id")));
    if (!s)
        return notFound(str("session_id"));
    s->status = status;
    s->updatedAt = ctx.now;
    const QString id = s->id;
    Client &client = ctx.client();
    if (client.lastActiveSessionId == id) {
        client.lastActiveSessionId = m_model.newestActiveSessionId(ctx.clientId);
    }
    return envelope(ctx, m_model.sessionJson(m_model.sessions[id], ctx.now));
}

void Fapi::endSessionEverywhere(Session &session, const QString &status, qint64 now)
{
    session.status = status;
    session.updatedAt = now;
    auto client = m_model.clients.find(session.clientId);
    if (client != m_model.clients.end() && client->lastActiveSessionId == session.id)
        client->lastActiveSessionId = m_model.newestActiveSessionId(client->id);
}

bool Fapi::revokeSession(const QString &sessionId)
{
    auto it = m_model.sessions.find(sessionId);
    if (it == m_model.sessions.end())
        return false;
    endSessionEverywhere(*it, str("revoked"), m_now());
    return true;
}

FapiResponse Fapi::endSession(Context &ctx) { return endOrRemove(ctx, str("ended")); }
FapiResponse Fapi::removeSession(Context &ctx) { return endOrRemove(ctx, str("removed")); }

FapiResponse Fapi::getSession(Context &ctx)
{
    const Session *s = clientSession(ctx, ctx.params.value(str("session_id")));
    if (!s)
        return notFound(str("session_id"));
    return sessionEnvelope(ctx, s->id);
}

} // namespace ClerkEmulator
