// The README's "Create an organization" snippet run against the in-process emulator: what a user of the SDK can
// observe — the memberships, the active organization, the messages the snippet logs. Expected values come from
// the default seed (Jane: Acme's admin, a plain member of Globex) and Clerk's documented error codes.
#include "readmeharness.h"
#include "readmesnippets.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QtTest>

#include <memory>

using namespace TestHelpers;
using namespace ReadmeHarness;

class ReadmeOrgProfileSnippets : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { server.reset(); }

    void createAndRename()
    {
        Clerk::AuthConfig config;
        config.publishableKey = server.publishableKey();
        config.persistSession = false; // the run needs no keychain
        config.keychainService = uniqueService("readme-org-profile");
        Clerk::Auth auth(config);
        QVERIFY(waitLoaded(auth));
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
        MessageLog log;

        createAndOpenOrganization(&auth, QStringLiteral("<b>Loud</b> Corp"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^not created: \"form_param_value_invalid\"$")),
                                 kTimeout);
        QCOMPARE(auth.memberships().size(), 2);

        createAndOpenOrganization(&auth, QStringLiteral("Initech Labs"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^created Initech Labs as initech-labs$")),
                                 kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(auth.organization().name, QStringLiteral("Initech Labs"), kTimeout);
        QCOMPARE(auth.membership().role, QStringLiteral("org:admin"));
        QCOMPARE(auth.memberships().size(), 3);

        renameActiveOrganization(&auth, QStringLiteral("Initech"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^renamed to Initech$")), kTimeout);
        QCOMPARE(auth.organization().name, QStringLiteral("Initech"));

        // In Globex Jane lacks org:sys_profile:manage: refused before any request.
        QVERIFY(await(auth.setActiveOrganization(kGlobex)).ok());
        const QString patch = QStringLiteral("PATCH /v1/organizations/{organization_id}");
        const int sent = server.requestCount(patch);
        renameActiveOrganization(&auth, QStringLiteral("Jane's Globex"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^not renamed: \"clerkqt_missing_permission\"$")),
                                 kTimeout);
        QCOMPARE(server.requestCount(patch), sent);
        QCOMPARE(auth.organization().name, QStringLiteral("Globex"));
    }
};

int runReadmeOrgProfileSnippets(int argc, char **argv)
{
    ReadmeOrgProfileSnippets snippets;
    return QTest::qExec(&snippets, argc, argv);
}

#include "readmeorgprofile.moc"
