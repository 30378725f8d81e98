// Verified domains, membership requests and suggestions through OrganizationManager against the emulator over
// real HTTP. Expected values come from the seed (emulator/README.md: Jane admin of Acme, Ada a plain member there
// and admin of Globex, which owns the verified globex.test; Dana has a pending request to Globex; Carl has
// carl+clerk_test@acme.test and no organization) and from Clerk's documented flow: a verified domain in
// automatic_suggestion mode suggests the organization, accepting files a request, an admin accepting it makes a
// member.
#include "orgtests.h"
#include "testhelpers.h"

#include <ClerkQt/organizations.h>

#include <numeric>

using namespace Clerk;
using namespace TestHelpers;

namespace {

const QString kCarl = QStringLiteral("carl+clerk_test@acme.test");
const QString kCarlPassword = QStringLiteral("carl-acme-password-1");
const QString kDanaIdentifier = QStringLiteral("dana+clerk_test@globex.test");

bool isMemberOf(const Auth &auth, const QString &organizationId)
{
    const QList<Membership> memberships = auth.memberships();
    return std::any_of(memberships.cbegin(), memberships.cend(),
                       [&](const Membership &m) { return m.organization.id == organizationId; });
}

} // namespace

class tst_OrgDomains : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;

    std::unique_ptr<Auth> signedIn(const QString &identifier, const QString &password)
    {
        return signedInAuth(server, "orgdomains", identifier, password);
    }

    int requestsSoFar() const
    {
        const QMap<QString, int> counts = server.requestCounts();
        return std::accumulate(counts.cbegin(), counts.cend(), 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { server.reset(); }

    void suggestionBecomesMembership()
    {
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        OrganizationManager *admin = jane->organizationManager();
        Outcome o = await(admin->loadDomains(kAcme));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<DomainPage>().totalCount, 0);

        o = await(admin->addDomain(kAcme, QStringLiteral("acme.test")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const OrganizationDomain added = o.result.value<OrganizationDomain>();
        QCOMPARE(added.name, QStringLiteral("acme.test"));
        QCOMPARE(added.organizationId, kAcme);
        QCOMPARE(added.enrollmentMode, QStringLiteral("manual_invitation"));
        QVERIFY(!added.isVerified());

        // Clerk lets only a verified domain enroll users.
        o = await(admin->setDomainEnrollmentMode(kAcme, added.id, QStringLiteral("automatic_suggestion")));
        QVERIFY(!o.ok());
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.httpStatus(), 422);

        o = await(admin->prepareDomainAffiliation(kAcme, added.id, kCarl));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<OrganizationDomain>().affiliationEmailAddress, kCarl);
        QCOMPARE(o.result.value<OrganizationDomain>().verificationStatus, QStringLiteral("unverified"));
        QCOMPARE(o.result.value<OrganizationDomain>().verificationStrategy, QStringLiteral("email_code"));
        o = await(admin->attemptDomainAffiliation(kAcme, added.id, QStringLiteral("111111")));
        QCOMPARE(o.error.code(), QStringLiteral("form_code_incorrect"));
        o = await(admin->attemptDomainAffiliation(kAcme, added.id, kTestCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(o.result.value<OrganizationDomain>().isVerified());

        o = await(admin->setDomainEnrollmentMode(kAcme, added.id, QStringLiteral("automatic_suggestion")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<OrganizationDomain>().enrollmentMode, QStringLiteral("automatic_suggestion"));
        QCOMPARE(o.result.value<OrganizationDomain>().totalPendingSuggestions, 1); // Carl

        // Carl asks to join.
        auto carl = signedIn(kCarl, kCarlPassword);
        QVERIFY(carl);
        QVERIFY(!isMemberOf(*carl, kAcme));
        o = await(carl->organizationManager()->loadMySuggestions({QStringLiteral("pending")}));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const SuggestionPage suggestions = o.result.value<SuggestionPage>();
        QCOMPARE(suggestions.totalCount, 1);
        QCOMPARE(suggestions.items.size(), 1);
        const OrganizationSuggestion suggestion = suggestions.items.first();
        QCOMPARE(suggestion.status, QStringLiteral("pending"));
        QCOMPARE(suggestion.organization.id, kAcme);
        QCOMPARE(suggestion.organization.name, QStringLiteral("Acme Corp"));
        QCOMPARE(suggestion.organization.slug, QStringLiteral("acme"));
        o = await(carl->organizationManager()->acceptSuggestion(suggestion.id));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<OrganizationSuggestion>().status, QStringLiteral("accepted"));
        o = await(carl->organizationManager()->loadMySuggestions({QStringLiteral("pending"), QStringLiteral("accepted")}));
        QCOMPARE(o.result.value<SuggestionPage>().items.value(0).status, QStringLiteral("accepted"));

        // Jane sees the request and accepts it.
        o = await(admin->loadMembershipRequests(kAcme));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const MembershipRequestPage requests = o.result.value<MembershipRequestPage>();
        QCOMPARE(requests.totalCount, 1);
        const MembershipRequest request = requests.items.value(0);
        QCOMPARE(request.status, QStringLiteral("pending"));
        QCOMPARE(request.identifier, kCarl);
        QCOMPARE(request.firstName, QStringLiteral("Carl"));
        QCOMPARE(request.userId, carl->user().id);
        o = await(admin->acceptMembershipRequest(kAcme, request.id));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<MembershipRequest>().status, QStringLiteral("accepted"));
        o = await(admin->loadMembershipRequests(kAcme));
        QCOMPARE(o.result.value<MembershipRequestPage>().totalCount, 0);

        // Carl's Auth learns of the membership when it next reads the client.
        QVERIFY(!isMemberOf(*carl, kAcme));
        o = await(carl->reload());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(isMemberOf(*carl, kAcme));
        const QList<Membership> memberships = carl->memberships();
        for (const Membership &m : memberships) {
            if (m.organization.id == kAcme)
                QCOMPARE(m.role, QStringLiteral("org:member"));
        }
    }

    void seededRequestRejected()
    {
        auto ada = signedIn(kAda, kAdaPassword);
        QVERIFY(ada);
        OrganizationManager *admin = ada->organizationManager();
        Outcome o = await(admin->loadDomains(kGlobex));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const DomainPage domains = o.result.value<DomainPage>();
        QCOMPARE(domains.totalCount, 1);
        QCOMPARE(domains.items.value(0).name, QStringLiteral("globex.test"));
        QVERIFY(domains.items.value(0).isVerified());
        QCOMPARE(domains.items.value(0).enrollmentMode, QStringLiteral("automatic_suggestion"));

        o = await(admin->loadMembershipRequests(kGlobex, QStringLiteral("pending")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const MembershipRequest dana = o.result.value<MembershipRequestPage>().items.value(0);
        QCOMPARE(dana.identifier, kDanaIdentifier);
        o = await(admin->rejectMembershipRequest(kGlobex, dana.id));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<MembershipRequest>().status, QStringLiteral("rejected"));
        o = await(admin->loadMembershipRequests(kGlobex, QStringLiteral("rejected")));
        QCOMPARE(o.result.value<MembershipRequestPage>().items.value(0).id, dana.id);
        o = await(admin->loadMembershipRequests(kGlobex, QStringLiteral("pending")));
        QCOMPARE(o.result.value<MembershipRequestPage>().totalCount, 0);
    }

    void domainsPagedAndDeleted()
    {
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        OrganizationManager *admin = jane->organizationManager();
        QStringList ids;
        for (const char *name : {"one.acme.test", "two.acme.test", "three.acme.test"}) {
            const Outcome o = await(admin->addDomain(kAcme, QLatin1String(name)));
            QVERIFY2(o.ok(), qPrintable(o.error.toString()));
            ids << o.result.value<OrganizationDomain>().id;
        }
        Outcome o = await(admin->loadDomains(kAcme, 1, 1));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<DomainPage>().totalCount, 3);
        QCOMPARE(o.result.value<DomainPage>().items.size(), 1);
        QCOMPARE(o.result.value<DomainPage>().items.first().name, QStringLiteral("two.acme.test"));

        o = await(admin->deleteDomain(kAcme, ids.at(1)));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        o = await(admin->loadDomains(kAcme, 0, 10));
        QCOMPARE(o.result.value<DomainPage>().totalCount, 2);
        o = await(admin->deleteDomain(kAcme, ids.at(1)));
        QCOMPARE(o.error.httpStatus(), 404);

        // Clerk's own refusals come through typed.
        o = await(admin->addDomain(kAcme, QStringLiteral("gmail.com")));
        QCOMPARE(o.error.code(), QStringLiteral("organization_domain_common"));
        o = await(admin->addDomain(kAcme, QStringLiteral("one.acme.test")));
        QCOMPARE(o.error.code(), QStringLiteral("organization_domain_already_exists"));
    }

    void plainMemberIsRefusedWithoutARequest()
    {
        // Ada is a plain member of Acme: org:sys_memberships:read only.
        auto ada = signedIn(kAda, kAdaPassword);
        QVERIFY(ada);
        OrganizationManager *manager = ada->organizationManager();
        const int before = requestsSoFar();
        const QList<Reply *> replies = {
            manager->loadDomains(kAcme),
            manager->addDomain(kAcme, QStringLiteral("acme.test")),
            manager->deleteDomain(kAcme, QStringLiteral("orgdmn_x")),
            manager->setDomainEnrollmentMode(kAcme, QStringLiteral("orgdmn_x"), QStringLiteral("manual_invitation")),
            manager->prepareDomainAffiliation(kAcme, QStringLiteral("orgdmn_x"), kCarl),
            manager->attemptDomainAffiliation(kAcme, QStringLiteral("orgdmn_x"), kTestCode),
            manager->loadMembershipRequests(kAcme),
            manager->acceptMembershipRequest(kAcme, QStringLiteral("orgreq_x")),
            manager->rejectMembershipRequest(kAcme, QStringLiteral("orgreq_x")),
        };
        for (Reply *reply : replies) {
            const Outcome o = await(reply);
            QVERIFY(o.finished);
            QCOMPARE(o.error.kind(), Error::Kind::Auth);
            QCOMPARE(o.error.code(), QStringLiteral("clerkqt_missing_permission"));
        }
        QCOMPARE(requestsSoFar(), before);
        // Her own side works: Ada has no suggestions.
        const Outcome o = await(manager->loadMySuggestions());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<SuggestionPage>().totalCount, 0);
    }

    void badInputIsTypedWithoutARequest()
    {
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        OrganizationManager *admin = jane->organizationManager();
        const int before = requestsSoFar();
        Outcome o = await(admin->setDomainEnrollmentMode(kAcme, QStringLiteral("orgdmn_x"), QStringLiteral("bogus")));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_invalid_enrollment_mode"));
        o = await(admin->deleteDomain(kAcme, QStringLiteral("../memberships")));
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_invalid_id"));
        o = await(admin->acceptSuggestion(QString()));
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_invalid_id"));
        o = await(admin->loadDomains(QStringLiteral("org_1?x=1")));
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_invalid_id"));
        QCOMPARE(requestsSoFar(), before);

        QVERIFY(await(jane->signOut()).ok());
        o = await(admin->loadMySuggestions());
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_signed_out"));
    }
};

int runOrgDomainsTests(int argc, char **argv)
{
    tst_OrgDomains t;
    return QTest::qExec(&t, argc, argv);
}

#include "org_domains.moc"
