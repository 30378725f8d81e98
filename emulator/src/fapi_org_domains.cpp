// An organization's verified domains (/v1/organizations/{id}/domains…), its membership requests
// (/v1/organizations/{id}/membership_requests…) and the user's suggestions (/v1/me/organization_suggestions…).
//
// Clerk's rules as documented (clerk.com/docs "Verified domains", its error catalogue): a domain is verified by an
// email code sent to an address at it, or at once when its creator has a verified address there; an organization
// has one domain of a name, and a verified name belongs to one organization (organization_domain_already_exists);
// common email providers are refused (organization_domain_common); ten domains per organization
// (organization_domain_quota_exceeded); only a verified domain takes an enrollment mode other than
// manual_invitation. Accepting a suggestion files a membership request; an admin accepting it makes an org:member.
#include "fapi_common_p.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace ClerkEmulator {

namespace {

constexpr int kMaxDomainsPerOrganization = 10;
const char *const kDomainsRead = "org:sys_domains:read";
const char *const kDomainsManage = "org:sys_domains:manage";
const char *const kMembershipsManage = "org:sys_memberships:manage";

bool isDomainName(const QString &name)
{
    // Labels of letters, digits and inner hyphens, at least two of them, the last alphabetic.
    static const QRegularExpression re(
        QStringLiteral("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
    return re.match(name).hasMatch();
}

bool isCommonProvider(const QString &name)
{
    static const QStringList common = {
        QStringLiteral("gmail.com"),   QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("outlook.com"), QStringLiteral("hotmail.com"),    QStringLiteral("live.com"),
        QStringLiteral("icloud.com"),  QStringLiteral("me.com"),         QStringLiteral("aol.com"),
        QStringLiteral("proton.me"),   QStringLiteral("protonmail.com"), QStringLiteral("gmx.com")};
    return common.contains(name);
}

FapiResponse valueInvalid(const QString &param, const QString &longMessage)
{
    return Fapi::error(422, str("form_param_value_invalid"), QStringLiteral("%1 is invalid").arg(param), longMessage,
                       {{str("param_name"), param}});
}

FapiResponse domainExists(const QString &longMessage)
{
    return Fapi::error(422, str("organization_domain_already_exists"), str("organizaton domain already exists"),
                       longMessage, {{str("param_name"), str("name")}});
}

} // namespace

// ---- JSON -------------------------------------------------------------------------------------------------------

QJsonObject Fapi::publicOrganizationJson(const QString &organizationId) const
{
    const QJsonObject org = m_model.organizationJson(m_model.organizations.value(organizationId));
    QJsonObject out;
    for (const char *key : {"id", "name", "slug", "image_url", "has_image"})
        out.insert(QLatin1String(key), org.value(QLatin1String(key)));
    // PublicOrganizationData's slug is a string; an organization without one has "".
    if (out.value(str("slug")).isNull())
        out.insert(str("slug"), QString());
    return out;
}

QJsonObject Fapi::orgDomainJson(const OrgDomain &d) const
{
    QJsonValue verification(QJsonValue::Null);
    if (d.affiliation) {
        verification = QJsonObject{
            {str("status"), d.affiliation->status},
            {str("strategy"), d.affiliation->strategy},
            {str("attempts"), d.affiliation->attempts},
            {str("expire_at"), d.verified() ? QJsonValue(QJsonValue::Null) : nullableTime(d.affiliation->expireAt)},
            {str("verified_at"), nullableTime(d.verifiedAt)},
        };
    }
    int invitations = 0;
    const QString suffix = QLatin1Char('@') + d.name;
    for (const OrgInvitation &i : m_model.orgInvitations) {
        invitations += i.organizationId == d.organizationId && i.status == QLatin1String("pending")
            && i.emailAddress.endsWith(suffix, Qt::CaseInsensitive);
    }
    const int suggestions = int(std::count_if(
        m_model.orgSuggestions.cbegin(), m_model.orgSuggestions.cend(),
        [&](const OrgSuggestion &s) { return s.domainId == d.id && s.status == QLatin1String("pending"); }));
    return {
        {str("object"), str("organization_domain")},
        {str("id"), d.id},
        {str("organization_id"), d.organizationId},
        {str("name"), d.name},
        {str("enrollment_mode"), d.enrollmentMode},
        {str("affiliation_email_address"),
         d.affiliationEmail.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.affiliationEmail)},
        {str("affiliation_verification"), verification},
        {str("ownership_verification"), QJsonValue::Null}, // DNS ownership: not served by the emulator
        {str("verification"), verification},             // the deprecated alias Clerk still sends
        {str("total_pending_invitations"), invitations},
        {str("total_pending_suggestions"), suggestions},
        {str("public_organization_data"), publicOrganizationJson(d.organizationId)},
        {str("created_at"), d.createdAt},
        {str("updated_at"), d.updatedAt},
    };
}

QJsonObject Fapi::orgSuggestionJson(const OrgSuggestion &s) const
{
    return {{str("object"), str("organization_suggestion")},
            {str("id"), s.id},
            {str("public_organization_data"), publicOrganizationJson(s.organizationId)},
            {str("status"), s.status},
            {str("created_at"), s.createdAt},
            {str("updated_at"), s.updatedAt}};
}

QJsonObject Fapi::orgMembershipRequestJson(const OrgMembershipRequest &r) const
{
    QJsonObject publicUser = m_model.publicUserDataJson(m_model.users.value(r.userId));
    publicUser.insert(str("user_id"), r.userId);
    return {{str("object"), str("organization_membership_request")},
            {str("id"), r.id},
            {str("organization_id"), r.organizationId},
            {str("status"), r.status},
            {str("public_user_data"), publicUser},
            {str("created_at"), r.createdAt},
            {str("updated_at"), r.updatedAt}};
}

// ---- Domains ----------------------------------------------------------------------------------------------------

std::optional<FapiResponse> Fapi::orgDomainAccess(Context &ctx, const char *permission, OrgDomain *&domain)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, permission, session, membership))
        return refused;
    domain = nullptr;
    for (OrgDomain &d : m_model.orgDomains) {
        if (d.id == ctx.params.value(str("domain_id")) && d.organizationId == membership->organizationId)
            domain = &d;
    }
    if (!domain)
        return notFound(str("domain_id"));
    return std::nullopt;
}

