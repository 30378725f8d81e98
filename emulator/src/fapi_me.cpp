// The signed-in user: GET/PATCH/DELETE /v1/me and PATCH /v1/me/metadata. Its email addresses and phone numbers
// live in fapi_me_identifications.cpp.
#include "fapi_common_p.h"

namespace ClerkEmulator {

namespace {

/// `patch` merged into `target` the way Clerk's PATCH /v1/me/metadata does: objects merge at every level, a
/// null removes the key, anything else replaces.
void deepMerge(QJsonObject &target, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull()) {
            target.remove(it.key());
        } else if (it.value().isObject() && target.value(it.key()).isObject()) {
            QJsonObject nested = target.value(it.key()).toObject();
            deepMerge(nested, it.value().toObject());
            target.insert(it.key(), nested);
        } else {
            target.insert(it.key(), it.value());
        }
    }
}

} // namespace

Session *Fapi::sessionForMe(Context &ctx)
{
    QString id = ctx.request.query.queryItemValue(str("_clerk_session_id"));
    if (id.isEmpty())
        id = ctx.client().lastActiveSessionId;
    Session *s = clientSession(ctx, id);
    // A pending session may act on its user: finishing a task (setup-mfa) is done through /v1/me.
    const bool signedIn = s && (s->status == QLatin1String("active") || s->status == QLatin1String("pending"));
    return signedIn && m_model.users.contains(s->userId) ? s : nullptr;
}

FapiResponse Fapi::getMe(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    return envelope(ctx, m_model.userJson(m_model.users[s->userId]));
}

FapiResponse Fapi::updateMe(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    // As of API version 2026-05-12 `unsafe_metadata` moved to PATCH /v1/me/metadata.
    if (ctx.has("unsafe_metadata"))
        return paramUnknown(str("unsafe_metadata"));
    User updated = m_model.users[s->userId];
    if (ctx.has("first_name"))
        updated.firstName = ctx.field("first_name").trimmed();
    if (ctx.has("last_name"))
        updated.lastName = ctx.field("last_name").trimmed();
    if (ctx.has("username")) {
        const QString username = ctx.field("username").trimmed();
        if (!isUsername(username))
            return formatInvalid(str("username"));
        if (username.toLower() != updated.username.toLower() && m_model.identifierTaken(username))
            return identifierExists(str("username"));
        updated.username = username;
    }
    if (ctx.has("primary_email_address_id")) {
        const EmailAddress *e = updated.email(ctx.field("primary_email_address_id"));
        if (!e)
            return notFound(str("primary_email_address_id"));
        if (!e->verified())
            return verificationNeeded(str("primary_email_address_id"));
        updated.primaryEmailId = e->id;
    }
    if (ctx.has("primary_phone_number_id")) {
        const PhoneNumber *p = updated.phone(ctx.field("primary_phone_number_id"));
        if (!p)
            return notFound(str("primary_phone_number_id"));
        if (!p->verified())
            return verificationNeeded(str("primary_phone_number_id"));
        updated.primaryPhoneId = p->id;
    }
    updated.updatedAt = ctx.now;
    m_model.users[s->userId] = updated;
    return envelope(ctx, m_model.userJson(updated));
}

FapiResponse Fapi::updateMeMetadata(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    if (!ctx.has("unsafe_metadata"))
        return paramMissing(str("unsafe_metadata"));
    const std::optional<QJsonObject> patch = jsonObjectField(ctx.field("unsafe_metadata"));
    if (!patch)
        return formatInvalid(str("unsafe_metadata"));
    User &user = m_model.users[s->userId];
    deepMerge(user.unsafeMetadata, *patch);
    user.updatedAt = ctx.now;
    return envelope(ctx, m_model.userJson(user));
}

FapiResponse Fapi::deleteMe(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    // The instance's `actions.delete_self` off: the spec's 403. No recording shows Clerk's code for it; the
    // emulator answers as it does for every feature the instance has turned off.
    if (!m_model.instance.deleteSelf)
        return plainError(403, "feature_not_enabled", "not enabled", "This feature is not enabled on this instance");
    const QString userId = s->userId;
    for (Session &session : m_model.sessions) {
        if (session.userId == userId && session.status == QLatin1String("active")) {
            session.status = str("removed");
            session.updatedAt = ctx.now;
        }
    }
    for (Client &client : m_model.clients) {
        const Session found = m_model.sessions.value(client.lastActiveSessionId);
        if (found.userId == userId) {
            client.lastActiveSessionId = m_model.newestActiveSessionId(client.id);
        }
    }
    m_model.images.remove(m_model.users[userId].imageId);
    m_model.memberships.removeIf([&](const Membership &m) { return m.userId == userId; });
    m_model.users.remove(userId);
    m_model.userOrder.removeAll(userId);
    return envelope(ctx, QJsonObject{{str("id"), userId}, {str("object"), str("user")}, {str("deleted"), true}});
}

} // namespace ClerkEmulator
