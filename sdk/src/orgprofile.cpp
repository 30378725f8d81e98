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
                    d.succeedAfterUser(r, rep, organizationOf(r));
                });
}

Reply *OrgOps::loadMemberships(int offset, int limit)
{
    return send("GET", QStringLiteral("/me/organization_memberships"), {},
                &OrgOps::finishMembershipPage,
                {}, {}, pageQuery(offset, limit));
}

Reply *OrgOps::leaveOrganization(const QString &organizationId)
{
    if (organizationId.isEmpty())
        return failed(AuthCore::invalidState(QStringLiteral("clerkqt_organization_missing"),
                                             QStringLiteral("No organization was named.")));
    return send("DELETE", QStringLiteral("/me/organization_memberships/%1").arg(organizationId), {},
                [this](const FapiResult &r, PendingReply *rep) { d.succeedAfterUser(r, rep, {}); });
}

Reply *OrgOps::updateOrganization(const QString &organizationId, const QString &name, const QString &slug)
{
    return send("PATCH", QStringLiteral("/organizations/%1").arg(organizationId), profileForm(name, slug),
                [this](const FapiResult &r, PendingReply *rep) {
                    d.succeedAfterUser(r, rep, organizationOf(r));
                },
                organizationId, kManageProfile);
}

Reply *OrgOps::setOrganizationLogo(const QString &organizationId, const FapiFilePart &file)
{
    return send("PUT", QStringLiteral("/organizations/%1/logo").arg(organizationId), {},
                [this](const FapiResult &r, PendingReply *rep) {
                    d.succeedAfterUser(r, rep, organizationOf(r));
                },
                organizationId, kManageProfile, {}, file);
}

Reply *OrgOps::removeOrganizationLogo(const QString &organizationId)
{
    return send("DELETE", QStringLiteral("/organizations/%1/logo").arg(organizationId), {},
                [this](const FapiResult &r, PendingReply *rep) { d.succeedAfterUser(r, rep, {}); },
                organizationId, kManageProfile);
}

Reply *OrgOps::deleteOrganization(const QString &organizationId)
{
    return send("DELETE", QStringLiteral("/organizations/%1").arg(organizationId), {},
                [this](const FapiResult &r, PendingReply *rep) { d.succeedAfterUser(r, rep, {}); },
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
