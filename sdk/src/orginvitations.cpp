// Organization invitations, both sides: an administrator invites by email (one or many), lists and revokes; the
// invitee lists the invitations sent to their verified addresses and accepts one. OrganizationManager's methods
// and the engine's OrgOps that carry them out.
#include "organizationmanager_p.h"

#include "authcore_p.h"
#include "orgops_p.h"
#include "resources_p.h"

#include <QJsonArray>

namespace Clerk {

namespace {

const QString kManage = QStringLiteral("org:sys_memberships:manage");

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

OrganizationInvitation parseInvitation(const QJsonObject &json)
{
    OrganizationInvitation i;
    i.id = text(json, "id");
    i.emailAddress = text(json, "email_address");
    i.role = text(json, "role");
    i.roleName = text(json, "role_name");
    i.status = text(json, "status");
    i.organizationId = text(json, "organization_id");
    const QJsonObject org = json.value(QLatin1String("public_organization_data")).toObject();
    i.publicOrganizationData.id = text(org, "id");
    i.publicOrganizationData.name = text(org, "name");
    i.publicOrganizationData.slug = text(org, "slug");
    i.publicOrganizationData.imageUrl = text(org, "image_url");
    i.publicOrganizationData.hasImage = org.value(QLatin1String("has_image")).toBool(false);
    i.publicOrganizationData.raw = org;
    // Clerk's user-context form may leave organization_id out: the public data names the organization too.
    if (i.organizationId.isEmpty())
        i.organizationId = i.publicOrganizationData.id;
    i.publicMetadata = json.value(QLatin1String("public_metadata")).toObject().toVariantMap();
    i.createdAt = parseTimestamp(json.value(QLatin1String("created_at")));
    i.updatedAt = parseTimestamp(json.value(QLatin1String("updated_at")));
    i.raw = json;
    return i;
}

/// Finishes with the answer's one invitation; a missing one is a protocol error, not an empty success.
void succeedWithInvitation(const FapiResult &r, PendingReply *rep)
{
    if (!rep)
        return;
    const QJsonObject json = r.envelope.response.toObject();
    if (json.value(QLatin1String("id")).toString().isEmpty()) {
        rep->fail(Error(Error::Kind::Protocol, QStringLiteral("clerkqt_unexpected_response"),
                        QStringLiteral("Clerk's answer carried no organization invitation.")));
        return;
    }
    rep->succeed(QVariant::fromValue(parseInvitation(json)));
}

} // namespace

// ---- Engine ---------------------------------------------------------------------------------------------------

void OrgOps::finishInvitationPage(const FapiResult &r, PendingReply *rep)
{
    InvitationPage page;
    for (const QJsonValue &item : pageData(r.envelope.response, &page.totalCount))
        page.items << parseInvitation(item.toObject());
    if (rep)
        rep->succeed(QVariant::fromValue(page));
}

Reply *OrgOps::inviteMember(const QString &organizationId, const QString &emailAddress, const QString &role)
{
    return send("POST", QStringLiteral("/organizations/%1/invitations").arg(organizationId),
                {{QStringLiteral("email_address"), emailAddress.trimmed()}, {QStringLiteral("role"), role}},
                succeedWithInvitation, organizationId, kManage);
}

Reply *OrgOps::inviteMembers(const QString &organizationId, const QStringList &emailAddresses, const QString &role)
{
    // Clerk takes the list as the field repeated, as clerk-js sends an array.
    FormFields form;
    for (const QString &address : emailAddresses) {
        if (!address.trimmed().isEmpty())
            form.append({QStringLiteral("email_address"), address.trimmed()});
    }
    if (form.isEmpty())
        return failed(AuthCore::invalidState(QStringLiteral("clerkqt_no_email_addresses"),
                                             QStringLiteral("There is no email address to invite.")));
    form.append({QStringLiteral("role"), role});
    return send("POST", QStringLiteral("/organizations/%1/invitations/bulk").arg(organizationId), form,
                [](const FapiResult &r, PendingReply *rep) {
                    QList<OrganizationInvitation> made;
                    for (const QJsonValue &item : r.envelope.response.toArray())
                        made << parseInvitation(item.toObject());
                    if (rep)
                        rep->succeed(QVariant::fromValue(made));
                },
                organizationId, kManage);
}

Reply *OrgOps::loadInvitations(const QString &organizationId, const QString &status, int offset, int limit)
{
    FormFields query = pageQuery(offset, limit);
    if (!status.isEmpty())
        query.append({QStringLiteral("status"), status});
    return send("GET", QStringLiteral("/organizations/%1/invitations").arg(organizationId), {}, finishInvitationPage,
                organizationId, kManage, query);
}

Reply *OrgOps::revokeInvitation(const QString &organizationId, const QString &invitationId)
{
    return send("POST", QStringLiteral("/organizations/%1/invitations/%2/revoke").arg(organizationId, invitationId),
                {}, succeedWithInvitation, organizationId, kManage);
}

Reply *OrgOps::loadMyInvitations(const QString &status, int offset, int limit)
{
    FormFields query = pageQuery(offset, limit);
    if (!status.isEmpty())
        query.append({QStringLiteral("status"), status});
    return send("GET", QStringLiteral("/me/organization_invitations"), {}, finishInvitationPage, {}, {}, query);
}

Reply *OrgOps::acceptInvitation(const QString &invitationId)
{
    // The answer's client has the new membership: AuthCore applies it before this finishes.
    return send("POST", QStringLiteral("/me/organization_invitations/%1/accept").arg(invitationId), {},
                succeedWithInvitation);
}

// ---- OrganizationManager ----------------------------------------------------------------------------------------

void OrganizationManager::Private::watchInvitationsUser()
{
    if (watchingInvitationsUser)
        return;
    watchingInvitationsUser = true;
    // The list is the signed-in user's: another user (or nobody) must not see it.
    QObject::connect(auth.q, &Auth::userChanged, q, [this] {
        const QString user = auth.q->isSignedIn() ? auth.q->user().id : QString();
        if (user != myInvitationsUser)
            setMyInvitations({}, user);
    });
}

void OrganizationManager::Private::setMyInvitations(const QList<OrganizationInvitation> &invitations,
                                                    const QString &userId)
{
    myInvitationsUser = userId;
    if (invitations == myInvitations)
        return;
    myInvitations = invitations;
    Q_EMIT q->myInvitationsChanged();
}

QList<OrganizationInvitation> OrganizationManager::myInvitations() const { return d->myInvitations; }

ReplyOf<OrganizationInvitation> *OrganizationManager::inviteMember(const QString &organizationId,
                                                                   const QString &emailAddress, const QString &role)
{
    return d->auth.run<OrganizationInvitation>(
        [=] { return d->auth.engine->orgs.inviteMember(organizationId, emailAddress, role); });
}

ReplyOf<QList<OrganizationInvitation>> *OrganizationManager::inviteMembers(const QString &organizationId,
                                                                           const QStringList &emailAddresses,
                                                                           const QString &role)
{
    return d->auth.run<QList<OrganizationInvitation>>(
        [=] { return d->auth.engine->orgs.inviteMembers(organizationId, emailAddresses, role); });
}

ReplyOf<InvitationPage> *OrganizationManager::loadInvitations(const QString &organizationId, const QString &status,
                                                              int offset, int limit)
{
    return d->auth.run<InvitationPage>(
        [=] { return d->auth.engine->orgs.loadInvitations(organizationId, status, offset, limit); });
}

ReplyOf<OrganizationInvitation> *OrganizationManager::revokeInvitation(const QString &organizationId,
                                                                       const QString &invitationId)
{
    return d->auth.run<OrganizationInvitation>(
        [=] { return d->auth.engine->orgs.revokeInvitation(organizationId, invitationId); });
}

ReplyOf<InvitationPage> *OrganizationManager::loadMyInvitations(const QString &status, int offset, int limit)
{
    return d->auth.run<InvitationPage>([=] {
        d->watchInvitationsUser();
        Reply *inner = d->auth.engine->orgs.loadMyInvitations(status, offset, limit);
        // myInvitations is the first page of pending ones; connected before the typed reply is linked, so it is
        // current when that reports.
        if (status == QLatin1String("pending") && offset <= 0) {
            connect(inner, &Reply::succeeded, this, [this, inner] {
                d->setMyInvitations(inner->result().value<InvitationPage>().items, d->auth.q->user().id);
            });
        }
        return inner;
    });
}

ReplyOf<OrganizationInvitation> *OrganizationManager::acceptInvitation(const QString &invitationId)
{
    return d->auth.run<OrganizationInvitation>([=] {
        Reply *inner = d->auth.engine->orgs.acceptInvitation(invitationId);
        connect(inner, &Reply::succeeded, this, [this, invitationId] {
            QList<OrganizationInvitation> rest = d->myInvitations;
            rest.removeIf([&invitationId](const OrganizationInvitation &i) { return i.id == invitationId; });
            d->setMyInvitations(rest, d->myInvitationsUser);
        });
        return inner;
    });
}

} // namespace Clerk
