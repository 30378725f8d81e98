// The README's organization members snippet (guide section "Members, roles and role checks"), run against the
// in-process emulator: Jane, Acme's admin in the seed, makes Ada billing manager; Ada's invoices check follows on
// her next session token. A class of its own, run from tst_readme_snippets' main().
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

class ReadmeOrgMembersSnippets : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;

    std::unique_ptr<Clerk::Auth> signedIn(const QString &email, const QString &password)
    {
        auto auth = keychainFreeAuth(server.publishableKey(), "readme-orgmembers");
        if (!await(auth->signIn(email, password)).ok() || !await(auth->setActiveOrganization(kAcme)).ok())
            return nullptr;
        return auth;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { server.reset(); }

    void membersAndRoleChecks()
    {
        auto jane = signedIn(kJane, kJanePassword);
        auto ada = signedIn(kAda, kAdaPassword);
        QVERIFY(jane && ada);
        QList<bool> shown;
        showInvoicesWhenAllowed(ada.get(), [&shown](bool allowed) { shown << allowed; });
        QCOMPARE(shown, QList<bool>{false});

        MessageLog log;
        promoteToBilling(jane.get(), kAcme, QStringLiteral("user_unknown"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^role not changed: \"resource_not_found\"$")),
                                 kTimeout);
        promoteToBilling(jane.get(), kAcme, QStringLiteral("user_2ada00000000000000000000003"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^ada\\+clerk_test@example.com is now Billing manager$")),
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^members: 2$")), kTimeout);

        // Ada's next session token carries the new role: the check turns true without a restart.
        Clerk::GetTokenOptions fresh;
        fresh.skipCache = true;
        QVERIFY(await(ada->getToken(fresh)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last(), kTimeout);

        // A plain member is refused by the SDK before it asks.
        promoteToBilling(ada.get(), kAcme, QStringLiteral("user_2jane0000000000000000000001"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^role not changed: \"clerkqt_missing_permission\"$")),
                                 kTimeout);
    }
};

int runReadmeOrgMembersSnippets(int argc, char **argv)
{
    ReadmeOrgMembersSnippets snippets;
    return QTest::qExec(&snippets, argc, argv);
}

#include "readmeorgmembers.moc"