FapiResponse Fapi::listOrgDomains(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, kDomainsRead, session, membership))
        return *refused;
    const QString verified = ctx.request.query.queryItemValue(str("verified"));
    const QString mode = ctx.request.query.queryItemValue(str("enrollment_mode"));
    QJsonArray all;
    for (const OrgDomain &d : std::as_const(m_model.orgDomains)) {
        if (d.organizationId != membership->organizationId)
            continue;
        if (!verified.isEmpty() && d.verified() != (verified == QLatin1String("true")))
            continue;
        if (!mode.isEmpty() && d.enrollmentMode != mode)
            continue;
        all.append(orgDomainJson(d));
    }
    return envelope(ctx, page(ctx, all));
}

FapiResponse Fapi::createOrgDomain(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, kDomainsManage, session, membership))
        return *refused;
    const QString name = ctx.field("name").trimmed().toLower();
    if (name.isEmpty())
        return paramMissing(str("name"));
    if (!isDomainName(name))
        return formatInvalid(str("name"));
    if (isCommonProvider(name))
        return error(422, str("organization_domain_common"), str("common email domain"),
                     str("This is a common email provider domain. Please use a different one."),
                     {{str("param_name"), str("name")}});
    const QString mode = ctx.has("enrollment_mode") ? ctx.field("enrollment_mode") : str("manual_invitation");
    static const QStringList modes = {str("manual_invitation"), str("automatic_invitation"),
                                      str("automatic_suggestion")};
    if (!modes.contains(mode))
        return valueInvalid(str("enrollment_mode"), str("enrollment_mode must be one of manual_invitation, "
                                                        "automatic_invitation or automatic_suggestion."));
    const QString orgId = membership->organizationId;
    int count = 0;
    for (const OrgDomain &d : std::as_const(m_model.orgDomains)) {
        if (d.name != name)
            count += d.organizationId == orgId;
        else if (d.organizationId == orgId)
            return domainExists(str("This organization already has this domain."));
        else if (d.verified())
            return domainExists(str("This domain is already used by another organization."));
    }
    if (count >= kMaxDomainsPerOrganization)
        return error(403, str("organization_domain_quota_exceeded"), str("organization domains quota exceeded"),
                     QStringLiteral("You have reached your limit of %1 domains per organization.")
                         .arg(kMaxDomainsPerOrganization));
    OrgDomain domain;
    domain.id = newId(str("orgdmn"));
    domain.organizationId = orgId;
    domain.name = name;
    domain.createdAt = domain.updatedAt = ctx.now;
    // Clerk: a creator with a verified address at the domain has shown the affiliation already.
    const User &creator = m_model.users[session->userId];
    for (const EmailAddress &e : creator.emails) {
        if (e.verified() && e.email.endsWith(QLatin1Char('@') + name, Qt::CaseInsensitive)) {
            domain.affiliationEmail = e.email;
            domain.verifiedAt = ctx.now;
            Verification v;
            v.status = str("verified");
            v.strategy = str("email_code");
            domain.affiliation = v;
            break;
        }
    }
    if (mode != QLatin1String("manual_invitation") && !domain.verified())
        return valueInvalid(str("enrollment_mode"),
                            str("Only a verified domain can have an enrollment mode other than manual_invitation."));
    domain.enrollmentMode = mode;
    m_model.orgDomains.append(domain);
    m_model.enrollAtDomain(domain, ctx.now);
    return envelope(ctx, orgDomainJson(domain));
}

