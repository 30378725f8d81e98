// An organization's members and roles: OrganizationManager's member operations and the engine's OrgOps that
// carry them out (GET/PATCH/DELETE /v1/organizations/{id}/memberships…, GET …/roles).
#include "organizationmanager_p.h"

#include "authcore_p.h"
#include "resources_p.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Clerk {

namespace {

const QString kReadMembers = QStringLiteral("org:sys_memberships:read");
const QString kManageMembers = QStringLiteral("org:sys_memberships:manage");

Role parseRole(const QJsonObject &json)
{
    Role r;
    r.id = json.value(QLatin1String("id")).toString();
    r.key = json.value(QLatin1String("key")).toString();
    r.name = json.value(QLatin1String("name")).toString();
    r.description = json.value(QLatin1String("description")).toString();
    // Clerk sends permission objects; the keys are what checkAuthorization() and the claims speak.
    for (const QJsonValue &p : json.value(QLatin1String("permissions")).toArray())
        r.permissions << (p.isObject() ? p.toObject().value(QLatin1String("key")).toString() : p.toString());
    r.isCreatorEligible = json.value(QLatin1String("is_creator_eligible")).toBool();
    r.raw = json;
    return r;
}

QString encoded(const QString &segment) { return QString::fromLatin1(QUrl::toPercentEncoding(segment)); }

QString membersPath(const QString &organizationId, const QString &userId = {})
{
    QString path = QStringLiteral("/organizations/%1/memberships").arg(encoded(organizationId));
    if (!userId.isEmpty())
        path += QLatin1Char('/') + encoded(userId);
    return path;
}

/// What an operation on a member gets before asking when an argument is empty (a typed error, not a request
/// to a path Clerk would answer with 404 or a different route).
std::optional<Error> missingArgument(const QString &organizationId, const QString &userId, bool needsUser)
{
    const char *which = organizationId.isEmpty()          ? "organizationId"
                        : (needsUser && userId.isEmpty()) ? "userId"
                                                          : nullptr;
    if (!which)
        return std::nullopt;
    return AuthCore::invalidState(QStringLiteral("clerkqt_invalid_argument"),
                                  QStringLiteral("%1 must not be empty.").arg(QLatin1String(which)));
}

} // namespace

// ---- Engine side ------------------------------------------------------------------------------------------------

Reply *OrgOps::loadMembers(const QString &organizationId, int offset, int limit, const QString &query)
{
    if (const auto bad = missingArgument(organizationId, {}, false))
        return failed(*bad);
    FormFields params = pageQuery(offset, limit);
    if (!query.trimmed().isEmpty())
        params.append({QStringLiteral("query"), query.trimmed()});
    return send("GET", membersPath(organizationId), {},
                &OrgOps::finishMembershipPage,
                organizationId, kReadMembers, params);
}

Reply *OrgOps::updateMemberRole(const QString &organizationId, const QString &userId, const QString &role)
{
    if (const auto bad = missingArgument(organizationId, userId, true))
        return failed(*bad);
    if (role.trimmed().isEmpty())
        return failed(AuthCore::invalidState(QStringLiteral("clerkqt_invalid_argument"),
                                             QStringLiteral("role must not be empty.")));
    return send("PATCH", membersPath(organizationId, userId), {{QStringLiteral("role"), role.trimmed()}},
                [](const FapiResult &r, PendingReply *rep) {
                    if (rep)
                        rep->succeed(QVariant::fromValue(parseMembership(r.envelope.response.toObject())));
                },
                organizationId, kManageMembers);
}

Reply *OrgOps::removeMember(const QString &organizationId, const QString &userId)
{
    if (const auto bad = missingArgument(organizationId, userId, true))
        return failed(*bad);
    return send("DELETE", membersPath(organizationId, userId), {},
                [](const FapiResult &, PendingReply *rep) {
                    if (rep)
                        rep->succeed({});
                },
                organizationId, kManageMembers);
}

Reply *OrgOps::loadRoles(const QString &organizationId, int offset, int limit)
{
    if (const auto bad = missingArgument(organizationId, {}, false))
        return failed(*bad);
    const QString path = QStringLiteral("/organizations/%1/roles").arg(encoded(organizationId));
    return send("GET", path, {},
                [](const FapiResult &r, PendingReply *rep) {
                    if (!rep)
                        return;
                    RolePage page;
                    for (const QJsonValue &role : pageData(r.envelope.response, &page.totalCount))
                        page.items << parseRole(role.toObject());
                    rep->succeed(QVariant::fromValue(page));
                },
                organizationId, kReadMembers, pageQuery(offset, limit));
}

// ---- Public side --------------------------------------------------------------------------------------------------

ReplyOf<MembershipPage> *OrganizationManager::loadMembers(const QString &organizationId, int offset, int limit,
                                                          const QString &query)
{
    return d->auth.run<MembershipPage>(
        [=] { return d->auth.engine->orgs.loadMembers(organizationId, offset, limit, query); });
}

ReplyOf<Membership> *OrganizationManager::updateMemberRole(const QString &organizationId, const QString &userId,
                                                           const QString &role)
{
    return d->auth.run<Membership>(
        [=] { return d->auth.engine->orgs.updateMemberRole(organizationId, userId, role); });
}

ReplyOf<void> *OrganizationManager::removeMember(const QString &organizationId, const QString &userId)
{
    return d->auth.run<void>([=] { return d->auth.engine->orgs.removeMember(organizationId, userId); });
}

ReplyOf<RolePage> *OrganizationManager::loadRoles(const QString &organizationId, int offset, int limit)
{
    return d->auth.run<RolePage>([=] { return d->auth.engine->orgs.loadRoles(organizationId, offset, limit); });
}

} // namespace Clerk
