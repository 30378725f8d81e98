// The README's account snippets (guide sections "Forgot password", "Email addresses and phone numbers",
// "Two-factor enrolment", "Devices", "Client trust and step-up" and "Offline start"), run against the in-process
// emulator the way tst_readme_snippets runs the others: what a user of the SDK can observe — status, the attempt,
// the user, the messages the snippets log. A class of its own, run from tst_readme_snippets' main().
#include "readmeharness.h"
#include "readmesnippets.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/account.h>
#include <ClerkQt/auth.h>

#include <QRegularExpression>
#include <QUrlQuery>

#include <QtTest>

#include <memory>

using namespace TestHelpers;
using namespace ReadmeHarness;

class ReadmeAccountSnippets : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;

    std::unique_ptr<Clerk::Auth> newAuth()
    {
        return keychainFreeAuth(server.publishableKey(), "readme-account");
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

    void emailAddresses()
    {
        const QString address = QStringLiteral("jane.work+clerk_test@example.com");
        auto auth = newAuth();
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        MessageLog log;
        addEmailAddress(auth.get(), QStringLiteral("not an address"));
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(QtWarningMsg, QStringLiteral("^address refused: \"form_param_format_invalid\"$")), kTimeout);
        addEmailAddress(auth.get(), address);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^code sent$")), kTimeout);
        QString id;
        for (const Clerk::EmailAddress &e : auth->user().emailAddresses) {
            if (e.emailAddress == address)
                id = e.id;
        }
        QVERIFY(!id.isEmpty());

        verifyEmailAddress(auth.get(), id, QStringLiteral("000000"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^code rejected: \"form_code_incorrect\"$")),
                                 kTimeout);
        verifyEmailAddress(auth.get(), id, kTestCode);
        const QString primary = QStringLiteral("^primary address: \"%1\"$").arg(QRegularExpression::escape(address));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, primary), kTimeout);
        QCOMPARE(auth->user().primaryEmailAddress(), address);
    }

    void authenticatorApp()
    {
        auto auth = newAuth();
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        MessageLog log;
        QString uri;
        startAuthenticatorApp(auth.get(), [&uri](const QString &shown) { uri = shown; });
        QTRY_VERIFY_WITH_TIMEOUT(uri.startsWith(QLatin1String("otpauth://totp/")), kTimeout);
        const QString secret = QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret"));
        QVERIFY(!secret.isEmpty());

        confirmAuthenticatorApp(auth.get(), totp(secret, server.now()));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^two-factor on: true backup codes: 10$")),
                                 kTimeout);
        QVERIFY(auth->user().totpEnabled);
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

    void clientTrust()
    {
        QString error;
        QVERIFY2(server.loadSeed(ClerkEmulator::Server::profileSeed(QStringLiteral("client-trust"), &error), &error),
                 qPrintable(error));
        auto auth = newAuth();
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        QCOMPARE(auth->status(), Clerk::Auth::Status::NeedsClientTrust);
        MessageLog log;
        sendDeviceCode(auth.get());
        QTRY_COMPARE_WITH_TIMEOUT(auth->signInAttempt().secondFactorVerification.strategy,
                                  Clerk::Factor::Strategy::EmailCode, kTimeout);
        submitDeviceCode(auth.get(), QStringLiteral("000000"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^code rejected: \"form_code_incorrect\"$")),
                                 kTimeout);
        submitDeviceCode(auth.get(), kTestCode);
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(QtInfoMsg, QStringLiteral("^device trusted, signed in as \"Jane Doe\"$")), kTimeout);
        QCOMPARE(auth->status(), Clerk::Auth::Status::SignedIn);
        server.loadSeed(ClerkEmulator::Server::defaultSeed());
    }

    void stepUp()
    {
        auto auth = newAuth();
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        QString answer = QStringLiteral("wrong");
        handleStepUp(auth.get(), [&answer] { return answer; });
        Clerk::Reverification *stepUp = auth->reverification();
        QSignalSpy completed(stepUp, &Clerk::Reverification::completed);
        QSignalSpy canceled(stepUp, &Clerk::Reverification::canceled);
        MessageLog log;

        // A wrong password is reported and gives up; an empty answer declines.
        QVERIFY(stepUp->request(Clerk::Reverification::Level::SecondFactor));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^not verified: \"form_password_incorrect\"$")),
                                 kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, kTimeout);
        answer.clear();
        QVERIFY(stepUp->request(Clerk::Reverification::Level::FirstFactor));
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 2, kTimeout);

        // Jane has no second factor: the second-factor level falls back to her password.
        server.setClockOffset(30 * 60 * 1000);
        answer = kJanePassword;
        QVERIFY(stepUp->request(Clerk::Reverification::Level::SecondFactor));
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, kTimeout);
        QCOMPARE(jwtClaims(auth->sessionToken()).value(QLatin1String("fva")).toArray().at(0).toInt(), 0);
        QVERIFY(!stepUp->isRequested());
    }

    void offlineStart()
    {
        // The keychain-free half of "offline": a signed-in Auth whose token refresh gets no answer.
        auto auth = newAuth();
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        MessageLog log;
        QObject context;
        followOfflineState(auth.get(), &context);
        ClerkEmulator::Fault down;
        down.pattern = QStringLiteral("POST /v1/client/sessions/*/tokens*");
        down.kind = ClerkEmulator::Fault::Kind::Reset;
        server.addFault(down);
        Clerk::GetTokenOptions fresh;
        fresh.skipCache = true;
        QCOMPARE(await(auth->getToken(fresh)).error.kind(), Clerk::Error::Kind::Network);
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(QtInfoMsg, QStringLiteral("^offline: last known account \"%1\"$").arg(QRegularExpression::escape(kJane))),
            kTimeout);

        QString jwt;
        callWhenOnline(auth.get(), &context, [&jwt](const QString &token) { jwt = token; });
        server.clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^online$")), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(jwtClaims(jwt).value(QLatin1String("sid")).toString(), auth->session().id, kTimeout);
    }
};

int runReadmeAccountSnippets(int argc, char **argv)
{
    ReadmeAccountSnippets snippets;
    return QTest::qExec(&snippets, argc, argv);
}

#include "readmeaccount.moc"
