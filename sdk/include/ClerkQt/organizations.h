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

// The resources OrganizationManager lists: Q_GADGETs with `raw`, like Organization and Membership.

/// An organization role (Clerk's `role`): what a member with this role may do. `key` is what
/// OrganizationManager::updateMemberRole() takes (e.g. "org:admin", "org:member", a custom "org:billing").
///
/// A value type, readable from QML: every field except `raw` is a property of the same name.
struct CLERKQT_EXPORT Role
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString key MEMBER key)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString description MEMBER description)
    Q_PROPERTY(QStringList permissions MEMBER permissions)
    Q_PROPERTY(bool isCreatorEligible MEMBER isCreatorEligible)
public:
    QString id;              ///< Clerk's role id
    QString key;             ///< e.g. "org:admin"
    QString name;            ///< Display name, e.g. "Admin"
    QString description;     ///< May be empty
    QStringList permissions; ///< The permission keys the role grants, e.g. "org:sys_memberships:manage"
    bool isCreatorEligible = false; ///< Whether an organization's creator may be given this role
    QJsonObject raw;         ///< Clerk's complete JSON

    /// Equal when every field is equal, `raw` included.
    bool operator==(const Role &o) const
    {
        return std::tie(id, key, name, description, permissions, isCreatorEligible, raw)
            == std::tie(o.id, o.key, o.name, o.description, o.permissions, o.isCreatorEligible, o.raw);
    }
    /// The negation of operator==().
    bool operator!=(const Role &o) const { return !(*this == o); }
};

/// One page of an organization's roles: `items` in Clerk's order and `totalCount`, how many there are in all.
struct CLERKQT_EXPORT RolePage
{
    Q_GADGET
    Q_PROPERTY(QList<Clerk::Role> items MEMBER items)
    Q_PROPERTY(int totalCount MEMBER totalCount)
public:
    QList<Role> items; ///< This page
    int totalCount = 0; ///< All there are, on every page

    /// Equal when both fields are equal.
    bool operator==(const RolePage &o) const { return items == o.items && totalCount == o.totalCount; }
    /// The negation of operator==().
    bool operator!=(const RolePage &o) const { return !(*this == o); }
};

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

/// A domain of an organization (Clerk's OrganizationDomain): users with a verified address at a verified domain
/// are invited to, or offered, the organization as its `enrollmentMode` says. A value type, readable from QML.
struct CLERKQT_EXPORT OrganizationDomain
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString organizationId MEMBER organizationId)
    Q_PROPERTY(QString enrollmentMode MEMBER enrollmentMode)
    Q_PROPERTY(QString affiliationEmailAddress MEMBER affiliationEmailAddress)
    Q_PROPERTY(QString verificationStatus MEMBER verificationStatus)
    Q_PROPERTY(QString verificationStrategy MEMBER verificationStrategy)
    Q_PROPERTY(int totalPendingInvitations MEMBER totalPendingInvitations)
    Q_PROPERTY(int totalPendingSuggestions MEMBER totalPendingSuggestions)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QJsonObject raw MEMBER raw)
    Q_PROPERTY(bool verified READ isVerified)
public:
    QString id;   ///< Clerk's domain id (orgdmn_…)
    QString name; ///< e.g. "acme.test", lower case
    QString organizationId; ///< The organization the domain belongs to
    /// "manual_invitation" (nobody is enrolled), "automatic_invitation" or "automatic_suggestion"
    QString enrollmentMode;
    QString affiliationEmailAddress; ///< Where the verification code went; empty before that
    QString verificationStatus;      ///< "unverified", "verified", …; empty before a verification was prepared
    QString verificationStrategy;    ///< "email_code"
    int totalPendingInvitations = 0; ///< Pending invitations to addresses at the domain
    int totalPendingSuggestions = 0; ///< Pending suggestions the domain made
    QDateTime createdAt;             ///< UTC; invalid if not sent
    QJsonObject raw;                 ///< Clerk's complete JSON
private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const { return std::tie(id, name, organizationId, enrollmentMode, affiliationEmailAddress, verificationStatus,
                        verificationStrategy, totalPendingInvitations, totalPendingSuggestions, createdAt, raw); }