FapiResponse Fapi::getOrgDomain(Context &ctx)
{
    OrgDomain *domain = nullptr;
    if (auto refused = orgDomainAccess(ctx, kDomainsRead, domain))
        return *refused;
    return envelope(ctx, orgDomainJson(*domain));
}

FapiResponse Fapi::deleteOrgDomain(Context &ctx)
{
    OrgDomain *domain = nullptr;
    if (auto refused = orgDomainAccess(ctx, kDomainsManage, domain))
        return *refused;
    const QString id = domain->id;
    // What the domain suggested and nobody took up goes with it; requests already filed stay for the admin.
    m_model.orgSuggestions.erase(std::remove_if(m_model.orgSuggestions.begin(), m_model.orgSuggestions.end(),
                                                [&](const OrgSuggestion &s) {
                                                    return s.domainId == id && s.status == QLatin1String("pending");
                                                }),
                                 m_model.orgSuggestions.end());
    m_model.orgDomains.erase(std::remove_if(m_model.orgDomains.begin(), m_model.orgDomains.end(),
                                            [&](const OrgDomain &d) { return d.id == id; }),
                             m_model.orgDomains.end());
    return envelope(ctx, QJsonObject{{str("object"), str("organization_domain")}, {str("id"), id},
                                     {str("deleted"), true}});
}

