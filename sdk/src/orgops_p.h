// The organization operations behind OrganizationManager, an engine part like AccountOps: each builds a request
// for the active session (`_clerk_session_id`), checks the membership's permission first where Clerk requires
// one, and reads the answer. Answers that carry the client reach the model through AuthCore::send() before the
// reply reports, so Auth::organizations()/memberships() are current when a reply finishes.
#pragma once

#include "fapiclient_p.h"

#include <ClerkQt/organizations.h>

#include <functional>
#include <optional>

namespace Clerk {

class AuthCore;
class PendingReply;

class OrgOps
{
public:
    explicit OrgOps(AuthCore &core) : d(core) {}

    Reply *createOrganization(const QString &name, const QString &slug);
    Reply *loadMemberships(int offset, int limit);
    Reply *leaveOrganization(const QString &organizationId);
    Reply *updateOrganization(const QString &organizationId, const QString &name, const QString &slug);
    Reply *setOrganizationLogo(const QString &organizationId, const FapiFilePart &file);
    Reply *removeOrganizationLogo(const QString &organizationId);
    Reply *deleteOrganization(const QString &organizationId);

    /// GET /organizations/{id}/memberships (`org:sys_memberships:read`): a MembershipPage.
    Reply *loadMembers(const QString &organizationId, int offset, int limit, const QString &query);
    /// PATCH /organizations/{id}/memberships/{user_id} `role` (`org:sys_memberships:manage`): the Membership.
    Reply *updateMemberRole(const QString &organizationId, const QString &userId, const QString &role);
    /// DELETE /organizations/{id}/memberships/{user_id} (`org:sys_memberships:manage`): no value.
    Reply *removeMember(const QString &organizationId, const QString &userId);
    /// GET /organizations/{id}/roles (`org:sys_memberships:read`): a RolePage.
    Reply *loadRoles(const QString &organizationId, int offset, int limit);

    /// Result: OrganizationInvitation.
    Reply *inviteMember(const QString &organizationId, const QString &emailAddress, const QString &role);
    /// Result: QList<OrganizationInvitation>.
    Reply *inviteMembers(const QString &organizationId, const QStringList &emailAddresses, const QString &role);
    /// Result: InvitationPage.
    Reply *loadInvitations(const QString &organizationId, const QString &status, int offset, int limit);
    /// Result: OrganizationInvitation.
    Reply *revokeInvitation(const QString &organizationId, const QString &invitationId);
    /// Result: InvitationPage (the signed-in user's invitations).
    Reply *loadMyInvitations(const QString &status, int offset, int limit);
    /// Result: OrganizationInvitation; the answer's client carries the new membership.
    Reply *acceptInvitation(const QString &invitationId);
    /// Finishes a load with Clerk's page of invitations as an InvitationPage.
    static void finishInvitationPage(const FapiResult &result, PendingReply *reply);

    // orgdomains.cpp. Results: DomainPage, OrganizationDomain, none (delete), MembershipRequestPage,
    // MembershipRequest, SuggestionPage, OrganizationSuggestion.
    Reply *loadDomains(const QString &organizationId, int offset, int limit);
    Reply *addDomain(const QString &organizationId, const QString &name);
    Reply *deleteDomain(const QString &organizationId, const QString &domainId);
    Reply *setDomainEnrollmentMode(const QString &organizationId, const QString &domainId, const QString &mode,
                                   bool deletePending);
    Reply *prepareDomainAffiliation(const QString &organizationId, const QString &domainId, const QString &email);
    Reply *attemptDomainAffiliation(const QString &organizationId, const QString &domainId, const QString &code);
    Reply *loadMembershipRequests(const QString &organizationId, const QString &status, int offset, int limit);
    /// `action` is "accept" or "reject".
    Reply *decideMembershipRequest(const QString &organizationId, const QString &requestId, const QString &action);
    Reply *loadMySuggestions(const QStringList &status, int offset, int limit);
    Reply *acceptSuggestion(const QString &suggestionId);

    /// A reply that has failed with `error` (what the caller found wrong before any request).
    Reply *failed(const Error &error);

private:
    using Finish = std::function<void(const FapiResult &, PendingReply *)>;

    /// Sends `method path` (below the API's /v1, e.g. "/organizations/org_1/memberships") for the active session
    /// and finishes with `finish`; fails at once with clerkqt_signed_out when nobody is signed in, and with
    /// clerkqt_missing_permission when `permission` is set and the user's membership in `organizationId` lacks
    /// it. `query` goes into the URL (paging: `limit`, `offset`, `query`; Clerk's `paginated=true` is added to
    /// every GET so lists come as `{data, total_count}`).
    Reply *send(const QByteArray &method, const QString &path, const FormFields &form, Finish finish,
                const QString &organizationId = {}, const QString &permission = {}, const FormFields &query = {},
                std::optional<FapiFilePart> file = std::nullopt);

    /// The error an operation on `organizationId` that needs `permission` gets before asking: none when the
    /// signed-in user's membership there has it, else Kind::Auth `clerkqt_missing_permission` (no membership at
    /// all included).
    std::optional<Error> missingPermission(const QString &organizationId, const QString &permission) const;

    /// `limit` and `offset` as query items; `limit` out of 1–500 is clamped, a negative offset is 0.
    static FormFields pageQuery(int offset, int limit);
    /// Finishes `reply` with the MembershipPage of a paged list of memberships (`result`).
    static void finishMembershipPage(const FapiResult &result, PendingReply *reply);
    /// Clerk's paginated answer `{data: [...], total_count: n}` (or a bare array: all there is).
    static QJsonArray pageData(const QJsonValue &response, int *totalCount);

    AuthCore &d;
};

} // namespace Clerk
