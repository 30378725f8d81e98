// What every organization operation shares: the request for the active session, the permission check made
// before asking, and Clerk's paginated lists.
#include "orgops_p.h"

#include "authcore_p.h"
#include "resources_p.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Clerk {

Reply *OrgOps::failed(const Error &error)
{
    auto *reply = d.newReply();
    d.fail(reply, error);
    return reply;
}

std::optional<Error> OrgOps::missingPermission(const QString &organizationId, const QString &permission) const
{
    for (const Membership &m : d.store.current().user.organizationMemberships) {
        if (m.organization.id == organizationId) {
            if (m.permissions.contains(permission))
                return std::nullopt;
            break;
        }
    }
    // Clerk would answer 403; asking first would only spend a round trip on a refusal.
    return Error(Error::Kind::Auth, QStringLiteral("clerkqt_missing_permission"),
                 QStringLiteral("Your membership in this organization lacks the permission %1.").arg(permission));
}

Reply *OrgOps::send(const QByteArray &method, const QString &path, const FormFields &form, Finish finish,
                    const QString &organizationId, const QString &permission, const FormFields &query,
                    std::optional<FapiFilePart> file)
{
    auto *reply = d.newReply();
    if (d.store.current().session.isNull()) {
        d.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_signed_out"), QStringLiteral("Nobody is signed in.")));
        return reply;
    }
    if (!permission.isEmpty()) {
        if (const std::optional<Error> refused = missingPermission(organizationId, permission)) {
            d.fail(reply, *refused);
            return reply;
        }
    }
    FapiRequest request;
    request.method = method;
    request.path = path;
    request.form = form;
    request.query = query;
    if (method == "GET")
        request.query.append({QStringLiteral("paginated"), QStringLiteral("true")});
    request.file = std::move(file);
    request.sessionId = d.store.current().session.id;
    d.call(reply, request, std::move(finish));
    return reply;
}

FormFields OrgOps::pageQuery(int offset, int limit)
{
    return {{QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 500))},
            {QStringLiteral("offset"), QString::number(std::max(offset, 0))}};
}

void OrgOps::finishMembershipPage(const FapiResult &result, PendingReply *reply)
{
    if (!reply)
        return;
    MembershipPage page;
    for (const QJsonValue &m : pageData(result.envelope.response, &page.totalCount))
        page.items << parseMembership(m.toObject());
    reply->succeed(QVariant::fromValue(page));
}

QJsonArray OrgOps::pageData(const QJsonValue &response, int *totalCount)
{
    if (response.isArray()) {
        *totalCount = int(response.toArray().size());
        return response.toArray();
    }
    const QJsonObject page = response.toObject();
    const QJsonArray data = page.value(QLatin1String("data")).toArray();
    *totalCount = page.value(QLatin1String("total_count")).toInt(int(data.size()));
    return data;
}

} // namespace Clerk
