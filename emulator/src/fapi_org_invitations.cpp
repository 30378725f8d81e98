// Organization invitations, both sides: an administrator invites by email (one or in bulk), lists and revokes
// (/v1/organizations/{id}/invitations…, `org:sys_memberships:manage`); the invitee lists the invitations sent to
// one of their verified addresses and accepts one (/v1/me/organization_invitations…), which makes the membership.
//
// Codes and statuses follow Clerk's published error reference (Organizations section): 400
// already_a_member_in_organization ("<user> is already a member of the organization."), 404
// organization_invitation_not_pending (also what accepting an accepted or revoked invitation gets: the spec lists
// no 400 for accept), 404 organization_invitation_not_found, 400 organization_invitation_not_unique, 404
// resource_not_found for an unknown role (param `role`), 400 invalid_query_parameter_value. A duplicate pending
// invitation in a bulk request is `duplicate_record` with `meta.email_addresses`: that is what clerk-js's
// InviteMembersForm reads off the bulk endpoint to name the addresses already invited.
#include "fapi_common_p.h"

#include <QJsonArray>

#include <algorithm>

namespace ClerkEmulator {

namespace {

const QStringList kInvitationStatuses = {str("pending"),  str("accepted"), str("revoked"),
                                         str("expired"),  str("invalid"),  str("completed")};

/// Clerk's display name of a role key ("org:admin" → "Admin"), as memberships show it.
QString roleName(const QString &role)
{
    QString name = role.section(QLatin1Char(':'), -1);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

/// The values of a form field sent as an array: parseForm joins repeated fields with U+001F.
QStringList fieldValues(const QString &joined)
{
    QStringList values;
    for (const QString &v : joined.split(QChar(0x1f)))
        if (!v.trimmed().isEmpty())
            values << v.trimmed().toLower();
    return values;
}

FapiResponse alreadyMember(const QString &email)
{
    // clerk-js finds the address in the long message to name it in its own words.
    return Fapi::error(400, str("already_a_member_in_organization"), str("already a member"),
                       QStringLiteral("%1 is already a member of the organization.").arg(email));
}

FapiResponse roleNotFound()
{
    return Fapi::error(404, str("resource_not_found"), str("not found"), str("Organization role not found"),
                       {{str("param_name"), str("role")}});
}

FapiResponse invitationNotFound(const QString &id)
{
    return Fapi::error(404, str("organization_invitation_not_found"), str("not found"),
                       QStringLiteral("No invitation found with id %1.").arg(id));
}

FapiResponse notPending()
{
    return Fapi::error(404, str("organization_invitation_not_pending"), str("not pending"),
                       str("The organization invitation is not in the 'pending' status."));
}

} // namespace

QJsonObject Fapi::orgInvitationJson(const OrgInvitation &invitation) const
{
    // The organization's public face, from its full JSON so a logo set by the profile routes shows here too.
    const QJsonObject org = m_model.organizationJson(m_model.organizations.value(invitation.organizationId));
    const QJsonObject publicData{{str("id"), invitation.organizationId},
                                 {str("name"), org.value(str("name")).toString()},
                                 {str("slug"), org.value(str("slug")).toString()},
                                 {str("image_url"), org.value(str("image_url")).toString()},
                                 {str("has_image"), org.value(str("has_image")).toBool()}};
    return {{str("object"), str("organization_invitation")},
            {str("id"), invitation.id},
            {str("email_address"), invitation.emailAddress},
            {str("role"), invitation.role},
            {str("role_name"), roleName(invitation.role)},
            {str("organization_id"), invitation.organizationId},
            {str("public_organization_data"), publicData},
            {str("status"), invitation.status},
            {str("public_metadata"), invitation.publicMetadata},
            {str("url"), QJsonValue(QJsonValue::Null)},
            {str("expires_at"), QJsonValue(QJsonValue::Null)},
            {str("created_at"), invitation.createdAt},
            {str("updated_at"), invitation.updatedAt}};
}

bool Fapi::orgRoleKnown(const QString &role) const
{
    // The instance's roles: the seed's `organization_roles`, or Clerk's defaults org:admin and org:member.
    return m_model.orgRole(role) != nullptr;
}

QList<const OrgInvitation *> Fapi::orgInvitationsWhere(const std::function<bool(const OrgInvitation &)> &keep,
                                                       const QString &status) const
{
    QList<const OrgInvitation *> list;
    for (const OrgInvitation &i : m_model.orgInvitations) {
        if (keep(i) && (status.isEmpty() || i.status == status))
            list << &i;
    }
    // Newest first, as Clerk lists them; equal times in the order they were made.
    std::sort(list.begin(), list.end(), [this](const OrgInvitation *a, const OrgInvitation *b) {
        if (a->createdAt != b->createdAt)
            return a->createdAt > b->createdAt;
        return m_model.orgInvitationOrder.indexOf(a->id) > m_model.orgInvitationOrder.indexOf(b->id);
    });
    return list;
}

std::optional<FapiResponse> Fapi::orgInvitationsRefused(const QString &organizationId, const QStringList &emails,
                                                        const QString &role, bool bulk) const
{
    if (emails.isEmpty())
        return paramMissing(str("email_address"));
    if (role.isEmpty())
        return paramMissing(str("role"));
    for (const QString &email : emails) {
        if (!isEmail(email))
            return formatInvalid(str("email_address"));
    }
    if (!orgRoleKnown(role))
        return roleNotFound();
    for (const QString &email : emails) {
        const User *user = m_model.findUserByIdentifier(email);
        if (user && m_model.membership(user->id, organizationId))
            return alreadyMember(email);
    }
    QStringList duplicates;
    for (const OrgInvitation &i : m_model.orgInvitations) {
        if (i.organizationId == organizationId && i.status == QLatin1String("pending") &&
            emails.contains(i.emailAddress) && !duplicates.contains(i.emailAddress))
            duplicates << i.emailAddress;
    }
    if (duplicates.isEmpty())
        return std::nullopt;
    if (!bulk)
        return error(400, str("organization_invitation_not_unique"), str("organization invitation not unique"),
                     str("Organizations cannot have duplicate pending invitations for an email address."));
    return error(400, str("duplicate_record"), str("duplicate record"),
                 QStringLiteral("There are already pending invitations for %1.").arg(duplicates.join(str(", "))),
                 {{str("email_addresses"), jsonArray(duplicates)}});
}

OrgInvitation &Fapi::addOrgInvitation(const QString &organizationId, const QString &email, const QString &role,
                                      qint64 now)
{
    OrgInvitation invitation;
    invitation.id = newId(str("orginv"));
    invitation.organizationId = organizationId;
    invitation.emailAddress = email;
    invitation.role = role;
    invitation.createdAt = invitation.updatedAt = now;
    m_model.orgInvitationOrder << invitation.id;
    return m_model.orgInvitations[invitation.id] = invitation;
}

FapiResponse Fapi::createOrgInvitation(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, "org:sys_memberships:manage", session, membership))
        return *refused;
    const QString orgId = ctx.params.value(str("organization_id"));
    const QString raw = ctx.field("email_address");
    if (raw.contains(QChar(0x1f)))
        return formatInvalid(str("email_address")); // one address here; many go to …/bulk
    const QString email = raw.trimmed().toLower();
    const QString role = ctx.field("role").trimmed();
    if (auto refused = orgInvitationsRefused(orgId, email.isEmpty() ? QStringList() : QStringList{email}, role, false))
        return *refused;
    return envelope(ctx, orgInvitationJson(addOrgInvitation(orgId, email, role, ctx.now)));
}

