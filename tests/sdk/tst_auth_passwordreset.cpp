// "Forgot password" end to end against the emulator: a reset code by email or SMS, the new password, the
// session that follows — and what must fail (wrong code, weak password, a reset out of turn).
#include "testhelpers.h"

using namespace Clerk;
using namespace TestHelpers;

namespace {

const QString kNewPassword = QStringLiteral("a brand new passphrase");
const QString kResetRoute = QStringLiteral("POST /v1/client/sign_ins/{sign_in_id}/reset_password");
const QString kPrepareRoute = QStringLiteral("POST /v1/client/sign_ins/{sign_in_id}/prepare_first_factor");

} // namespace

class tst_AuthPasswordReset : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;

    // Each Auth is its own client (a device of its own); the keychain plays no part in these flows.
    std::unique_ptr<Auth> loadedAuth()
    {
        AuthConfig config = configFor(server, uniqueService("passwordreset"));
        config.persistSession = false;
        auto auth = std::make_unique<Auth>(config);
        if (!waitLoaded(*auth))
            qWarning("the Auth did not finish loading");
        return auth;
    }

    /// A sign-in of `identifier` that passed the reset code by `strategy` and waits for the new password.
    bool passResetCode(Auth &auth, const QString &identifier, Factor::Strategy strategy)
    {
        const Outcome started = await(auth.startSignIn(identifier));
        const Outcome prepared = await(auth.prepareFirstFactor(strategy));
        const Outcome attempted = await(auth.attemptFirstFactor(strategy, kTestCode));
        if (!started.ok() || !prepared.ok() || !attempted.ok()) {
            qWarning("reset code not passed: %s %s %s", qPrintable(started.error.toString()),
                     qPrintable(prepared.error.toString()), qPrintable(attempted.error.toString()));
            return false;
        }
        return auth.signInAttempt().status == SignInAttempt::Status::NeedsNewPassword;
    }

    /// Whether a fresh client signs in as `identifier` with `password`; `code` gets Clerk's error code if not.
    bool signsIn(const QString &identifier, const QString &password, QString *code = nullptr)
    {
        auto auth = loadedAuth();
        const Outcome o = await(auth->signIn(identifier, password));
        if (code)
            *code = o.error.code();
        return o.ok() && auth->status() == Auth::Status::SignedIn;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { server.reset(); }

    void startPasswordResetSendsTheMatchingCode_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<Factor::Strategy>("strategy");
        QTest::addColumn<QString>("strategyName");
        QTest::newRow("email") << kJane << Factor::Strategy::ResetPasswordEmailCode
                               << QStringLiteral("reset_password_email_code");
        QTest::newRow("phone") << kJanePhone << Factor::Strategy::ResetPasswordPhoneCode
                               << QStringLiteral("reset_password_phone_code");
    }
    void startPasswordResetSendsTheMatchingCode()
    {
        QFETCH(QString, identifier);
        QFETCH(Factor::Strategy, strategy);
        QFETCH(QString, strategyName);
        auto auth = loadedAuth();
        QSignalSpy tokenSpy(auth.get(), &Auth::sessionTokenChanged);

        Outcome o = await(auth->startPasswordReset(identifier));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SigningIn);
        QCOMPARE(server.requestCount(kPrepareRoute), 1);
        const Verification sent = auth->signInAttempt().firstFactorVerification;
        QCOMPARE(sent.strategy, strategy);
        QCOMPARE(sent.strategyString, strategyName);
        QCOMPARE(sent.status, Verification::Status::Unverified);

        o = await(auth->attemptFirstFactor(strategy, QStringLiteral(" %1 ").arg(kTestCode)));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SigningIn);
        QCOMPARE(auth->signInAttempt().status, SignInAttempt::Status::NeedsNewPassword);
        QCOMPARE(auth->signInAttempt().statusString, QStringLiteral("needs_new_password"));
        QVERIFY(!auth->isSignedIn());
        QCOMPARE(tokenSpy.count(), 0);

        o = await(auth->resetPassword(kNewPassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SignedIn);
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().primaryEmailAddress(), kJane);
        // The new session's token arrives as with any sign-in, and names this session and user.
        QTRY_VERIFY_WITH_TIMEOUT(!auth->sessionToken().isEmpty(), 20000);
        QVERIFY(tokenSpy.count() >= 1);
        const QJsonObject claims = jwtClaims(auth->sessionToken());
        QCOMPARE(claims.value(QLatin1String("sid")).toString(), auth->session().id);
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("user_2jane0000000000000000000001"));

        // The password really changed on the server.
        QString code;
        QVERIFY(!signsIn(kJane, kJanePassword, &code));
        QCOMPARE(code, QStringLiteral("form_password_incorrect"));
        QVERIFY(signsIn(kJane, kNewPassword));
    }

    void userChoosesThePhoneFactor()
    {
        auto auth = loadedAuth();
        QVERIFY(await(auth->startSignIn(kJanePhone)).ok());
        const SignInAttempt attempt = auth->signInAttempt();
        QVERIFY(attempt.supportsFirstFactor(Factor::Strategy::ResetPasswordPhoneCode));
        const auto factor = std::find_if(attempt.supportedFirstFactors.cbegin(), attempt.supportedFirstFactors.cend(),
                                         [](const Factor &f) {
                                             return f.strategy == Factor::Strategy::ResetPasswordPhoneCode;
                                         });
        QVERIFY(factor != attempt.supportedFirstFactors.cend());
        QCOMPARE(factor->safeIdentifier, kJanePhone);
        QVERIFY(!factor->phoneNumberId.isEmpty());

        QVERIFY(passResetCode(*auth, kJanePhone, Factor::Strategy::ResetPasswordPhoneCode));
        const Outcome o = await(auth->resetPassword(kNewPassword, false));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QVERIFY(signsIn(kJanePhone, kNewPassword));
    }

    void wrongCodeKeepsThePasswordUntouched()
    {
        auto auth = loadedAuth();
        QVERIFY(await(auth->startPasswordReset(kJane)).ok());
        Outcome o = await(auth->attemptFirstFactor(Factor::Strategy::ResetPasswordEmailCode, QStringLiteral("000000")));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("form_code_incorrect"));
        QCOMPARE(auth->status(), Auth::Status::SigningIn);
        QCOMPARE(auth->signInAttempt().status, SignInAttempt::Status::NeedsFirstFactor);

        // No new password without the code: refused here, before Clerk is asked.
        o = await(auth->resetPassword(kNewPassword));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_no_password_reset"));
        QCOMPARE(server.requestCount(kResetRoute), 0);
        QVERIFY(signsIn(kJane, kJanePassword));
    }

    void resetWithoutSignInFails()
    {
        auto auth = loadedAuth();
        const Outcome o = await(auth->resetPassword(kNewPassword, true));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_no_sign_in"));
        QCOMPARE(server.requestCount(kResetRoute), 0);
    }

    void weakPasswordIsAFieldError()
    {
        auto auth = loadedAuth();
        QVERIFY(passResetCode(*auth, kJane, Factor::Strategy::ResetPasswordEmailCode));
        Outcome o = await(auth->resetPassword(QStringLiteral("short")));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("form_password_length_too_short"));
        QCOMPARE(o.error.httpStatus(), 422);
        QCOMPARE(o.error.meta().value(QStringLiteral("param_name")).toString(), QStringLiteral("password"));
        QVERIFY(!o.error.message().isEmpty());
        // Still waiting for a (better) password; the old one still works.
        QCOMPARE(auth->status(), Auth::Status::SigningIn);
        QCOMPARE(auth->signInAttempt().status, SignInAttempt::Status::NeedsNewPassword);
        QVERIFY(signsIn(kJane, kJanePassword));

        o = await(auth->resetPassword(kNewPassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
    }

    void otherSessions_data()
    {
        QTest::addColumn<bool>("signOutOfOtherSessions");
        QTest::newRow("sign out of other sessions") << true;
        QTest::newRow("keep other sessions") << false;
    }
    void otherSessions()
    {
        QFETCH(bool, signOutOfOtherSessions);
        // Jane is signed in on another device (another client).
        auto other = loadedAuth();
        QVERIFY(await(other->signIn(kJane, kJanePassword)).ok());
        QCOMPARE(other->status(), Auth::Status::SignedIn);
        const QString otherSession = other->session().id;

        auto auth = loadedAuth();
        QVERIFY(passResetCode(*auth, kJane, Factor::Strategy::ResetPasswordEmailCode));
        const Outcome o = await(auth->resetPassword(kNewPassword, signOutOfOtherSessions));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QVERIFY(auth->session().id != otherSession);
        QTRY_VERIFY_WITH_TIMEOUT(!auth->sessionToken().isEmpty(), 20000);

        // The other device learns on its next request for a token.
        QSignalSpy signedOutSpy(other.get(), &Auth::signedOutByServer);
        GetTokenOptions fresh;
        fresh.skipCache = true;
        const Outcome token = await(other->getToken(fresh));
        if (signOutOfOtherSessions) {
            QCOMPARE(token.error.kind(), Error::Kind::Auth);
            QCOMPARE(token.error.code(), QStringLiteral("signed_out"));
            QCOMPARE(signedOutSpy.count(), 1);
            QCOMPARE(other->status(), Auth::Status::SignedOut);
        } else {
            QVERIFY2(token.ok(), qPrintable(token.error.toString()));
            QCOMPARE(other->status(), Auth::Status::SignedIn);
            QCOMPARE(other->session().id, otherSession);
        }
        // This device's new session is never among the others.
        QVERIFY(await(auth->getToken(fresh)).ok());
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
    }
};

QTEST_GUILESS_MAIN(tst_AuthPasswordReset)
#include "tst_auth_passwordreset.moc"
