// Organization invitations through OrganizationManager against the emulator over real HTTP: the admin invites
// (one, many), lists and revokes; the invitee lists their invitations and accepts one, and both sides see it.
// Seed facts (emulator/seeds/default-seed.json): Jane is Acme's admin and a plain Globex member, Ada a plain Acme
// member, Bob in no organization with one pending invitation to Acme (org:member). Expected codes are Clerk's.
#include "orgtests.h"
#include "testhelpers.h"

#include <ClerkQt/organizations.h>

using namespace Clerk;
using namespace TestHelpers;

namespace {

const QString kSeededInvitation = QStringLiteral("orginv_2bobacme00000000000000001");
const QString kInviteRoute = QStringLiteral("POST /v1/organizations/{organization_id}/invitations");
const QString kBulkRoute = QStringLiteral("POST /v1/organizations/{organization_id}/invitations/bulk");
const QString kListRoute = QStringLiteral("GET /v1/organizations/{organization_id}/invitations");
const QString kRevokeRoute =
    QStringLiteral("POST /v1/organizations/{organization_id}/invitations/{invitation_id}/revoke");

std::optional<OrganizationInvitation> withEmail(const QList<OrganizationInvitation> &list, const QString &email)
{
    for (const OrganizationInvitation &i : list) {
        if (i.emailAddress == email)
            return i;
    }
    return std::nullopt;
}

} // namespace