FapiResponse Fapi::createOrgInvitations(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, "org:sys_memberships:manage", session, membership))
        return *refused;
    const QString orgId = ctx.params.value(str("organization_id"));
    QStringList emails = fieldValues(ctx.field("email_address"));
    emails.removeDuplicates();
    const QString role = ctx.field("role").trimmed();
    // All or none: one refused address fails the request, so the admin fixes the list and sends it again.
    if (auto refused = orgInvitationsRefused(orgId, emails, role, true))
        return *refused;
    QJsonArray made;
    for (const QString &email : std::as_const(emails))
        made.append(orgInvitationJson(addOrgInvitation(orgId, email, role, ctx.now)));
    return envelope(ctx, made);
}

FapiResponse Fapi::listOrgInvitations(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, "org:sys_memberships:manage", session, membership))
        return *refused;
    const QString status = ctx.request.query.queryItemValue(str("status"));
    if (!status.isEmpty() && !kInvitationStatuses.contains(status))
        return error(400, str("invalid_query_parameter_value"), QString(),
                     QStringLiteral("%1 does not match one of the allowed values for parameter status").arg(status));
    const QString orgId = ctx.params.value(str("organization_id"));
    QJsonArray all;
    const auto list = orgInvitationsWhere([&](const OrgInvitation &i) { return i.organizationId == orgId; }, status);
    for (const OrgInvitation *i : list)
        all.append(orgInvitationJson(*i));
    return envelope(ctx, page(ctx, all));
}

