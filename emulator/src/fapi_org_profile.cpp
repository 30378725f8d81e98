// Creating organizations, the user's memberships and leaving one, and an organization's profile (name, slug,
// logo, deletion), with Clerk's validation and permission checks (orgAccess):
//   POST   /v1/organizations                              any signed-in user; the creator becomes org:admin
//   GET    /v1/me/organization_memberships                paged
//   DELETE /v1/me/organization_memberships/{organization_id}
//   PATCH  /v1/organizations/{organization_id}            org:sys_profile:manage
//   DELETE /v1/organizations/{organization_id}            org:sys_profile:delete, where admin_delete_enabled
//   PUT    /v1/organizations/{organization_id}/logo       org:sys_profile:manage (an upload, see takesUpload())
//   DELETE /v1/organizations/{organization_id}/logo       org:sys_profile:manage
#include "fapi_common_p.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ClerkEmulator {

namespace {

const char *const kManage = "org:sys_profile:manage";
const char *const kDelete = "org:sys_profile:delete";

/// Clerk's organization name rule ("May not contain URLs or HTML."): nothing when `name` may be used.
std::optional<FapiResponse> nameRejected(const QString &name)
{
    if (name.trimmed().isEmpty())
        return paramMissing(str("name"));
    static const QRegularExpression url(QStringLiteral("(?i)(\\b[a-z][a-z0-9+.-]*://|\\bwww\\.)"));
    static const QRegularExpression html(QStringLiteral("<[^>]*>"));
    if (url.match(name).hasMatch() || html.match(name).hasMatch())
        return Fapi::error(422, str("form_param_value_invalid"), str("invalid organization name"),
                           str("The organization name may not contain URLs or HTML."),
                           {{str("param_name"), str("name")}});
    return std::nullopt;
}

bool slugTaken(const Model &model, const QString &slug, const QString &exceptOrgId)
{
    for (const Organization &o : model.organizations) {
        if (o.id != exceptOrgId && o.slug == slug)
            return true;
    }
    return false;
}

/// A slug Clerk keeps: lower-case letters, digits, `-` and `_`; `form_param_format_invalid` otherwise,
/// `form_identifier_exists` when another organization has it.
std::optional<FapiResponse> slugRejected(const Model &model, const QString &slug, const QString &exceptOrgId)
{
    static const QRegularExpression format(QStringLiteral("^[a-z0-9]+(?:[-_][a-z0-9]+)*$"));
    if (!format.match(slug).hasMatch())
        return formatInvalid(str("slug"));
    if (slugTaken(model, slug, exceptOrgId))
        return identifierExists(str("slug"));
    return std::nullopt;
}

/// The slug Clerk makes from a name when none is given: lower case, every run of other characters one `-`;
/// made unique with a suffix when another organization has it.
QString slugFrom(const Model &model, const QString &name)
{
    QString slug = name.trimmed().toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), str("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (slug.isEmpty())
        slug = str("organization");
    const QString base = slug;
    while (slugTaken(model, slug, {}))
        slug = base + QLatin1Char('-') + randomHex(3);
    return slug;
}

QJsonObject deleted(const char *object, const QString &id)
{
    return {{str("object"), str(object)}, {str("id"), id}, {str("deleted"), true}};
}

} // namespace

void Fapi::leaveActiveOrganization(const QString &organizationId, const QString &userId)
{
    // What Clerk's client then says: sessions whose active organization it was are on the personal account.
    for (Session &s : m_model.sessions) {
        if (s.lastActiveOrganizationId == organizationId && (userId.isEmpty() || s.userId == userId))
            s.lastActiveOrganizationId.clear();
    }
}

FapiResponse Fapi::createOrganization(Context &ctx)
{
    Session *session = sessionForMe(ctx);
    if (!session)
        return signedOut();
    const QString name = ctx.field("name").trimmed();
    if (auto rejected = nameRejected(name))
        return *rejected;
    QString slug = ctx.field("slug").trimmed();
    if (slug.isEmpty())
        slug = slugFrom(m_model, name);
    else if (auto rejected = slugRejected(m_model, slug, {}))
        return *rejected;
    const Organization org{newId(str("org")), name, slug, {}, ctx.now, ctx.now};
    m_model.organizations.insert(org.id, org);
    // Clerk's default creator role.
    const QString role = str("org:admin");
    m_model.memberships.append(
        Membership{newId(str("orgmem")), org.id, session->userId, role, m_model.rolePermissions(role), ctx.now, ctx.now});
    return envelope(ctx, m_model.organizationJson(org));
}

