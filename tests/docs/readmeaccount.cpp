// The README's account snippets (guide sections "Forgot password" and "Devices"), run against the in-process emulator the way
// tst_readme_snippets runs the others: what a user of the SDK can observe — status, the attempt, the messages
// the snippets log, and that the password really changed. A class of its own, run from tst_readme_snippets' main().
#include "readmeharness.h"
#include "readmesnippets.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/account.h>
#include <ClerkQt/auth.h>

#include <QtTest>

#include <memory>

using namespace TestHelpers;
using namespace ReadmeHarness;

class ReadmeAccountSnippets : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;

    // As in tst_readme_snippets: persistSession off, so the run needs no keychain.
    std::unique_ptr<Clerk::Auth> newAuth()
    {
        Clerk::AuthConfig config;
        config.publishableKey = server.publishableKey();
        config.persistSession = false;
        config.keychainService = uniqueService("readme-account");
        auto auth = std::make_unique<Clerk::Auth>(config);
        waitLoaded(*auth);
        return auth;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { server.reset(); }

    void forgotPassword()
    {
        const QString newPassword = QStringLiteral("a brand new passphrase");
        auto auth = newAuth();
        MessageLog log;
        sendPasswordResetCode(auth.get(), QStringLiteral("nobody+clerk_test@example.com"));
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(QtWarningMsg, QStringLiteral("^no reset code sent: \"form_identifier_not_found\"$")), kTimeout);

        sendPasswordResetCode(auth.get(), kJane);
        QTRY_COMPARE_WITH_TIMEOUT(auth->signInAttempt().firstFactorVerification.strategy,
                                  Clerk::Factor::Strategy::ResetPasswordEmailCode, kTimeout);
        QCOMPARE(auth->status(), Clerk::Auth::Status::SigningIn);

        submitPasswordResetCode(auth.get(), QStringLiteral("000000"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^code rejected: \"form_code_incorrect\"$")),
                                 kTimeout);
        submitPasswordResetCode(auth.get(), kTestCode);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^code accepted: choose a new password$")),
                                 kTimeout);
        QCOMPARE(auth->signInAttempt().status, Clerk::SignInAttempt::Status::NeedsNewPassword);

        setNewPassword(auth.get(), QStringLiteral("short"));
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(QtWarningMsg,
                    QStringLiteral("^password rejected: \"form_password_length_too_short\" on \"password\"$")),
            kTimeout);
        QCOMPARE(auth->status(), Clerk::Auth::Status::SigningIn);

        // Jane, signed in elsewhere, is signed out there by the snippet's reset.
        auto elsewhere = newAuth();
        QVERIFY(await(elsewhere->signIn(kJane, kJanePassword)).ok());
        setNewPassword(auth.get(), newPassword);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^password changed, signed in as \"Jane Doe\"$")),
                                 kTimeout);
        QCOMPARE(auth->status(), Clerk::Auth::Status::SignedIn);
        Clerk::GetTokenOptions fresh;
        fresh.skipCache = true;
        QCOMPARE(await(elsewhere->getToken(fresh)).error.code(), QStringLiteral("signed_out"));

        auto again = newAuth();
        QVERIFY(await(again->signIn(kJane, newPassword)).ok());
    }

    void devices()
    {
        auto here = newAuth();
        auto other = newAuth();
        QVERIFY(await(here->signIn(kJane, kJanePassword)).ok());
        QVERIFY(await(other->signIn(kJane, kJanePassword)).ok());
        const QString otherSession = other->session().id;
        MessageLog log;
        listDevices(here.get());
        QTRY_COMPARE_WITH_TIMEOUT(here->account()->deviceSessions().size(), 2, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^this device: clerk-qt ")), kTimeout);
        QVERIFY(log.has(QtInfoMsg, QStringLiteral("^other device: clerk-qt ")));

        signOutDevice(here.get(), QStringLiteral("sess_unknown"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^device not signed out: \"resource_not_found\"$")),
                                 kTimeout);
        signOutDevice(here.get(), otherSession);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^device signed out$")), kTimeout);
        QCOMPARE(here->account()->deviceSessions().size(), 1);
        QCOMPARE(await(other->reloadUser()).error.code(), QStringLiteral("signed_out"));
        QCOMPARE(other->status(), Clerk::Auth::Status::SignedOut);
        QCOMPARE(here->status(), Clerk::Auth::Status::SignedIn);
    }
};

int runReadmeAccountSnippets(int argc, char **argv)
{
    ReadmeAccountSnippets snippets;
    return QTest::qExec(&snippets, argc, argv);
}

#include "readmeaccount.moc"
