// The model side of verified domains: who a domain enrolls, and the seed's domains, their users and pending
// membership requests (keys `organization_domain_users`, `organization_domains`, `organization_membership_requests`).
#include "model_p.h"

#include <algorithm>

namespace ClerkEmulator {


namespace {

bool hasVerifiedAddressAt(const User &user, const QString &domain, QString *address)
{
    const QString suffix = QLatin1Char('@') + domain;
    for (const EmailAddress &e : user.emails) {
        if (e.verified() && e.email.endsWith(suffix, Qt::CaseInsensitive)) {
            *address = e.email;
            return true;
        }
    }
    return false;
}

} // namespace

void Model::enrollAtDomain(const OrgDomain &domain, qint64 now)
{
    const bool suggest = domain.enrollmentMode == QLatin1String("automatic_suggestion");
    const bool invite = domain.enrollmentMode == QLatin1String("automatic_invitation");
    if (!domain.verified() || (!suggest && !invite))
        return;
    for (const QString &userId : std::as_const(userOrder)) {
        QString address;
        if (!hasVerifiedAddressAt(users[userId], domain.name, &address))
            continue;
        const bool member = std::any_of(memberships.cbegin(), memberships.cend(), [&](const Membership &m) {
            return m.organizationId == domain.organizationId && m.userId == userId;
        });
        if (member)
            continue;
        if (suggest) {
            // One suggestion per user and organization, whichever of its domains made it.
            const bool has = std::any_of(orgSuggestions.cbegin(), orgSuggestions.cend(), [&](const OrgSuggestion &s) {
                return s.organizationId == domain.organizationId && s.userId == userId;
            });
            if (!has)
                orgSuggestions.append({newId(QStringLiteral("orgsug")), domain.organizationId, userId, domain.id,
                                       QStringLiteral("pending"), now, now});
        } else {
            const bool has = std::any_of(orgInvitations.cbegin(), orgInvitations.cend(), [&](const OrgInvitation &i) {
                return i.organizationId == domain.organizationId && i.status == QLatin1String("pending")
                    && i.emailAddress.compare(address, Qt::CaseInsensitive) == 0;
            });
            if (!has) {
                OrgInvitation invitation;
                invitation.id = newId(QStringLiteral("orginv"));
                invitation.organizationId = domain.organizationId;
                invitation.emailAddress = address;
                invitation.role = QStringLiteral("org:member"); // Clerk: the instance's domain default role
                invitation.createdAt = invitation.updatedAt = now;
                orgInvitations.insert(invitation.id, invitation);
            }
        }
    }
}

bool Model::loadOrgDomains(const QJsonObject &seed, qint64 now, QString *error)
{
    // Every entry names its organization; where the seed has no such organization (a profile that replaces
    // `organizations`, as enterprise-sso does with []), the entry is left out with it.
    for (const QJsonValue &u : seed.value(QStringLiteral("organization_domain_users")).toArray()) {
        if (!organizations.contains(u.toObject().value(QStringLiteral("organization_id")).toString()))
            continue;
        if (!addUser(u.toObject(), now, error))
            return false;
    }
    for (const QJsonValue &value : seed.value(QStringLiteral("organization_domains")).toArray()) {
        const QJsonObject d = value.toObject();
        OrgDomain domain;
        domain.id = d.value(QStringLiteral("id")).toString(newId(QStringLiteral("orgdmn")));
        domain.organizationId = d.value(QStringLiteral("organization_id")).toString();
        domain.name = d.value(QStringLiteral("name")).toString().toLower();
        domain.enrollmentMode = d.value(QStringLiteral("enrollment_mode")).toString(domain.enrollmentMode);
        domain.affiliationEmail = d.value(QStringLiteral("affiliation_email_address")).toString();
        domain.createdAt = domain.updatedAt = now;
        if (!organizations.contains(domain.organizationId))
            continue;
        if (domain.name.isEmpty()) {
            *error = QStringLiteral("organization domain %1: no name").arg(domain.id);
            return false;
        }
        if (d.value(QStringLiteral("verified")).toBool()) {
            domain.verifiedAt = now;
            Verification v;
            v.status = QStringLiteral("verified");
            v.strategy = QStringLiteral("email_code");
            domain.affiliation = v;
        }
        orgDomains.append(domain);
        enrollAtDomain(domain, now);
    }
    for (const QJsonValue &value : seed.value(QStringLiteral("organization_membership_requests")).toArray()) {
        const QJsonObject r = value.toObject();
        OrgMembershipRequest request{r.value(QStringLiteral("id")).toString(newId(QStringLiteral("orgreq"))),
                                     r.value(QStringLiteral("organization_id")).toString(),
                                     r.value(QStringLiteral("user_id")).toString(), QStringLiteral("pending"), now,
                                     now};
        if (!organizations.contains(request.organizationId) || !users.contains(request.userId))
            continue;
        // A request comes from accepting the organization's suggestion; the seed's say so too.
        for (OrgSuggestion &s : orgSuggestions) {
            if (s.organizationId == request.organizationId && s.userId == request.userId)
                s.status = QStringLiteral("accepted");
        }
        orgMembershipRequests.append(request);
    }
    return true;
}

} // namespace ClerkEmulator
