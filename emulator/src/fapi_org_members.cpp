// An organization's members and roles: GET /v1/organizations/{id}/memberships (paged, `query`, `role`),
// PATCH and DELETE …/memberships/{user_id}, GET …/roles — with Clerk's permission checks (orgAccess) and its
// rule that an organization always keeps a member who can manage the members.
#include "fapi_common_p.h"

#include <QJsonArray>

namespace ClerkEmulator {

namespace {

const char *const kRead = "org:sys_memberships:read";
const char *const kManage = "org:sys_memberships:manage";

/// Clerk's `OrganizationRoleNotFound`: 404 resource_not_found naming the `role` parameter.
FapiResponse roleNotFound()
{
    return Fapi::error(404, str("resource_not_found"), str("not found"), str("Organization role not found"),
                       {{str("param_name"), str("role")}});
}

bool matches(const User &user, const QString &userId, const QString &query)
{
    // Clerk matches "any of the user's identifier, usernames, user IDs, first and last names", in part.
    QStringList fields{userId, user.username, user.firstName, user.lastName,
                       (user.firstName + QLatin1Char(' ') + user.lastName).trimmed()};
    for (const EmailAddress &e : user.emails)
        fields << e.email;
    for (const PhoneNumber &p : user.phones)
        fields << p.phone;
    for (const QString &f : std::as_const(fields)) {
        if (!f.isEmpty() && f.contains(query, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool Fapi::keepsAnAdmin(const QString &organizationId, const Membership *changed, const QStringList &permissions) const
{
    for (const Membership &m : m_model.memberships) {
        if (m.organizationId != organizationId)
            continue;
        const QStringList &held = &m == changed ? permissions : m.permissions;
        if (held.contains(QLatin1String(kManage)))
            return true;
    }
    return false;
}

void Fapi::membershipChanged(const QString &userId, const QString &organizationId, bool removed)
{
    for (Session &s : m_model.sessions) {
        if (s.userId != userId)
            continue;
        // The cached token names the old role; the next one is minted from the membership as it is now.
        s.lastToken.clear();
        if (removed && s.lastActiveOrganizationId == organizationId)
            s.lastActiveOrganizationId.clear();
    }
}

FapiResponse Fapi::listOrgMembers(Context &ctx)
{
    Session *session = nullptr;
    Membership *own = nullptr;
    if (auto refused = orgAccess(ctx, kRead, session, own))
        return *refused;
    const QUrlQuery &q = ctx.request.query;
    const bool hasQuery = q.hasQueryItem(str("query"));
    const QString query = q.queryItemValue(str("query"), QUrl::FullyDecoded).trimmed();
    const QString role = q.queryItemValue(str("role"), QUrl::FullyDecoded);
    QJsonArray all;
    for (const Membership &m : std::as_const(m_model.memberships)) {
        if (m.organizationId != own->organizationId)
            continue;
        if (!role.isEmpty() && m.role != role)
            continue;
        if (hasQuery && !query.isEmpty() && !matches(m_model.users.value(m.userId), m.userId, query))
            continue;
        all.append(m_model.membershipJson(m));
    }
    return envelope(ctx, page(ctx, all));
}

FapiResponse Fapi::updateOrgMember(Context &ctx)
{
    Session *session = nullptr;
    Membership *own = nullptr;
    if (auto refused = orgAccess(ctx, kManage, session, own))
        return *refused;
    for (auto it = ctx.request.form.cbegin(); it != ctx.request.form.cend(); ++it) {
        if (!it.key().startsWith(QLatin1Char('_')) && it.key() != QLatin1String("role"))
            return paramUnknown(it.key());
    }
    const QString role = ctx.field("role").trimmed();
    if (role.isEmpty())
        return paramMissing(str("role"));
    const QString userId = ctx.params.value(str("user_id"));
    Membership *target = nullptr;
    for (Membership &m : m_model.memberships) {
        if (m.organizationId == own->organizationId && m.userId == userId)
            target = &m;
    }
    if (!target)
        return notFound(str("user_id"));
    const OrgRole *definition = m_model.orgRole(role);
    if (!definition)
        return roleNotFound();
    if (!keepsAnAdmin(target->organizationId, target, definition->permissions))
        return minimumPermissionsNeeded();
    target->role = role;
    target->permissions = definition->permissions;
    target->updatedAt = ctx.now;
    membershipChanged(target->userId, target->organizationId, false);
    return envelope(ctx, m_model.membershipJson(*target));
}

FapiResponse Fapi::removeOrgMember(Context &ctx)
{
    Session *session = nullptr;
    Membership *own = nullptr;
    if (auto refused = orgAccess(ctx, kManage, session, own))
        return *refused;
    const QString organizationId = own->organizationId;
    const QString userId = ctx.params.value(str("user_id"));
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_model.memberships.size(); ++i) {
        if (m_model.memberships[i].organizationId == organizationId && m_model.memberships[i].userId == userId)
            index = i;
    }
    if (index < 0)
        return notFound(str("user_id"));
    if (!keepsAnAdmin(organizationId, &m_model.memberships[index], {}))
        return minimumPermissionsNeeded();
    // The answer is the membership as it was (Client.ClientWrappedOrganizationMembership), with the client
    // as it is now: a member who removed themself no longer lists the organization.
    const QJsonObject removed = m_model.membershipJson(m_model.memberships[index]);
    m_model.memberships.removeAt(index);
    membershipChanged(userId, organizationId, true);
    return envelope(ctx, removed);
}

FapiResponse Fapi::listOrgRoles(Context &ctx)
{
    Session *session = nullptr;
    Membership *own = nullptr;
    if (auto refused = orgAccess(ctx, kRead, session, own))
        return *refused;
    QJsonArray all;
    for (const OrgRole &r : std::as_const(m_model.orgRoles)) {
        QJsonArray permissions;
        for (const QString &key : r.permissions) {
            const bool system = key.startsWith(QLatin1String("org:sys_"));
            permissions.append(QJsonObject{
                {str("object"), str("permission")},
                {str("id"), QStringLiteral("perm_") + QString(key).replace(QLatin1Char(':'), QLatin1Char('_'))},
                {str("key"), key},
                {str("name"), key.section(QLatin1Char(':'), 1)},
                {str("description"), QString()},
                {str("type"), system ? str("system") : str("user")},
                {str("created_at"), r.createdAt},
                {str("updated_at"), r.updatedAt},
            });
        }
        all.append(QJsonObject{
            {str("object"), str("role")},
            {str("id"), r.id},
            {str("key"), r.key},
            {str("name"), r.name},
            {str("description"), r.description},
            {str("is_creator_eligible"), r.creatorEligible},
            {str("permissions"), permissions},
            {str("created_at"), r.createdAt},
            {str("updated_at"), r.updatedAt},
        });
    }
    QJsonValue response = page(ctx, all);
    if (response.isObject()) {
        QJsonObject o = response.toObject();
        o.insert(str("has_role_set_migration"), false);
        response = o;
    }
    return envelope(ctx, response);
}

} // namespace ClerkEmulator
