// Creating organizations, the user's memberships and leaving, and an organization's profile (name, slug, logo,
// deletion): OrganizationManager's side and the engine's OrgOps that carry them out.
#include "organizationmanager_p.h"

#include "authcore_p.h"
#include "imagefile_p.h"
#include "resources_p.h"

#include <QImage>
#include <QJsonArray>

namespace Clerk {

namespace {

const QString kManageProfile = QStringLiteral("org:sys_profile:manage");
const QString kDeleteProfile = QStringLiteral("org:sys_profile:delete");

/// Succeeds `reply` with `value` once Auth::organizations()/memberships() reflect the change: at once when the
/// answer carried the client (its user is merged already), else after reloading the user (GET /v1/me).
void succeedAfterMemberships(AuthCore &core, const FapiResult &result, PendingReply *reply, const QVariant &value)
{
    if (!reply)
        return;
    if (result.clientUpdated) {
        reply->succeed(value);
        return;
    }
    FapiRequest request;
    request.path = QStringLiteral("/me");
    request.sessionId = core.store.current().session.id;
    core.call(reply, request, [value](const FapiResult &, PendingReply *rep) {
        if (rep)
            rep->succeed(value);
    });
}

QVariant organizationOf(const FapiResult &result)
{
    return QVariant::fromValue(parseOrganization(result.envelope.response.toObject()));
}

/// `name` and, when given, `slug`, as Clerk's create and update take them.
FormFields profileForm(const QString &name, const QString &slug)
{
    FormFields form{{QStringLiteral("name"), name.trimmed()}};
    if (!slug.trimmed().isEmpty())
        form.append({QStringLiteral("slug"), slug.trimmed()});
    return form;
}

} // namespace

// ---- OrgOps ---------------------------------------------------------------------------------------------------

Reply *OrgOps::createOrganization(const QString &name, const QString &slug)
{
    return send("POST", QStringLiteral("/organizations"), profileForm(name, slug),
                [this](const FapiResult &r, PendingReply *rep) {
                    succeedAfterMemberships(d, r, rep, organizationOf(r));
                });
}

Reply *OrgOps::loadMemberships(int offset, int limit)
{
    return send("GET", QStringLiteral("/me/organization_memberships"), {},
                [](const FapiResult &r, PendingReply *rep) {
                    if (!rep)
                        return;
                    MembershipPage page;
                    for (const QJsonValue &m : pageData(r.envelope.response, &page.totalCount))
                        page.items << parseMembership(m.toObject());
                    rep->succeed(QVariant::fromValue(page));
                },
                {}, {}, pageQuery(offset, limit));
}

Reply *OrgOps::leaveOrganization(const QString &organizationId)
{
    if (organizationId.isEmpty())
        return failed(AuthCore::invalidState(QStringLiteral("clerkqt_organization_missing"),
                                             QStringLiteral("No organization was named.")));
    return send("DELETE", QStringLiteral("/me/organization_memberships/%1").arg(organizationId), {},
                [this](const FapiResult &r, PendingReply *rep) { succeedAfterMemberships(d, r, rep, {}); });
}

Reply *OrgOps::updateOrganization(const QString &organizationId, const QString &name, const QString &slug)
{
    return send("PATCH", QStringLiteral("/organizations/%1").arg(organizationId), profileForm(name, slug),
                [this](const FapiResult &r, PendingReply *rep) {
                    succeedAfterMemberships(d, r, rep, organizationOf(r));
                },
                organizationId, kManageProfile);
}

Reply *OrgOps::setOrganizationLogo(const QString &organizationId, const FapiFilePart &file)
{
    return send("PUT", QStringLiteral("/organizations/%1/logo").arg(organizationId), {},
                [this](const FapiResult &r, PendingReply *rep) {
                    succeedAfterMemberships(d, r, rep, organizationOf(r));
                },
                organizationId, kManageProfile, {}, file);
}

Reply *OrgOps::removeOrganizationLogo(const QString &organizationId)
{
    return send("DELETE", QStringLiteral("/organizations/%1/logo").arg(organizationId), {},
                [this](const FapiResult &r, PendingReply *rep) { succeedAfterMemberships(d, r, rep, {}); },
                organizationId, kManageProfile);
}

Reply *OrgOps::deleteOrganization(const QString &organizationId)
{
    return send("DELETE", QStringLiteral("/organizations/%1").arg(organizationId), {},
                [this](const FapiResult &r, PendingReply *rep) { succeedAfterMemberships(d, r, rep, {}); },
                organizationId, kDeleteProfile);
}

// ---- OrganizationManager --------------------------------------------------------------------------------------

ReplyOf<Organization> *OrganizationManager::createOrganization(const QString &name, const QString &slug)
{
    return d->auth.run<Organization>([=] { return d->auth.engine->orgs.createOrganization(name, slug); });
}

ReplyOf<MembershipPage> *OrganizationManager::loadMemberships(int offset, int limit)
{
    return d->auth.run<MembershipPage>([=] { return d->auth.engine->orgs.loadMemberships(offset, limit); });
}

ReplyOf<void> *OrganizationManager::leaveOrganization(const QString &organizationId)
{
    return d->auth.run<void>([=] { return d->auth.engine->orgs.leaveOrganization(organizationId); });
}

ReplyOf<Organization> *OrganizationManager::updateOrganization(const QString &organizationId, const QString &name,
                                                               const QString &slug)
{
    return d->auth.run<Organization>(
        [=] { return d->auth.engine->orgs.updateOrganization(organizationId, name, slug); });
}

ReplyOf<Organization> *OrganizationManager::setOrganizationLogo(const QString &organizationId, const QUrl &file)
{
    // Read now, as documented: an unreadable file fails without waiting for the restore.
    Error failure;
    const std::optional<FapiFilePart> part = readImageFile(file, &failure);
    if (!part)
        return d->auth.typed<Organization>(d->auth.engine->orgs.failed(failure));
    return d->auth.run<Organization>(
        [=] { return d->auth.engine->orgs.setOrganizationLogo(organizationId, *part); });
}

ReplyOf<Organization> *OrganizationManager::setOrganizationLogo(const QString &organizationId, const QImage &image)
{
    Error failure;
    const std::optional<FapiFilePart> part = encodeImage(image, QStringLiteral("logo.png"), &failure);
    if (!part)
        return d->auth.typed<Organization>(d->auth.engine->orgs.failed(failure));
    return d->auth.run<Organization>(
        [=] { return d->auth.engine->orgs.setOrganizationLogo(organizationId, *part); });
}

ReplyOf<void> *OrganizationManager::removeOrganizationLogo(const QString &organizationId)
{
    return d->auth.run<void>([=] { return d->auth.engine->orgs.removeOrganizationLogo(organizationId); });
}

ReplyOf<void> *OrganizationManager::deleteOrganization(const QString &organizationId)
{
    return d->auth.run<void>([=] { return d->auth.engine->orgs.deleteOrganization(organizationId); });
}

} // namespace Clerk
