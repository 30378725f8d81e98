// The README's "Inviting members" snippet (org-invitations.cpp) run against the in-process emulator: Jane, Acme's
// admin, invites (refused as a whole while Bob is already invited, then sent); Bob, seeded with a pending
// invitation to Acme, joins. What a user of the SDK can observe: the messages the snippet logs and the memberships.
#include "readmeharness.h"
#include "readmesnippets.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>
#include <ClerkQt/organizations.h>

#include <QtTest>

#include <memory>

using namespace TestHelpers;
using namespace ReadmeHarness;

class ReadmeOrgInvitationsSnippets : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;

    std::unique_ptr<Clerk::Auth> signedIn(const QString &email, const QString &password)
    {
        auto auth = keychainFreeAuth(server.publishableKey(), "readme-org-invitations");
        Outcome o = await(auth->signIn(email, password));
        // Bob has two factors: a seeded backup code finishes his sign-in.
        if (o.ok() && auth->status() == Clerk::Auth::Status::NeedsSecondFactor)
            o = await(auth->attemptSecondFactor(Clerk::Factor::Strategy::BackupCode, QStringLiteral("bkp-11111111")));
        if (!o.ok())
            qWarning() << "sign-in failed:" << o.error.code();
        return auth;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { server.reset(); }

    void inviteAndJoin()
    {
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane->isSignedIn());
        MessageLog log;
        const QString teammate = QStringLiteral("teammate+clerk_test@example.com");
        inviteTeammates(jane.get(), kAcme, {teammate, kBob});
        // qDebug prints a QStringList as QList("…").
        const QString duplicate =
            QStringLiteral("^nobody invited: \"duplicate_record\" QList\\(\"bob\\+clerk_test@example\\.com\"\\)$");
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, duplicate), kTimeout);
        inviteTeammates(jane.get(), kAcme, {teammate});
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^invitations sent: 1$")), kTimeout);

        auto bob = signedIn(kBob, kBobPassword);
        QVERIFY(bob->isSignedIn());
        QVERIFY(bob->memberships().isEmpty());
        joinInvitedOrganizations(bob.get());
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^joined Acme Corp as org:member$")), kTimeout);
        QCOMPARE(bob->memberships().size(), 1);
        QCOMPARE(bob->memberships().at(0).organization.id, kAcme);

        // A plain member is refused before a request.
        auto ada = signedIn(kAda, kAdaPassword);
        QVERIFY(ada->isSignedIn());
        server.resetCounters();
        inviteTeammates(ada.get(), kAcme, {teammate});
        const QString refused = QStringLiteral("^nobody invited: \"clerkqt_missing_permission\" QList\\(\\)$");
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, refused), kTimeout);
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/organizations/{organization_id}/invitations/bulk")), 0);
    }
};

int runReadmeOrgInvitationsSnippets(int argc, char **argv)
{
    ReadmeOrgInvitationsSnippets snippets;
    return QTest::qExec(&snippets, argc, argv);
}

#include "readmeorginvitations.moc"