FapiResponse Fapi::myOrganizationMemberships(Context &ctx)
{
    Session *session = sessionForMe(ctx);
    if (!session)
        return signedOut();
    QJsonArray all;
    for (const Membership *m : m_model.membershipsOf(session->userId))
        all.append(m_model.membershipJson(*m));
    return envelope(ctx, page(ctx, all));
}

FapiResponse Fapi::leaveOrganization(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, nullptr, session, membership))
        return *refused;
    // Leaving is the member's own removal: the same last-admin rule as an admin's removing them.
    if (!keepsAnAdmin(membership->organizationId, membership, {}))
        return minimumPermissionsNeeded();
    const QString orgId = membership->organizationId, membershipId = membership->id;
    m_model.memberships.removeIf([&](const Membership &m) { return m.id == membershipId; });
    membershipChanged(session->userId, orgId, true);
    return envelope(ctx, deleted("organization_membership", membershipId));
}

FapiResponse Fapi::updateOrganization(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, kManage, session, membership))
        return *refused;
    Organization &org = m_model.organizations[membership->organizationId];
    Organization updated = org;
    if (ctx.has("name")) {
        updated.name = ctx.field("name").trimmed();
        if (auto rejected = nameRejected(updated.name))
            return *rejected;
    }
    if (ctx.has("slug")) {
        updated.slug = ctx.field("slug").trimmed();
        if (auto rejected = slugRejected(m_model, updated.slug, org.id))
            return *rejected;
    }
    updated.updatedAt = ctx.now;
    org = updated;
    return envelope(ctx, m_model.organizationJson(org));
}

FapiResponse Fapi::deleteOrganization(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, kDelete, session, membership))
        return *refused;
    const QString orgId = membership->organizationId;
    if (!m_model.orgProfiles.value(orgId).adminDeleteEnabled)
        return error(403, str("organization_admin_delete_not_enabled"), str("admin delete not enabled"),
                     str("Deletion by admin is not enabled for this organization."));
    m_model.images.remove(m_model.orgProfiles.value(orgId).imageId);
    m_model.orgProfiles.remove(orgId);
    m_model.memberships.removeIf([&](const Membership &m) { return m.organizationId == orgId; });
    m_model.orgInvitations.removeIf([&](const auto &it) { return it.value().organizationId == orgId; });
    m_model.organizations.remove(orgId);
    leaveActiveOrganization(orgId, {});
    return envelope(ctx, deleted("organization", orgId));
}

FapiResponse Fapi::uploadOrganizationLogo(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, kManage, session, membership))
        return *refused;
    StoredImage image;
    if (auto failure = readImageUpload(ctx, str("logo"), image))
        return *failure;
    Organization &org = m_model.organizations[membership->organizationId];
    OrgProfile &profile = m_model.orgProfiles[org.id];
    m_model.images.remove(profile.imageId);
    m_model.images.insert(image.id, image);
    profile.imageId = image.id;
    profile.imageUrl = publicBaseUrl + QLatin1String(kImagePathPrefix) + image.id;
    org.updatedAt = ctx.now;
    return envelope(ctx, m_model.organizationJson(org));
}

FapiResponse Fapi::deleteOrganizationLogo(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, kManage, session, membership))
        return *refused;
    Organization &org = m_model.organizations[membership->organizationId];
    OrgProfile &profile = m_model.orgProfiles[org.id];
    if (profile.imageId.isEmpty())
        return plainError(404, "image_not_found", "Image not found", "Image not found");
    const QString id = profile.imageId;
    m_model.images.remove(id);
    profile.imageId.clear();
    profile.imageUrl.clear();
    org.updatedAt = ctx.now;
    return envelope(ctx, deleted("image", id));
}

} // namespace ClerkEmulator
