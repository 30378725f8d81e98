// The README's "Verified domains and membership requests" snippet (verified-domains) run against the in-process
// emulator: Jane (Acme's admin in the seed) adds and verifies acme.test, Carl (carl+clerk_test@acme.test, in no
// organization) asks to join, Jane accepts, and Carl's Auth then lists Acme — what the snippets log and what a user
// of the SDK can observe. A class of its own, run from tst_readme_snippets' main().
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

class ReadmeOrgDomainsSnippets : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;

    std::unique_ptr<Clerk::Auth> signedIn(const QString &identifier, const QString &password)
    {
        auto auth = keychainFreeAuth(server.publishableKey(), "readme-orgdomains");
        if (!await(auth->signIn(identifier, password)).ok())
            return nullptr;
        return auth;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { server.reset(); }

    void verifiedDomains()
    {
        const QString carlEmail = QStringLiteral("carl+clerk_test@acme.test");
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        MessageLog log;
        addDomain(jane.get(), kAcme, QStringLiteral("gmail.com"), QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(QtWarningMsg, QStringLiteral("^domain not added: \"organization_domain_common\"$")), kTimeout);
        addDomain(jane.get(), kAcme, QStringLiteral("acme.test"), carlEmail);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^code sent to carl\\+clerk_test@acme.test$")),
                                 kTimeout);
        const Outcome listed = await(jane->organizationManager()->loadDomains(kAcme));
        QVERIFY(listed.ok());
        const QString domainId = listed.result.value<Clerk::DomainPage>().items.value(0).id;
        QVERIFY(!domainId.isEmpty());

        verifyDomain(jane.get(), kAcme, domainId, QStringLiteral("000000"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^not verified: \"form_code_incorrect\"$")),
                                 kTimeout);
        verifyDomain(jane.get(), kAcme, domainId, kTestCode);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^acme.test suggested to 1 people$")), kTimeout);

        auto carl = signedIn(carlEmail, QStringLiteral("carl-acme-password-1"));
        QVERIFY(carl);
        requestToJoin(carl.get());
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^asked to join Acme Corp$")), kTimeout);

        acceptRequests(jane.get(), kAcme);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^carl\\+clerk_test@acme.test is a member now$")),
                                 kTimeout);
        QVERIFY(await(carl->reload()).ok());
        const QList<Clerk::Membership> memberships = carl->memberships();
        QVERIFY(std::any_of(memberships.cbegin(), memberships.cend(),
                            [](const Clerk::Membership &m) { return m.organization.id == kAcme; }));
    }
};

int runReadmeOrgDomainsSnippets(int argc, char **argv)
{
    ReadmeOrgDomainsSnippets t;
    return QTest::qExec(&t, argc, argv);
}

#include "readmeorgdomains.moc"
