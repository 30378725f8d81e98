// Verified domains, membership requests and suggestions: OrgOps builds the requests (checking the membership's
// permission first, as Clerk would refuse without it) and reads Clerk's answers; OrganizationManager's methods run
// them through Auth::Private like every other operation.
#include "organizationmanager_p.h"

#include "authcore_p.h"
#include "orgops_p.h"
#include "reply_p.h"
#include "resources_p.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Clerk {

namespace {

const QString kDomainsRead = QStringLiteral("org:sys_domains:read");
const QString kDomainsManage = QStringLiteral("org:sys_domains:manage");
const QString kMembershipsManage = QStringLiteral("org:sys_memberships:manage");

QString text(const QJsonObject &json, const char *key) { return json.value(QLatin1String(key)).toString(); }

OrganizationDomain parseDomain(const QJsonObject &json)
{
    OrganizationDomain d;
    d.id = text(json, "id");
    d.name = text(json, "name");
    d.organizationId = text(json, "organization_id");
    d.enrollmentMode = text(json, "enrollment_mode");
    d.affiliationEmailAddress = text(json, "affiliation_email_address");
    // `verification` is the deprecated alias Clerk still sends; older answers have only it.
    QJsonObject v = json.value(QLatin1String("affiliation_verification")).toObject();
    if (v.isEmpty())
        v = json.value(QLatin1String("verification")).toObject();
    d.verificationStatus = text(v, "status");
    d.verificationStrategy = text(v, "strategy");
    d.totalPendingInvitations = json.value(QLatin1String("total_pending_invitations")).toInt();
    d.totalPendingSuggestions = json.value(QLatin1String("total_pending_suggestions")).toInt();
    d.createdAt = parseTimestamp(json.value(QLatin1String("created_at")));
    d.raw = json;
    return d;
}

MembershipRequest parseRequest(const QJsonObject &json)
{
    MembershipRequest r;
    r.id = text(json, "id");
    r.organizationId = text(json, "organization_id");
    r.status = text(json, "status");
    const QJsonObject user = json.value(QLatin1String("public_user_data")).toObject();
    r.userId = text(user, "user_id");
    r.identifier = text(user, "identifier");
    r.firstName = text(user, "first_name");
    r.lastName = text(user, "last_name");
    r.imageUrl = text(user, "image_url");
    r.createdAt = parseTimestamp(json.value(QLatin1String("created_at")));
    r.raw = json;
    return r;
}

OrganizationSuggestion parseSuggestion(const QJsonObject &json)
{
    OrganizationSuggestion s;
    s.id = text(json, "id");
    s.status = text(json, "status");
    s.organization = parseOrganization(json.value(QLatin1String("public_organization_data")).toObject());
    s.createdAt = parseTimestamp(json.value(QLatin1String("created_at")));
    s.raw = json;
    return s;
}

/// Clerk's page read by OrgOps::pageData() (`data`, `totalCount`) as a page of `Page`'s items.
template <typename Page, typename Parse>
QVariant toPage(const QJsonArray &data, int totalCount, Parse parse)
{
    Page page;
    page.totalCount = totalCount;
    for (const QJsonValue &item : data)
        page.items.append(parse(item.toObject()));
    return QVariant::fromValue(page);
}

/// An id that can stand as one path segment; anything else would address another resource.
bool isPathId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar ch : id) {
        if (!ch.isLetterOrNumber() && ch != QLatin1Char('_') && ch != QLatin1Char('-'))
            return false;
    }
    return true;
}

Error invalidId(const QString &what)
{
    return AuthCore::invalidState(QStringLiteral("clerkqt_invalid_id"),
                                  QStringLiteral("The %1 is not a Clerk id.").arg(what));
}

} // namespace

// ---- OrgOps -----------------------------------------------------------------------------------------------------

namespace {

/// The path below /v1 of the organization's `resource` ("domains", "membership_requests/…").
QString orgPath(const QString &organizationId, const QString &resource)
{
    return QStringLiteral("/organizations/%1/%2").arg(organizationId, resource);
}

} // namespace

Reply *OrgOps::loadDomains(const QString &organizationId, int offset, int limit)
{
    if (!isPathId(organizationId))
        return failed(invalidId(QStringLiteral("organization id")));
    return send("GET", orgPath(organizationId, QStringLiteral("domains")), {},
                [](const FapiResult &r, PendingReply *rep) {
                    if (rep)
                        {
                        int total = 0;
                        const QJsonArray data = pageData(r.envelope.response, &total);
                        rep->succeed(toPage<DomainPage>(data, total, parseDomain));
                    }
                },
                organizationId, kDomainsRead, pageQuery(offset, limit));
}

