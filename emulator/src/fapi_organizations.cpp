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
    if (!m_model.organizations.contains(orgId))
        return notFound(str("organization_id"));
    membership = nullptr;
    for (Membership &m : m_model.memberships) {
        if (m.organizationId == orgId && m.userId == session->userId)
            membership = &m;
    }
    if (!membership)
        return error(403, str("not_a_member_in_organization"), str("You are not a member of this organization"),
                     str("You are not a member of this organization, so you cannot perform this action."));
    if (permission && !membership->permissions.contains(QLatin1String(permission)))
        return error(403, str("missing_permissions"), str("Missing permissions"),
                     QStringLiteral("You need the %1 permission in this organization to do this.")
                         .arg(QLatin1String(permission)),
                     QJsonObject{{str("permissions"), QJsonArray{QLatin1String(permission)}}});
    return std::nullopt;
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
