/// @file
/// Clerk::OrganizationManager — creating, joining and administering organizations (Clerk's organization,
/// membership, invitation, membership-request and domain resources) for the signed-in user.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/organization.h>
#include <ClerkQt/reply.h>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

// Declared only: QtGui stays private to libClerkQt (an app that passes a QImage has QtGui already).
QT_BEGIN_NAMESPACE
class QImage;
QT_END_NAMESPACE

namespace Clerk {

class Auth;

/// One page of memberships (OrganizationManager's member lists and the user's own memberships): `items` in
/// Clerk's order and `totalCount`, how many there are in all. A value type, readable from QML.
struct CLERKQT_EXPORT MembershipPage
{
    Q_GADGET
    Q_PROPERTY(QList<Clerk::Membership> items MEMBER items)
    Q_PROPERTY(int totalCount MEMBER totalCount)
public:
    QList<Membership> items; ///< This page
    int totalCount = 0;      ///< All there are, on every page

    /// Equal when both fields are equal.
    bool operator==(const MembershipPage &o) const { return items == o.items && totalCount == o.totalCount; }
    /// The negation of operator==().
    bool operator!=(const MembershipPage &o) const { return !(*this == o); }
};

// The value types of the parts: Q_GADGETs with `raw`, like Organization and Membership in organization.h.
// ==== BEGIN org-profile types ====
// ==== END org-profile types ====

// ==== BEGIN org-members types ====
// ==== END org-members types ====

// ==== BEGIN org-invitations types ====
/// An `organization_invitation`: an email address asked to join an organization with a role. An administrator
/// sees the organization's (OrganizationManager::loadInvitations()); the invitee sees the ones sent to a verified
/// address of theirs (OrganizationManager::loadMyInvitations()). `raw` keeps Clerk's complete JSON.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name.
struct CLERKQT_EXPORT OrganizationInvitation
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString emailAddress MEMBER emailAddress)
    Q_PROPERTY(QString role MEMBER role)
    Q_PROPERTY(QString roleName MEMBER roleName)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString organizationId MEMBER organizationId)
    Q_PROPERTY(Clerk::Organization publicOrganizationData MEMBER publicOrganizationData)
    Q_PROPERTY(QVariantMap publicMetadata MEMBER publicMetadata)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QDateTime updatedAt MEMBER updatedAt)
public:
    QString id;             ///< Clerk's invitation id ("orginv_…")
    QString emailAddress;   ///< Who is invited
    QString role;           ///< The role the invitee gets on accepting, e.g. "org:member"
    QString roleName;       ///< The role's display name, e.g. "Member"; may be empty
    QString status;         ///< "pending", "accepted" or "revoked" (Clerk also knows "expired", "completed")
    QString organizationId; ///< The organization invited to
    /// What the invitee may see of the organization: id, name, slug, imageUrl and hasImage are set (the rest of
    /// Organization's fields are not part of Clerk's `public_organization_data`).
    Organization publicOrganizationData;
    QVariantMap publicMetadata; ///< Set by the app's backend
    QDateTime createdAt;        ///< When it was sent (UTC)
    QDateTime updatedAt;        ///< Last change, e.g. accepted or revoked (UTC)
    QJsonObject raw;            ///< Clerk's complete JSON

private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const
    {
        return std::tie(id, emailAddress, role, roleName, status, organizationId, publicOrganizationData,
                        publicMetadata, createdAt, updatedAt, raw);
    }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const OrganizationInvitation &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const OrganizationInvitation &o) const { return !(*this == o); }
};

/// One page of invitations: `items` newest first, as Clerk lists them, and `totalCount`, how many match in all.
/// A value type, readable from QML.
struct CLERKQT_EXPORT InvitationPage
{
    Q_GADGET
    Q_PROPERTY(QList<Clerk::OrganizationInvitation> items MEMBER items)
    Q_PROPERTY(int totalCount MEMBER totalCount)
public:
    QList<OrganizationInvitation> items; ///< This page
    int totalCount = 0;                  ///< All there are, on every page

    /// Equal when both fields are equal.
    bool operator==(const InvitationPage &o) const { return items == o.items && totalCount == o.totalCount; }
    /// The negation of operator==().
    bool operator!=(const InvitationPage &o) const { return !(*this == o); }
};
// ==== END org-invitations types ====

// ==== BEGIN org-domains types ====
// ==== END org-domains types ====