public:

    /// Whether the domain is verified (only then may its enrollment mode enroll anybody).
    bool isVerified() const { return verificationStatus == QLatin1String("verified"); }
    /// Equal when every field is equal, `raw` included.
    bool operator==(const OrganizationDomain &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const OrganizationDomain &o) const { return !(*this == o); }
};

/// One page of an organization's domains: `items` in Clerk's order (oldest first) and `totalCount`.
struct CLERKQT_EXPORT DomainPage
{
    Q_GADGET
    Q_PROPERTY(QList<Clerk::OrganizationDomain> items MEMBER items)
    Q_PROPERTY(int totalCount MEMBER totalCount)
public:
    QList<OrganizationDomain> items; ///< This page
    int totalCount = 0;              ///< All there are, on every page

    /// Equal when both fields are equal.
    bool operator==(const DomainPage &o) const { return items == o.items && totalCount == o.totalCount; }
    /// The negation of operator==().
    bool operator!=(const DomainPage &o) const { return !(*this == o); }
};

/// A user's request to join an organization (Clerk's OrganizationMembershipRequest), made by accepting a
/// suggestion; an administrator accepts (the user becomes a member) or rejects it. A value type, readable from QML.
struct CLERKQT_EXPORT MembershipRequest
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString organizationId MEMBER organizationId)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString userId MEMBER userId)
    Q_PROPERTY(QString identifier MEMBER identifier)
    Q_PROPERTY(QString firstName MEMBER firstName)
    Q_PROPERTY(QString lastName MEMBER lastName)
    Q_PROPERTY(QString imageUrl MEMBER imageUrl)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QJsonObject raw MEMBER raw)
public:
    QString id; ///< Clerk's request id
    QString organizationId; ///< The organization asked to join
    QString status;     ///< "pending", "accepted" or "rejected"
    QString userId;     ///< Who asks (public_user_data.user_id)
    QString identifier; ///< Their email address (or other identifier)
    QString firstName;  ///< Empty when not set
    QString lastName;   ///< Empty when not set
    QString imageUrl;   ///< Their avatar
    QDateTime createdAt; ///< UTC; invalid if not sent
    QJsonObject raw;     ///< Clerk's complete JSON
private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const { return std::tie(id, organizationId, status, userId, identifier, firstName, lastName, imageUrl, createdAt, raw); }

public:

    /// Equal when every field is equal, `raw` included.
    bool operator==(const MembershipRequest &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const MembershipRequest &o) const { return !(*this == o); }
};

/// One page of membership requests: `items` in Clerk's order and `totalCount`.
struct CLERKQT_EXPORT MembershipRequestPage
{
    Q_GADGET
    Q_PROPERTY(QList<Clerk::MembershipRequest> items MEMBER items)
    Q_PROPERTY(int totalCount MEMBER totalCount)
public:
    QList<MembershipRequest> items; ///< This page
    int totalCount = 0;             ///< All there are, on every page

    /// Equal when both fields are equal.
    bool operator==(const MembershipRequestPage &o) const { return items == o.items && totalCount == o.totalCount; }
    /// The negation of operator==().
    bool operator!=(const MembershipRequestPage &o) const { return !(*this == o); }
};

/// An organization suggested to the signed-in user because of a verified address at one of its domains (Clerk's
/// OrganizationSuggestion). Accepting it asks to join: status "accepted" until an administrator decides.
struct CLERKQT_EXPORT OrganizationSuggestion
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(Clerk::Organization organization MEMBER organization)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QJsonObject raw MEMBER raw)
public:
    QString id;     ///< Clerk's suggestion id (orgsug_…)
    QString status; ///< "pending" or "accepted"
    /// Clerk's public_organization_data: id, name, slug, imageUrl, hasImage (other fields unset)
    Organization organization;
    QDateTime createdAt; ///< UTC; invalid if not sent
    QJsonObject raw;     ///< Clerk's complete JSON
private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const { return std::tie(id, status, organization, createdAt, raw); }

public:

    /// Equal when every field is equal, `raw` included.
    bool operator==(const OrganizationSuggestion &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const OrganizationSuggestion &o) const { return !(*this == o); }
};

/// One page of the user's suggestions: `items` in Clerk's order and `totalCount`.
struct CLERKQT_EXPORT SuggestionPage
{
    Q_GADGET
    Q_PROPERTY(QList<Clerk::OrganizationSuggestion> items MEMBER items)
    Q_PROPERTY(int totalCount MEMBER totalCount)
public:
    QList<OrganizationSuggestion> items; ///< This page
    int totalCount = 0;                  ///< All there are, on every page