FapiResponse Fapi::updateOrgDomainEnrollment(Context &ctx)
{
    OrgDomain *domain = nullptr;
    if (auto refused = orgDomainAccess(ctx, kDomainsManage, domain))
        return *refused;
    const QString mode = ctx.field("enrollment_mode");
    if (mode.isEmpty())
        return paramMissing(str("enrollment_mode"));
    static const QStringList modes = {str("manual_invitation"), str("automatic_invitation"),
                                      str("automatic_suggestion")};
    if (!modes.contains(mode))
        return valueInvalid(str("enrollment_mode"), str("enrollment_mode must be one of manual_invitation, "
                                                        "automatic_invitation or automatic_suggestion."));
    const QString deletePending = ctx.field("delete_pending");
    if (!deletePending.isEmpty() && deletePending != QLatin1String("true") && deletePending != QLatin1String("false"))
        return formatInvalid(str("delete_pending"));
    if (mode != QLatin1String("manual_invitation") && !domain->verified())
        return valueInvalid(str("enrollment_mode"),
                            str("Only a verified domain can have an enrollment mode other than manual_invitation."));
    if (deletePending == QLatin1String("true")) {
        // The domain's pending invitations are revoked and its pending suggestions withdrawn.
        const QString suffix = QLatin1Char('@') + domain->name;
        for (OrgInvitation &i : m_model.orgInvitations) {
            if (i.organizationId == domain->organizationId && i.status == QLatin1String("pending")
                && i.emailAddress.endsWith(suffix, Qt::CaseInsensitive)) {
                i.status = str("revoked");
                i.updatedAt = ctx.now;
            }
        }
        const QString id = domain->id;
        m_model.orgSuggestions.erase(std::remove_if(m_model.orgSuggestions.begin(), m_model.orgSuggestions.end(),
                                                    [&](const OrgSuggestion &s) {
                                                        return s.domainId == id
                                                            && s.status == QLatin1String("pending");
                                                    }),
                                     m_model.orgSuggestions.end());
    }
    domain->enrollmentMode = mode;
    domain->updatedAt = ctx.now;
    m_model.enrollAtDomain(*domain, ctx.now);
    return envelope(ctx, orgDomainJson(*domain));
}

FapiResponse Fapi::prepareOrgDomainAffiliation(Context &ctx)
{
    OrgDomain *domain = nullptr;
    if (auto refused = orgDomainAccess(ctx, kDomainsManage, domain))
        return *refused;
    const QString email = ctx.field("affiliation_email_address").trimmed().toLower();
    if (email.isEmpty())
        return paramMissing(str("affiliation_email_address"));
    if (!isEmail(email) || !email.endsWith(QLatin1Char('@') + domain->name))
        return formatInvalid(str("affiliation_email_address"));
    if (domain->verified())
        return valueInvalid(str("affiliation_email_address"), str("This domain is verified already."));
    domain->affiliationEmail = email;
    domain->affiliation = otp(str("email_code"), ctx.now); // the code goes to `email` (test code 424242)
    domain->updatedAt = ctx.now;
    return envelope(ctx, orgDomainJson(*domain));
}

FapiResponse Fapi::attemptOrgDomainAffiliation(Context &ctx)
{
    OrgDomain *domain = nullptr;
    if (auto refused = orgDomainAccess(ctx, kDomainsManage, domain))
        return *refused;
    if (domain->verified())
        return valueInvalid(str("code"), str("This domain is verified already."));
    if (!domain->affiliation)
        return verificationMissing(str("Prepare the affiliation verification (an email code) first."));
    if (auto failure = checkCode(*domain->affiliation, ctx.field("code").trimmed(), false, {}))
        return *failure;
    for (const OrgDomain &d : std::as_const(m_model.orgDomains)) {
        if (d.id != domain->id && d.name == domain->name && d.verified()) {
            domain->affiliation->status = str("unverified");
            return domainExists(str("This domain is already used by another organization."));
        }
    }
    domain->verifiedAt = ctx.now;
    domain->updatedAt = ctx.now;
    m_model.enrollAtDomain(*domain, ctx.now);
    return envelope(ctx, orgDomainJson(*domain));
}

// ---- Membership requests ----------------------------------------------------------------------------------------

FapiResponse Fapi::listOrgMembershipRequests(Context &ctx)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, kMembershipsManage, session, membership))
        return *refused;
    const QString status = ctx.request.query.queryItemValue(str("status"));
    QJsonArray all;
    for (const OrgMembershipRequest &r : std::as_const(m_model.orgMembershipRequests)) {
        if (r.organizationId == membership->organizationId && (status.isEmpty() || r.status == status))
            all.append(orgMembershipRequestJson(r));
    }
    return envelope(ctx, page(ctx, all));
}