namespace {

void succeedWithDomain(const FapiResult &r, PendingReply *rep)
{
    if (rep)
        rep->succeed(QVariant::fromValue(parseDomain(r.envelope.response.toObject())));
}

} // namespace

Reply *OrgOps::addDomain(const QString &organizationId, const QString &name)
{
    if (!isPathId(organizationId))
        return failed(invalidId(QStringLiteral("organization id")));
    return send("POST", orgPath(organizationId, QStringLiteral("domains")),
                {{QStringLiteral("name"), name.trimmed()}}, succeedWithDomain, organizationId, kDomainsManage);
}

Reply *OrgOps::deleteDomain(const QString &organizationId, const QString &domainId)
{
    if (!isPathId(organizationId) || !isPathId(domainId))
        return failed(invalidId(QStringLiteral("organization or domain id")));
    return send("DELETE", orgPath(organizationId, QStringLiteral("domains/") + domainId), {},
                [](const FapiResult &, PendingReply *rep) {
                    if (rep)
                        rep->succeed();
                },
                organizationId, kDomainsManage);
}

Reply *OrgOps::setDomainEnrollmentMode(const QString &organizationId, const QString &domainId, const QString &mode,
                                       bool deletePending)
{
    if (!isPathId(organizationId) || !isPathId(domainId))
        return failed(invalidId(QStringLiteral("organization or domain id")));
    static const QStringList modes = {QStringLiteral("manual_invitation"), QStringLiteral("automatic_invitation"),
                                      QStringLiteral("automatic_suggestion")};
    if (!modes.contains(mode))
        return failed(AuthCore::invalidState(
            QStringLiteral("clerkqt_invalid_enrollment_mode"),
            QStringLiteral("The enrollment mode must be manual_invitation, automatic_invitation or "
                           "automatic_suggestion.")));
    FormFields form{{QStringLiteral("enrollment_mode"), mode}};
    if (deletePending)
        form.append({QStringLiteral("delete_pending"), QStringLiteral("true")});
    return send("POST", orgPath(organizationId, QStringLiteral("domains/%1/update_enrollment_mode").arg(domainId)),
                form, succeedWithDomain, organizationId, kDomainsManage);
}

Reply *OrgOps::prepareDomainAffiliation(const QString &organizationId, const QString &domainId, const QString &email)
{
    if (!isPathId(organizationId) || !isPathId(domainId))
        return failed(invalidId(QStringLiteral("organization or domain id")));
    return send("POST",
                orgPath(organizationId, QStringLiteral("domains/%1/prepare_affiliation_verification").arg(domainId)),
                {{QStringLiteral("affiliation_email_address"), email.trimmed()}}, succeedWithDomain, organizationId,
                kDomainsManage);
}

Reply *OrgOps::attemptDomainAffiliation(const QString &organizationId, const QString &domainId, const QString &code)
{
    if (!isPathId(organizationId) || !isPathId(domainId))
        return failed(invalidId(QStringLiteral("organization or domain id")));
    return send("POST",
                orgPath(organizationId, QStringLiteral("domains/%1/attempt_affiliation_verification").arg(domainId)),
                {{QStringLiteral("code"), code.trimmed()}}, succeedWithDomain, organizationId, kDomainsManage);
}

Reply *OrgOps::loadMembershipRequests(const QString &organizationId, const QString &status, int offset, int limit)
{
    if (!isPathId(organizationId))
        return failed(invalidId(QStringLiteral("organization id")));
    FormFields query = pageQuery(offset, limit);
    if (!status.isEmpty())
        query.append({QStringLiteral("status"), status});
    return send("GET", orgPath(organizationId, QStringLiteral("membership_requests")), {},
                [](const FapiResult &r, PendingReply *rep) {
                    if (rep)
                        {
                        int total = 0;
                        const QJsonArray data = pageData(r.envelope.response, &total);
                        rep->succeed(toPage<MembershipRequestPage>(data, total, parseRequest));
                    }
                },
                organizationId, kMembershipsManage, query);
}

Reply *OrgOps::decideMembershipRequest(const QString &organizationId, const QString &requestId, const QString &action)
{
    if (!isPathId(organizationId) || !isPathId(requestId))
        return failed(invalidId(QStringLiteral("organization or request id")));
    return send("POST", orgPath(organizationId, QStringLiteral("membership_requests/%1/%2").arg(requestId, action)),
                {},
                [](const FapiResult &r, PendingReply *rep) {
                    if (rep)
                        rep->succeed(QVariant::fromValue(parseRequest(r.envelope.response.toObject())));
                },
                organizationId, kMembershipsManage);
}