    /// Equal when both fields are equal.
    bool operator==(const SuggestionPage &o) const { return items == o.items && totalCount == o.totalCount; }
    /// The negation of operator==().
    bool operator!=(const SuggestionPage &o) const { return !(*this == o); }
};

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

    /// Creates an organization named `name` and makes the signed-in user its `org:admin` (Clerk's creator
    /// role). `slug` empty: Clerk derives one from the name. Fails with Kind::Auth `form_param_missing` (`name`
    /// empty), `form_param_value_invalid` (a URL or HTML in it), `form_param_format_invalid` (a malformed `slug`) or
    /// `form_identifier_exists` (the slug is taken). Auth::memberships() lists the new organization when the
    /// reply reports; it does not become the active one (call Auth::setActiveOrganization()). A logo is set
    /// afterwards with setOrganizationLogo(), as Clerk's own components do.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Organization> *createOrganization(const QString &name,
                                                                       const QString &slug = QString());
    /// One page of the signed-in user's memberships (GET /v1/me/organization_memberships), newest first as
    /// Clerk lists them. Auth::memberships() holds them all already; this is for paging through many.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::MembershipPage> *loadMemberships(int offset = 0, int limit = 10);
    /// Leaves the organization: the user's membership there is deleted. When it was the active organization
    /// the session goes back to the personal account (Auth::organization() becomes null) as Clerk's client
    /// says. Clerk refuses the last member with `org:sys_memberships:manage` (an organization's last admin):
    /// Kind::Auth `organization_minimum_permissions_needed`. An empty `organizationId` fails with InvalidState
    /// `clerkqt_organization_missing` without a request.
    Q_INVOKABLE Clerk::ReplyOf<void> *leaveOrganization(const QString &organizationId);
    /// Renames the organization and sets its slug (`org:sys_profile:manage`); an empty `slug` leaves it as it
    /// is. The same validation as createOrganization(). Auth::organizations() shows the new values when the
    /// reply reports.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Organization> *updateOrganization(const QString &organizationId,
                                                                       const QString &name,
                                                                       const QString &slug = QString());
    /// Uploads `file` (a local path or file: URL; PNG, JPEG, GIF or WebP) as the organization's logo
    /// (`org:sys_profile:manage`). The file is read at once: an unreadable one fails with InvalidState
    /// `clerkqt_file_unreadable` without a request. Auth::organizations() carries the new `imageUrl` when the
    /// reply reports.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Organization> *setOrganizationLogo(const QString &organizationId,
                                                                        const QUrl &file);
    /// The same with an image in memory, sent as PNG; a null image fails with InvalidState
    /// `clerkqt_image_invalid` without a request.
    Clerk::ReplyOf<Clerk::Organization> *setOrganizationLogo(const QString &organizationId, const QImage &image);
    /// Removes the organization's logo (`org:sys_profile:manage`); Kind::Auth `image_not_found` when it has
    /// none.
    Q_INVOKABLE Clerk::ReplyOf<void> *removeOrganizationLogo(const QString &organizationId);
    /// Deletes the organization for everyone (`org:sys_profile:delete`), with its memberships and
    /// invitations. Clerk allows it only where the organization's `admin_delete_enabled` (in Organization::raw)
    /// is true; otherwise Kind::Auth `organization_admin_delete_not_enabled` (403). A session whose active
    /// organization it was goes back to the personal account.
    Q_INVOKABLE Clerk::ReplyOf<void> *deleteOrganization(const QString &organizationId);

    /// One page of the members of `organizationId` (Clerk's memberships with `publicUserData`), `query` matching
    /// a member's name, identifier or user id in part; needs `org:sys_memberships:read`.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::MembershipPage> *loadMembers(const QString &organizationId, int offset = 0,
                                                                   int limit = 10, const QString &query = {});
    /// Gives the member `userId` of `organizationId` the role `role` (a key from loadRoles()); needs
    /// `org:sys_memberships:manage`. Clerk refuses an undefined role (422) and demoting the last admin. The
    /// member's next session token carries the new role and its permissions.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Membership> *updateMemberRole(const QString &organizationId,
                                                                    const QString &userId, const QString &role);
    /// Removes the member `userId` from `organizationId`; needs `org:sys_memberships:manage`. Clerk refuses to
    /// remove the last admin. Removing yourself is leaving: Auth::memberships() follows.
    Q_INVOKABLE Clerk::ReplyOf<void> *removeMember(const QString &organizationId, const QString &userId);
    /// One page of the roles defined for `organizationId` (what updateMemberRole() accepts); needs
    /// `org:sys_memberships:read`.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::RolePage> *loadRoles(const QString &organizationId, int offset = 0,
                                                           int limit = 10);

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

    /// A page of the organization's domains (oldest first). Needs `org:sys_domains:read`.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::DomainPage> *loadDomains(const QString &organizationId, int offset = 0,
                                                              int limit = 10);
    /// Adds the domain `name` (e.g. "acme.test") in manual_invitation mode; it is verified at once when the user
    /// has a verified address there, else with prepareDomainAffiliation(). Needs `org:sys_domains:manage`.
    /// Clerk refuses a malformed name (form_param_format_invalid), a common provider (organization_domain_common),
    /// a name the organization has or another one verified (organization_domain_already_exists).
    Q_INVOKABLE Clerk::ReplyOf<Clerk::OrganizationDomain> *addDomain(const QString &organizationId,
                                                                     const QString &name);
    /// Removes the domain; its pending suggestions go with it. Needs `org:sys_domains:manage`.
    Q_INVOKABLE Clerk::ReplyOf<void> *deleteDomain(const QString &organizationId, const QString &domainId);
    /// Sets how the domain enrolls users: "manual_invitation", "automatic_invitation" or "automatic_suggestion"
    /// (the last two only once the domain is verified); `deletePending` also revokes the pending invitations and
    /// suggestions it made. A mode outside the three fails with InvalidState `clerkqt_invalid_enrollment_mode`
    /// without a request. Needs `org:sys_domains:manage`.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::OrganizationDomain> *setDomainEnrollmentMode(const QString &organizationId,
                                                                                   const QString &domainId,
                                                                                   const QString &mode,
                                                                                   bool deletePending = false);
    /// Sends a verification code to `emailAddress`, an address at the domain. Needs `org:sys_domains:manage`.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::OrganizationDomain> *prepareDomainAffiliation(const QString &organizationId,
                                                                                    const QString &domainId,
                                                                                    const QString &emailAddress);
    /// Verifies the domain with the code sent by prepareDomainAffiliation(). Needs `org:sys_domains:manage`.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::OrganizationDomain> *attemptDomainAffiliation(const QString &organizationId,
                                                                                    const QString &domainId,
                                                                                    const QString &code);
    /// A page of the organization's membership requests with `status` ("pending", "accepted", "rejected"; empty
    /// for all). Needs `org:sys_memberships:manage`.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::MembershipRequestPage> *loadMembershipRequests(
        const QString &organizationId, const QString &status = QStringLiteral("pending"), int offset = 0,
        int limit = 10);
    /// Accepts the request: its user becomes a member (role org:member). Needs `org:sys_memberships:manage`.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::MembershipRequest> *acceptMembershipRequest(const QString &organizationId,
                                                                                  const QString &requestId);
    /// Rejects the request. Needs `org:sys_memberships:manage`.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::MembershipRequest> *rejectMembershipRequest(const QString &organizationId,
                                                                                  const QString &requestId);
    /// A page of the organizations suggested to the signed-in user, with a status in `status` (empty: any;
    /// Clerk's OrganizationList asks for {"pending", "accepted"}). Works for any signed-in user.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::SuggestionPage> *loadMySuggestions(const QStringList &status = {},
                                                                         int offset = 0, int limit = 10);
    /// Asks to join the suggested organization: Clerk files a membership request for its administrators, and the
    /// suggestion's status becomes "accepted". The membership comes when an administrator accepts (then
    /// Auth::reload() brings it). Accepting an accepted suggestion again files no second request.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::OrganizationSuggestion> *acceptSuggestion(const QString &suggestionId);

Q_SIGNALS:
    /// myInvitations() changed.
    void myInvitationsChanged();

private:
    friend class Auth;
    explicit OrganizationManager(Auth *auth);
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Clerk