class OrgInvitationsTests : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;

    /// A fresh Auth (a device of its own) signed in as `email`; Bob finishes his second factor with a seeded
    /// backup code.
    std::unique_ptr<Auth> signedIn(const QString &email, const QString &password)
    {
        AuthConfig config = configFor(server, uniqueService("orginvitations"));
        config.persistSession = false;
        auto auth = std::make_unique<Auth>(config);
        if (!waitLoaded(*auth))
            return nullptr;
        Outcome o = await(auth->signIn(email, password));
        if (o.ok() && auth->status() == Auth::Status::NeedsSecondFactor)
            o = await(auth->attemptSecondFactor(Factor::Strategy::BackupCode, QStringLiteral("bkp-11111111")));
        if (!o.ok() || !auth->isSignedIn()) {
            qWarning() << "sign-in of" << email << "failed:" << o.error.toString();
            return nullptr;
        }
        return auth;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { server.reset(); }

    void adminInvitesListsAndRevokes()
    {
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        OrganizationManager *orgs = jane->organizationManager();
        const QString newHire = QStringLiteral("new.hire+clerk_test@example.com");
        Outcome o = await(orgs->inviteMember(kAcme, newHire, QStringLiteral("org:member")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const auto made = o.result.value<OrganizationInvitation>();
        QVERIFY(made.id.startsWith(QLatin1String("orginv_")));
        QCOMPARE(made.emailAddress, newHire);
        QCOMPARE(made.role, QStringLiteral("org:member"));
        QCOMPARE(made.roleName, QStringLiteral("Member"));
        QCOMPARE(made.status, QStringLiteral("pending"));
        QCOMPARE(made.organizationId, kAcme);
        QCOMPARE(made.publicOrganizationData.name, QStringLiteral("Acme Corp"));
        QCOMPARE(made.publicOrganizationData.slug, QStringLiteral("acme"));
        QVERIFY(made.createdAt.isValid());
        QCOMPARE(made.raw.value(QLatin1String("id")).toString(), made.id);

        o = await(orgs->loadInvitations(kAcme, QStringLiteral("pending")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        auto page = o.result.value<InvitationPage>();
        QCOMPARE(page.totalCount, 2);
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items.at(0).id, made.id); // newest first
        QCOMPARE(page.items.at(1).id, kSeededInvitation);
        QCOMPARE(page.items.at(1).emailAddress, kBob);

        o = await(orgs->loadInvitations(kAcme, {}, 1, 1));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        page = o.result.value<InvitationPage>();
        QCOMPARE(page.totalCount, 2);
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.items.at(0).id, kSeededInvitation);

        o = await(orgs->revokeInvitation(kAcme, made.id));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<OrganizationInvitation>().status, QStringLiteral("revoked"));
        o = await(orgs->loadInvitations(kAcme, QStringLiteral("revoked")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        page = o.result.value<InvitationPage>();
        QCOMPARE(page.totalCount, 1);
        QCOMPARE(page.items.at(0).id, made.id);
        o = await(orgs->revokeInvitation(kAcme, made.id));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("organization_invitation_not_pending"));
        QCOMPARE(o.error.httpStatus(), 404);
    }

    void clerkRefusalsArriveTyped()
    {
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        OrganizationManager *orgs = jane->organizationManager();
        Outcome o = await(orgs->inviteMember(kAcme, kAda, QStringLiteral("org:member")));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("already_a_member_in_organization"));
        QCOMPARE(o.error.httpStatus(), 400);
        o = await(orgs->inviteMember(kAcme, kBob, QStringLiteral("org:member")));
        QCOMPARE(o.error.code(), QStringLiteral("organization_invitation_not_unique"));
        o = await(orgs->inviteMember(kAcme, QStringLiteral("nobody"), QStringLiteral("org:member")));
        QCOMPARE(o.error.code(), QStringLiteral("form_param_format_invalid"));
        QCOMPARE(o.error.meta().value(QStringLiteral("param_name")).toString(), QStringLiteral("email_address"));
        o = await(orgs->inviteMember(kAcme, QStringLiteral("x+clerk_test@example.com"), QStringLiteral("org:nope")));
        QCOMPARE(o.error.code(), QStringLiteral("resource_not_found"));
        QCOMPARE(o.error.meta().value(QStringLiteral("param_name")).toString(), QStringLiteral("role"));
    }

    void bulkInvitesAllOrNone()
    {
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        OrganizationManager *orgs = jane->organizationManager();
        const QString one = QStringLiteral("one+clerk_test@example.com");
        const QString two = QStringLiteral("two+clerk_test@example.com");
        Outcome o = await(orgs->inviteMembers(kAcme, {one, QStringLiteral("  "), two}, QStringLiteral("org:admin")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const auto made = o.result.value<QList<OrganizationInvitation>>();
        QCOMPARE(made.size(), 2);
        QCOMPARE(made.at(0).emailAddress, one);
        QCOMPARE(made.at(1).emailAddress, two);
        QCOMPARE(made.at(1).role, QStringLiteral("org:admin"));

        const QString three = QStringLiteral("three+clerk_test@example.com");
        o = await(orgs->inviteMembers(kAcme, {three, kBob}, QStringLiteral("org:member")));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("duplicate_record"));
        QCOMPARE(o.error.meta().value(QStringLiteral("email_addresses")).toStringList(), QStringList{kBob});
        o = await(orgs->loadInvitations(kAcme));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<InvitationPage>().totalCount, 3);
        QVERIFY(!withEmail(o.result.value<InvitationPage>().items, three));

        // Nothing to invite: refused without a request.
        const int before = server.requestCount(kBulkRoute);
        o = await(orgs->inviteMembers(kAcme, {QStringLiteral(" "), QString()}, QStringLiteral("org:member")));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_no_email_addresses"));
        QCOMPARE(server.requestCount(kBulkRoute), before);
    }

    void memberIsRefusedBeforeAsking()
    {
        // Ada is a plain member of Acme; Jane a Globex member whose custom permissions do not manage members.
        auto ada = signedIn(kAda, kAdaPassword);
        QVERIFY(ada);
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        server.resetCounters();
        const QList<std::pair<Reply *, QString>> calls = {
            {ada->organizationManager()->inviteMember(kAcme, QStringLiteral("x+clerk_test@example.com"),
                                                      QStringLiteral("org:member")), kInviteRoute},
            {ada->organizationManager()->inviteMembers(kAcme, {QStringLiteral("x+clerk_test@example.com")},
                                                       QStringLiteral("org:member")), kBulkRoute},
            {ada->organizationManager()->loadInvitations(kAcme), kListRoute},
            {ada->organizationManager()->revokeInvitation(kAcme, kSeededInvitation), kRevokeRoute},
            {jane->organizationManager()->loadInvitations(kGlobex), kListRoute},
            {jane->organizationManager()->inviteMember(kGlobex, QStringLiteral("x+clerk_test@example.com"),
                                                       QStringLiteral("org:member")), kInviteRoute},
        };
        for (const auto &[reply, route] : calls) {
            const Outcome o = await(reply);
            QCOMPARE(o.error.kind(), Error::Kind::Auth);
            QCOMPARE(o.error.code(), QStringLiteral("clerkqt_missing_permission"));
            QCOMPARE(server.requestCount(route), 0);
        }
    }

    void inviteeAcceptsAndTheAdminSeesIt()
    {
        auto bob = signedIn(kBob, kBobPassword);
        QVERIFY(bob);
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        OrganizationManager *mine = bob->organizationManager();
        QVERIFY(mine->myInvitations().isEmpty());
        QVERIFY(bob->memberships().isEmpty());

        QSignalSpy changed(mine, &OrganizationManager::myInvitationsChanged);
        Outcome o = await(mine->loadMyInvitations());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const auto page = o.result.value<InvitationPage>();
        QCOMPARE(page.totalCount, 1);
        QCOMPARE(page.items.at(0).id, kSeededInvitation);
        QCOMPARE(page.items.at(0).publicOrganizationData.name, QStringLiteral("Acme Corp"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(mine->myInvitations(), page.items);

        // When the accept reports, the membership is in Auth's model and the invitation out of the list.
        auto *accept = mine->acceptInvitation(kSeededInvitation);
        accept->setAutoDelete(false);
        QList<Membership> seenAtFinish;
        QList<OrganizationInvitation> pendingAtFinish = page.items;
        connect(accept, &Reply::finished, this, [&] {
            seenAtFinish = bob->memberships();
            pendingAtFinish = mine->myInvitations();
        });
        o = await(accept);
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<OrganizationInvitation>().status, QStringLiteral("accepted"));
        QCOMPARE(seenAtFinish.size(), 1);
        QCOMPARE(seenAtFinish.at(0).organization.id, kAcme);
        QCOMPARE(seenAtFinish.at(0).role, QStringLiteral("org:member"));
        QVERIFY(pendingAtFinish.isEmpty());
        QCOMPARE(changed.count(), 2);

        // The admin's side: accepted.
        o = await(jane->organizationManager()->loadInvitations(kAcme, QStringLiteral("accepted")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const auto accepted = o.result.value<InvitationPage>();
        QCOMPARE(accepted.totalCount, 1);
        QCOMPARE(accepted.items.at(0).id, kSeededInvitation);
        QCOMPARE(accepted.items.at(0).status, QStringLiteral("accepted"));

        o = await(mine->acceptInvitation(kSeededInvitation));
        QCOMPARE(o.error.code(), QStringLiteral("organization_invitation_not_pending"));
    }

    void myInvitationsBelongToTheSignedInUser()
    {
        auto bob = signedIn(kBob, kBobPassword);
        QVERIFY(bob);
        OrganizationManager *mine = bob->organizationManager();
        QVERIFY(await(mine->loadMyInvitations()).ok());
        QCOMPARE(mine->myInvitations().size(), 1);
        // Another status or page reads the list without replacing what the switcher shows.
        Outcome o = await(mine->loadMyInvitations(QStringLiteral("accepted")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<InvitationPage>().totalCount, 0);
        QCOMPARE(mine->myInvitations().size(), 1);

        QSignalSpy changed(mine, &OrganizationManager::myInvitationsChanged);
        QVERIFY(await(bob->signOut()).ok());
        QTRY_VERIFY(mine->myInvitations().isEmpty());
        QCOMPARE(changed.count(), 1);
        o = await(mine->loadMyInvitations());
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_signed_out"));
    }
};

int runOrgInvitationsTests(int argc, char **argv)
{
    OrgInvitationsTests t;
    return QTest::qExec(&t, argc, argv);
}

#include "org_invitations.moc"
