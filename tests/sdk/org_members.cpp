// OrganizationManager's members and roles against the emulator over real HTTP: expected values come from the
// default seed (Acme: Jane admin, Ada member; Globex: Jane with explicit permissions, Ada admin; roles org:admin,
// org:member, org:billing with the custom org:invoices:read) and Clerk's documented codes.
#include "orgtests.h"
#include "testhelpers.h"

#include <ClerkQt/organizations.h>

using namespace Clerk;
using namespace TestHelpers;

namespace {

const QString kAdaId = QStringLiteral("user_2ada00000000000000000000003");
const QString kJaneId = QStringLiteral("user_2jane0000000000000000000001");
const QString kListRoute = QStringLiteral("GET /v1/organizations/{organization_id}/memberships");
const QString kPatchRoute = QStringLiteral("PATCH /v1/organizations/{organization_id}/memberships/{user_id}");
const QString kDeleteRoute = QStringLiteral("DELETE /v1/organizations/{organization_id}/memberships/{user_id}");

} // namespace

class tst_OrgMembers : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;

    /// `email` signed in on an Auth of its own (a device of its own), with `organizationId` active if set.
    std::unique_ptr<Auth> signedIn(const QString &email, const QString &password, const QString &organizationId = {})
    {
        auto auth = signedInAuth(server, "orgmembers", email, password);
        if (!auth)
            return nullptr;
        if (!organizationId.isEmpty() && !await(auth->setActiveOrganization(organizationId)).ok())
            return nullptr;
        return auth;
    }
    void useTokenVersion(int version)
    {
        QJsonObject seed = ClerkEmulator::Server::defaultSeed();
        QJsonObject instance = seed.value(QLatin1String("instance")).toObject();
        instance.insert(QStringLiteral("session_token_version"), version);
        seed.insert(QStringLiteral("instance"), instance);
        QString error;
        QVERIFY2(server.loadSeed(seed, &error), qPrintable(error));
    }
    static std::optional<Membership> memberOf(const QList<Membership> &list, const QString &userId)
    {
        for (const Membership &m : list) {
            if (m.publicUserData.userId == userId)
                return m;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { server.reset(); }
    void cleanup()
    {
        QString error;
        QVERIFY2(server.loadSeed(ClerkEmulator::Server::defaultSeed(), &error), qPrintable(error));
    }

    void loadsMembersWithWhoTheyAre()
    {
        auto jane = signedIn(kJane, kJanePassword, kAcme);
        QVERIFY(jane);
        const Outcome o = await(jane->organizationManager()->loadMembers(kAcme));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const auto page = o.result.value<MembershipPage>();
        QCOMPARE(page.totalCount, 2);
        QCOMPARE(page.items.size(), 2);
        const std::optional<Membership> ada = memberOf(page.items, kAdaId);
        QVERIFY(ada);
        QCOMPARE(ada->publicUserData.identifier, kAda);
        QCOMPARE(ada->publicUserData.firstName, QStringLiteral("Ada"));
        QCOMPARE(ada->role, QStringLiteral("org:member"));
        QCOMPARE(ada->roleName, QStringLiteral("Member"));
        QCOMPARE(ada->organization.id, kAcme);
        // Auth's own memberships carry who the user is too.
        QCOMPARE(jane->membership().publicUserData.userId, kJaneId);

        const Outcome second = await(jane->organizationManager()->loadMembers(kAcme, 1, 1));
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        QCOMPARE(second.result.value<MembershipPage>().items.size(), 1);
        QCOMPARE(second.result.value<MembershipPage>().totalCount, 2);

        const Outcome search = await(jane->organizationManager()->loadMembers(kAcme, 0, 10, QStringLiteral("ADA")));
        QVERIFY2(search.ok(), qPrintable(search.error.toString()));
        const auto found = search.result.value<MembershipPage>();
        QCOMPARE(found.totalCount, 1);
        QCOMPARE(found.items.first().publicUserData.userId, kAdaId);
    }

    void loadsRoles()
    {
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        const Outcome o = await(jane->organizationManager()->loadRoles(kAcme));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const auto roles = o.result.value<RolePage>();
        QCOMPARE(roles.totalCount, 3);
        QStringList keys;
        for (const Role &r : roles.items)
            keys << r.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("org:admin"), QStringLiteral("org:member"), QStringLiteral("org:billing")}));
        const Role &billing = roles.items.at(2);
        QCOMPARE(billing.name, QStringLiteral("Billing manager"));
        QCOMPARE(billing.permissions, (QStringList{QStringLiteral("org:sys_memberships:read"), QStringLiteral("org:invoices:read")}));
        QVERIFY(roles.items.at(0).isCreatorEligible);
        QVERIFY(!billing.raw.isEmpty());
    }

    void plainMemberIsRefusedBeforeAsking()
    {
        auto ada = signedIn(kAda, kAdaPassword, kAcme);
        QVERIFY(ada);
        server.resetCounters();
        for (Reply *reply : {static_cast<Reply *>(ada->organizationManager()->updateMemberRole(kAcme, kJaneId, QStringLiteral("org:member"))),
                             static_cast<Reply *>(ada->organizationManager()->removeMember(kAcme, kJaneId))}) {
            const Outcome o = await(reply);
            QVERIFY(o.finished);
            QCOMPARE(o.error.kind(), Error::Kind::Auth);
            QCOMPARE(o.error.code(), QStringLiteral("clerkqt_missing_permission"));
        }
        QCOMPARE(server.requestCount(kPatchRoute), 0);
        QCOMPARE(server.requestCount(kDeleteRoute), 0);
        // Jane's Globex membership lacks org:sys_memberships:read (the seed lists her permissions).
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        const Outcome list = await(jane->organizationManager()->loadMembers(kGlobex));
        QCOMPARE(list.error.code(), QStringLiteral("clerkqt_missing_permission"));
        QCOMPARE(server.requestCount(kListRoute), 0);
        // A plain member may read the members.
        QVERIFY(await(ada->organizationManager()->loadMembers(kAcme)).ok());
    }

    void badInputIsATypedError()
    {
        auto jane = signedIn(kJane, kJanePassword, kAcme);
        QVERIFY(jane);
        server.resetCounters();
        const Outcome noOrg = await(jane->organizationManager()->loadMembers(QString()));
        QCOMPARE(noOrg.error.code(), QStringLiteral("clerkqt_invalid_argument"));
        const Outcome noRole = await(jane->organizationManager()->updateMemberRole(kAcme, kAdaId, QStringLiteral("  ")));
        QCOMPARE(noRole.error.code(), QStringLiteral("clerkqt_invalid_argument"));
        QCOMPARE(server.totalRequestCount(), 0);
        // Clerk refuses an undefined role and the last admin's demotion.
        const Outcome undefined = await(jane->organizationManager()->updateMemberRole(kAcme, kAdaId, QStringLiteral("org:superhero")));
        QCOMPARE(undefined.error.code(), QStringLiteral("resource_not_found"));
        const Outcome lastAdmin = await(jane->organizationManager()->updateMemberRole(kAcme, kJaneId, QStringLiteral("org:member")));
        QCOMPARE(lastAdmin.error.code(), QStringLiteral("organization_minimum_permissions_needed"));
        QCOMPARE(jane->membership().role, QStringLiteral("org:admin"));
    }

    void signedOutIsInvalidState()
    {
        AuthConfig config = configFor(server, uniqueService("orgmembers"));
        config.persistSession = false;
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        const Outcome o = await(auth.organizationManager()->loadRoles(kAcme));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_signed_out"));
    }

    void removesAMember()
    {
        auto jane = signedIn(kJane, kJanePassword, kAcme);
        QVERIFY(jane);
        auto ada = signedIn(kAda, kAdaPassword, kAcme);
        QVERIFY(ada);
        const Outcome o = await(jane->organizationManager()->removeMember(kAcme, kAdaId));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const Outcome list = await(jane->organizationManager()->loadMembers(kAcme));
        QCOMPARE(list.result.value<MembershipPage>().totalCount, 1);
        // Ada's side: after her next look at her account Acme is gone.
        QVERIFY(await(ada->reloadUser()).ok());
        for (const Membership &m : ada->memberships())
            QVERIFY(m.organization.id != kAcme);
    }

    void roleChangeReachesTheMember_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v2 claims") << 2;
        QTest::newRow("v1 claims") << 1;
    }
    void roleChangeReachesTheMember()
    {
        QFETCH(int, version);
        useTokenVersion(version);
        auto jane = signedIn(kJane, kJanePassword, kAcme);
        QVERIFY(jane);
        auto ada = signedIn(kAda, kAdaPassword, kAcme);
        QVERIFY(ada);
        QVERIFY(ada->hasRole(QStringLiteral("org:member")));
        QVERIFY(!ada->hasPermission(QStringLiteral("org:invoices:read")));

        const Outcome changed = await(jane->organizationManager()->updateMemberRole(kAcme, kAdaId, QStringLiteral("org:billing")));
        QVERIFY2(changed.ok(), qPrintable(changed.error.toString()));
        const auto membership = changed.result.value<Membership>();
        QCOMPARE(membership.role, QStringLiteral("org:billing"));
        QCOMPARE(membership.roleName, QStringLiteral("Billing manager"));
        QCOMPARE(membership.publicUserData.userId, kAdaId);

        // Ada's next session token carries the new role; her checks follow it without a restart.
        QSignalSpy orgChanged(ada.get(), &Auth::organizationChanged);
        GetTokenOptions fresh;
        fresh.skipCache = true;
        const Outcome token = await(ada->getToken(fresh));
        QVERIFY2(token.ok(), qPrintable(token.error.toString()));
        QCOMPARE(ada->sessionClaims().organizationRole(), QStringLiteral("org:billing"));
        QVERIFY(ada->sessionClaims().organizationPermissions().contains(QStringLiteral("org:invoices:read")));
        QVERIFY(ada->hasRole(QStringLiteral("org:billing")));
        QVERIFY(ada->checkAuthorization(AuthorizationCheck{{}, QStringLiteral("org:invoices:read")}));
        QVERIFY(!ada->hasRole(QStringLiteral("org:member")));
        // ... and her membership (with its system permissions) catches up from Clerk.
        QTRY_COMPARE_WITH_TIMEOUT(ada->membership().role, QStringLiteral("org:billing"), 10000);
        QVERIFY(ada->membership().permissions.contains(QStringLiteral("org:sys_memberships:read")));
        QVERIFY(ada->hasPermission(QStringLiteral("org:sys_memberships:read")));
        QVERIFY(orgChanged.count() >= 1);
    }
};

int runOrgMembersTests(int argc, char **argv)
{
    tst_OrgMembers t;
    return QTest::qExec(&t, argc, argv);
}

#include "org_members.moc"