FapiResponse Fapi::decideOrgMembershipRequest(Context &ctx, bool accept)
{
    Session *session = nullptr;
    Membership *membership = nullptr;
    if (auto refused = orgAccess(ctx, kMembershipsManage, session, membership))
        return *refused;
    const QString orgId = membership->organizationId; // `membership` may move when one is appended
    OrgMembershipRequest *request = nullptr;
    for (OrgMembershipRequest &r : m_model.orgMembershipRequests) {
        if (r.id == ctx.params.value(str("request_id")) && r.organizationId == orgId)
            request = &r;
    }
    if (!request)
        return notFound(str("request_id"));
    if (request->status != QLatin1String("pending"))
        return error(422, str("form_param_value_invalid"), str("request is not pending"),
                     QStringLiteral("This membership request was %1 already.").arg(request->status),
                     {{str("param_name"), str("request_id")}});
    if (accept) {
        const bool member = std::any_of(m_model.memberships.cbegin(), m_model.memberships.cend(),
                                        [&](const Membership &m) {
                                            return m.organizationId == orgId && m.userId == request->userId;
                                        });
        if (member)
            return error(400, str("already_a_member_in_organization"), str("already a member"),
                         QStringLiteral("%1 is already a member of the organization.")
                             .arg(m_model.users.value(request->userId).primaryEmail()));
        // The instance's domain default role, org:member in the emulator.
        const QString role = str("org:member");
        m_model.memberships.append(
            Membership{newId(str("orgmem")), orgId, request->userId, role, m_model.rolePermissions(role), ctx.now, ctx.now});
    }
    request->status = accept ? str("accepted") : str("rejected");
    request->updatedAt = ctx.now;
    return envelope(ctx, orgMembershipRequestJson(*request));
}

FapiResponse Fapi::acceptOrgMembershipRequest(Context &ctx) { return decideOrgMembershipRequest(ctx, true); }

FapiResponse Fapi::rejectOrgMembershipRequest(Context &ctx) { return decideOrgMembershipRequest(ctx, false); }

// ---- The user's suggestions ---------------------------------------------------------------------------------------

FapiResponse Fapi::listMySuggestions(Context &ctx)
{
    Session *session = sessionForMe(ctx);
    if (!session)
        return signedOut();
    // Addresses verified since a domain's mode was set are enrolled now, as Clerk does when they are verified.
    for (const OrgDomain &d : std::as_const(m_model.orgDomains))
        m_model.enrollAtDomain(d, ctx.now);
    // `status` repeats (clerk-js sends status=pending&status=accepted) or lists with commas.
    QStringList statuses;
    for (const QString &value : ctx.request.query.allQueryItemValues(str("status")))
        statuses += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QJsonArray all;
    for (const OrgSuggestion &s : std::as_const(m_model.orgSuggestions)) {
        if (s.userId != session->userId || (!statuses.isEmpty() && !statuses.contains(s.status)))
            continue;
        // Once the user is in the organization the suggestion has served its purpose.
        const bool member = std::any_of(m_model.memberships.cbegin(), m_model.memberships.cend(),
                                        [&](const Membership &m) {
                                            return m.organizationId == s.organizationId && m.userId == s.userId;
                                        });
        if (!member)
            all.append(orgSuggestionJson(s));
    }
    return envelope(ctx, page(ctx, all));
}

FapiResponse Fapi::acceptMySuggestion(Context &ctx)
{
    Session *session = sessionForMe(ctx);
    if (!session)
        return signedOut();
    OrgSuggestion *suggestion = nullptr;
    for (OrgSuggestion &s : m_model.orgSuggestions) {
        if (s.id == ctx.params.value(str("suggestion_id")) && s.userId == session->userId)
            suggestion = &s;
    }
    if (!suggestion)
        return notFound(str("suggestion_id"));
    // Accepting again files no second request: the first one is still with the admins.
    if (suggestion->status == QLatin1String("pending")) {
        suggestion->status = str("accepted");
        suggestion->updatedAt = ctx.now;
        m_model.orgMembershipRequests.append({newId(str("orgreq")), suggestion->organizationId, session->userId,
                                              str("pending"), ctx.now, ctx.now});
    }
    return envelope(ctx, orgSuggestionJson(*suggestion));
}

} // namespace ClerkEmulator
