// What every organization route shares: who may act on an organization (Clerk checks the membership's system
// permissions server-side) and Clerk's paginated list answers.
#include "fapi_common_p.h"

#include <QJsonArray>

namespace ClerkEmulator {

std::optional<FapiResponse> Fapi::orgAccess(Context &ctx, const char *permission, Session *&session,
                                            Membership *&membership)
{
    session = sessionForMe(ctx);
    if (!session)
        return signedOut();
    const QString orgId = ctx.params.value(str("organization_id"));
    membership = nullptr;
    for (Membership &m : m_model.memberships) {
        if (m.organizationId == orgId && m.userId == session->userId)
            membership = &m;
    }
    // Clerk's documented errors (clerk-docs docs/errors, "Organizations"): 403 not_a_member_in_organization
    // "Only for organization members", 403 missing_organization_permission with meta.permissions. An
    // organization that does not exist gets the non-member's answer: Clerk's guidance is not to reveal whether
    // an organization exists to someone not in it, and the spec declares no 404 for the list routes
    // (GET …/memberships, …/roles, …/domains) — only 401/403/422.
    if (!membership)
        return error(403, str("not_a_member_in_organization"), str("not a member"),
                     str("Current user is not a member of the organization. Only organization members can perform "
                         "this action."));
    if (permission && !membership->permissions.contains(QLatin1String(permission)))
        return error(403, str("missing_organization_permission"), str("missing permission"),
                     str("Current user is missing an organization permission."),
                     QJsonObject{{str("permissions"), QJsonArray{QLatin1String(permission)}}});
    return std::nullopt;
}

FapiResponse minimumPermissionsNeeded()
{
    return Fapi::error(400, str("organization_minimum_permissions_needed"),
                       str("minimum organization permissions needed"),
                       str("There has to be at least one organization member with the minimum required permissions"));
}

QJsonValue Fapi::page(const Context &ctx, const QJsonArray &all)
{
    const QUrlQuery &query = ctx.request.query;
    if (query.queryItemValue(str("paginated")) != QLatin1String("true"))
        return all;
    bool ok = false;
    int limit = query.queryItemValue(str("limit")).toInt(&ok);
    if (!ok)
        limit = 10;
    limit = std::clamp(limit, 1, 500);
    const int offset = std::max(0, query.queryItemValue(str("offset")).toInt());
    QJsonArray data;
    for (int i = offset; i < all.size() && data.size() < limit; ++i)
        data.append(all.at(i));
    return QJsonObject{{str("data"), data}, {str("total_count"), int(all.size())}};
}

} // namespace ClerkEmulator