/// What the signed-in user does with organizations: Auth::organizationManager().
///
/// The user's side (create, memberships, leave, invitations and suggestions addressed to them) works for any
/// signed-in user. The administrator's side acts on one organization and needs the matching system permission
/// of the user's membership there (`org:sys_profile:manage`, `org:sys_memberships:manage`, …): the manager
/// checks it before it asks, and fails with Error::Kind::Auth, code `clerkqt_missing_permission`, without a
/// request; Clerk refuses the same with 403. Lists are paged: `offset` and `limit` as in Clerk's API (limit
/// 1–500, default 10), and a page says how many there are in all (`totalCount`).
///
/// Every operation fails with InvalidState (`clerkqt_signed_out`) when nobody is signed in, waits for the
/// start-up restore like Auth's own, and is cancelled by a restart. Operations that change the user's
/// memberships update Auth::organizations()/memberships() before their reply reports.
///
/// From QML: `auth.organizationManager.createOrganization("Acme")`; every operation is Q_INVOKABLE.
class CLERKQT_EXPORT OrganizationManager : public QObject
{
    Q_OBJECT
public:
    ~OrganizationManager() override;

    // ==== BEGIN org-profile: create, the user's memberships, leave; an organization's profile, logo, deletion ====
    // ==== END org-profile ====

    // ==== BEGIN org-members: members, roles ====
    // ==== END org-members ====

    // ==== BEGIN org-invitations: invitations, both sides ====
    // moc takes a property wherever the class declares it.
    Q_PROPERTY(QList<Clerk::OrganizationInvitation> myInvitations READ myInvitations NOTIFY myInvitationsChanged)

    /// Invites `emailAddress` to the organization as `role` (e.g. "org:member"): `POST
    /// /v1/organizations/{id}/invitations`, needs `org:sys_memberships:manage`. Clerk refuses an address that is
    /// already a member (`already_a_member_in_organization`), one with a pending invitation
    /// (`organization_invitation_not_unique`), a malformed one (`form_param_format_invalid`) and a role it does
    /// not define (`resource_not_found`), all as Error::Kind::Auth. Result: the invitation.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::OrganizationInvitation> *inviteMember(const QString &organizationId,
                                                                           const QString &emailAddress,
                                                                           const QString &role);
    /// Invites every address of `emailAddresses` as `role` in one request (`…/invitations/bulk`), all or none:
    /// when one is refused none is invited, and a duplicate pending invitation fails with `duplicate_record`,
    /// whose Error::meta() `email_addresses` names those already invited. Blank entries are ignored; with none
    /// left it fails with InvalidState `clerkqt_no_email_addresses` without a request. Result: the invitations,
    /// in the order of the addresses.
    Q_INVOKABLE Clerk::ReplyOf<QList<Clerk::OrganizationInvitation>> *
    inviteMembers(const QString &organizationId, const QStringList &emailAddresses, const QString &role);
    /// One page of the organization's invitations, newest first (`GET …/invitations`, needs
    /// `org:sys_memberships:manage`); `status` ("pending", "accepted", "revoked") filters, empty lists all.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::InvitationPage> *loadInvitations(const QString &organizationId,
                                                                      const QString &status = {}, int offset = 0,
                                                                      int limit = 10);
    /// Revokes a pending invitation (`…/invitations/{id}/revoke`, needs `org:sys_memberships:manage`); one that
    /// is no longer pending fails with `organization_invitation_not_pending`. Result: the revoked invitation.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::OrganizationInvitation> *revokeInvitation(const QString &organizationId,
                                                                               const QString &invitationId);
    /// One page of the invitations sent to the signed-in user's verified email addresses, newest first (`GET
    /// /v1/me/organization_invitations`); `status` filters ("pending" by default, empty lists all). A load with
    /// status "pending" from offset 0 also sets myInvitations().
    Q_INVOKABLE Clerk::ReplyOf<Clerk::InvitationPage> *
    loadMyInvitations(const QString &status = QStringLiteral("pending"), int offset = 0, int limit = 10);
    /// Accepts an invitation sent to the user (`POST /v1/me/organization_invitations/{id}/accept`): the user
    /// becomes a member with the invitation's role. When the reply reports, Auth::memberships() lists the
    /// organization and myInvitations() no longer has the invitation. One no longer pending fails with
    /// `organization_invitation_not_pending`. Result: the invitation, now "accepted".
    Q_INVOKABLE Clerk::ReplyOf<Clerk::OrganizationInvitation> *acceptInvitation(const QString &invitationId);
    /// The user's pending invitations as last loaded by loadMyInvitations() (first page); empty before, and after
    /// sign-out or a change of user. The switcher shows these.
    QList<OrganizationInvitation> myInvitations() const;
    // ==== END org-invitations ====

    // ==== BEGIN org-domains: domains, membership requests, suggestions ====
    // ==== END org-domains ====

Q_SIGNALS:
    // ==== BEGIN org-profile signals ====
    // ==== END org-profile signals ====
    // ==== BEGIN org-members signals ====
    // ==== END org-members signals ====
    // ==== BEGIN org-invitations signals ====
    /// myInvitations() changed.
    void myInvitationsChanged();
    // ==== END org-invitations signals ====
    // ==== BEGIN org-domains signals ====
    // ==== END org-domains signals ====

private:
    friend class Auth;
    explicit OrganizationManager(Auth *auth);
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Clerk