Reply *OrgOps::loadMySuggestions(const QStringList &status, int offset, int limit)
{
    FormFields query = pageQuery(offset, limit);
    for (const QString &s : status)
        query.append({QStringLiteral("status"), s});
    return send("GET", QStringLiteral("/me/organization_suggestions"), {},
                [](const FapiResult &r, PendingReply *rep) {
                    if (rep)
                        {
                        int total = 0;
                        const QJsonArray data = pageData(r.envelope.response, &total);
                        rep->succeed(toPage<SuggestionPage>(data, total, parseSuggestion));
                    }
                },
                {}, {}, query);
}

Reply *OrgOps::acceptSuggestion(const QString &suggestionId)
{
    if (!isPathId(suggestionId))
        return failed(invalidId(QStringLiteral("suggestion id")));
    return send("POST", QStringLiteral("/me/organization_suggestions/%1/accept").arg(suggestionId), {},
                [](const FapiResult &r, PendingReply *rep) {
                    if (rep)
                        rep->succeed(QVariant::fromValue(parseSuggestion(r.envelope.response.toObject())));
                },
                {}, {});
}

// ---- OrganizationManager ----------------------------------------------------------------------------------------

ReplyOf<DomainPage> *OrganizationManager::loadDomains(const QString &organizationId, int offset, int limit)
{
    return d->auth.run<DomainPage>([=] { return d->auth.engine->orgs.loadDomains(organizationId, offset, limit); });
}

ReplyOf<OrganizationDomain> *OrganizationManager::addDomain(const QString &organizationId, const QString &name)
{
    return d->auth.run<OrganizationDomain>([=] { return d->auth.engine->orgs.addDomain(organizationId, name); });
}

ReplyOf<void> *OrganizationManager::deleteDomain(const QString &organizationId, const QString &domainId)
{
    return d->auth.run<void>([=] { return d->auth.engine->orgs.deleteDomain(organizationId, domainId); });
}

ReplyOf<OrganizationDomain> *OrganizationManager::setDomainEnrollmentMode(const QString &organizationId,
                                                                          const QString &domainId,
                                                                          const QString &mode, bool deletePending)
{
    return d->auth.run<OrganizationDomain>([=] {
        return d->auth.engine->orgs.setDomainEnrollmentMode(organizationId, domainId, mode, deletePending);
    });
}

ReplyOf<OrganizationDomain> *OrganizationManager::prepareDomainAffiliation(const QString &organizationId,
                                                                           const QString &domainId,
                                                                           const QString &emailAddress)
{
    return d->auth.run<OrganizationDomain>([=] {
        return d->auth.engine->orgs.prepareDomainAffiliation(organizationId, domainId, emailAddress);
    });
}

ReplyOf<OrganizationDomain> *OrganizationManager::attemptDomainAffiliation(const QString &organizationId,
                                                                           const QString &domainId,
                                                                           const QString &code)
{
    return d->auth.run<OrganizationDomain>(
        [=] { return d->auth.engine->orgs.attemptDomainAffiliation(organizationId, domainId, code); });
}

ReplyOf<MembershipRequestPage> *OrganizationManager::loadMembershipRequests(const QString &organizationId,
                                                                            const QString &status, int offset,
                                                                            int limit)
{
    return d->auth.run<MembershipRequestPage>(
        [=] { return d->auth.engine->orgs.loadMembershipRequests(organizationId, status, offset, limit); });
}

ReplyOf<MembershipRequest> *OrganizationManager::acceptMembershipRequest(const QString &organizationId,
                                                                         const QString &requestId)
{
    return d->auth.run<MembershipRequest>([=] {
        return d->auth.engine->orgs.decideMembershipRequest(organizationId, requestId, QStringLiteral("accept"));
    });
}

ReplyOf<MembershipRequest> *OrganizationManager::rejectMembershipRequest(const QString &organizationId,
                                                                         const QString &requestId)
{
    return d->auth.run<MembershipRequest>([=] {
        return d->auth.engine->orgs.decideMembershipRequest(organizationId, requestId, QStringLiteral("reject"));
    });
}

ReplyOf<SuggestionPage> *OrganizationManager::loadMySuggestions(const QStringList &status, int offset, int limit)
{
    return d->auth.run<SuggestionPage>(
        [=] { return d->auth.engine->orgs.loadMySuggestions(status, offset, limit); });
}

ReplyOf<OrganizationSuggestion> *OrganizationManager::acceptSuggestion(const QString &suggestionId)
{
    return d->auth.run<OrganizationSuggestion>([=] { return d->auth.engine->orgs.acceptSuggestion(suggestionId); });
}

} // namespace Clerk