FapiResponse Fapi::revokeOrgInvitation(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, "org:sys_memberships:manage", session, membership))
        return *refused;
    const QString id = ctx.params.value(str("invitation_id"));
    const auto it = m_model.orgInvitations.find(id);
    if (it == m_model.orgInvitations.end() || it->organizationId != ctx.params.value(str("organization_id")))
        return invitationNotFound(id);
    if (it->status != QLatin1String("pending"))
        return notPending();
    it->status = str("revoked");
    it->updatedAt = ctx.now;
    return envelope(ctx, orgInvitationJson(*it));
}

FapiResponse Fapi::myOrgInvitations(Context &ctx)
{
    Session *session = sessionForMe(ctx);
    if (!session)
        return signedOut();
    const QString status = ctx.request.query.queryItemValue(str("status"));
    if (!status.isEmpty() && !kInvitationStatuses.contains(status))
        return error(400, str("invalid_query_parameter_value"), QString(),
                     QStringLiteral("%1 does not match one of the allowed values for parameter status").arg(status));
    // Only what was sent to an address the user has proven is theirs.
    QStringList verified;
    for (const EmailAddress &e : std::as_const(m_model.users[session->userId].emails)) {
        if (e.verified())
            verified << e.email.toLower();
    }
    QJsonArray all;
    const auto list = orgInvitationsWhere(
        [&](const OrgInvitation &i) { return verified.contains(i.emailAddress.toLower()); }, status);
    for (const OrgInvitation *i : list)
        all.append(orgInvitationJson(*i));
    return envelope(ctx, page(ctx, all));
}

FapiResponse Fapi::acceptMyOrgInvitation(Context &ctx)
{
    Session *session = sessionForMe(ctx);
    if (!session)
        return signedOut();
    const User &user = m_model.users[session->userId];
    const QString id = ctx.params.value(str("invitation_id"));
    const auto it = m_model.orgInvitations.find(id);
    const bool mine = it != m_model.orgInvitations.end() &&
        std::any_of(user.emails.cbegin(), user.emails.cend(), [&](const EmailAddress &e) {
            return e.verified() && e.email.compare(it->emailAddress, Qt::CaseInsensitive) == 0;
        });
    // Someone else's invitation is as good as none: its existence is not the user's to learn.
    if (!mine || !m_model.organizations.contains(it->organizationId))
        return invitationNotFound(id);
    // The spec lists 200, 401, 404 and 422 for this route: an accepted or revoked invitation is the documented
    // 404 organization_invitation_not_pending (Clerk's 400 …_already_accepted / …_revoked_code belong to tickets).
    if (it->status != QLatin1String("pending"))
        return notPending();
    if (m_model.membership(user.id, it->organizationId)) {
        FapiResponse member = alreadyMember(it->emailAddress);
        member.status = 422; // the code Clerk documents, at a status the spec lists for this route
        return member;
    }
    Membership membership{newId(str("orgmem")), it->organizationId, user.id, it->role, {}, ctx.now, ctx.now};
    membership.permissions = orgRolePermissions(it->role);
    m_model.memberships.append(membership);
    it->status = str("accepted");
    it->updatedAt = ctx.now;
    // The envelope's client carries the user with the new membership, so the SDK's model follows at once.
    return envelope(ctx, orgInvitationJson(*it));
}

QStringList Fapi::orgRolePermissions(const QString &role) const
{
    return m_model.rolePermissions(role);
}

} // namespace ClerkEmulator
