// Sign-up flows end to end against the emulator: email verification, phone verification, errors.
#include "testhelpers.h"

using namespace Clerk;
using namespace TestHelpers;

class tst_AuthSignUp : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    QString service;

    static QString uniqueEmail()
    {
        return QStringLiteral("new-%1+clerk_test@example.com").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        service = uniqueService("signup");
    }
    void init() { server.reset(); }
    void cleanup() { deleteKeychain(service, keychainKey(service, server.publishableKey())); }

    void emailVerification()
    {
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        const QString email = uniqueEmail();
        SignUpParams params;
        params.emailAddress = email;
        params.password = QStringLiteral("a-long-enough-password");
        params.firstName = QStringLiteral("Grace");
        params.lastName = QStringLiteral("Hopper");
        Outcome o = await(auth.signUp(params));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::SigningUp);
        QCOMPARE(auth.signUpAttempt().status, SignUpAttempt::Status::MissingRequirements);
        QVERIFY(auth.signUpAttempt().unverifiedFields.contains(QStringLiteral("email_address")));
        QCOMPARE(auth.signUpAttempt().emailAddress, email);

        o = await(auth.prepareSignUpVerification(Factor::Strategy::EmailCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::SigningUp);

        o = await(auth.attemptSignUpVerification(Factor::Strategy::EmailCode, QStringLiteral("111111")));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("form_code_incorrect"));
        QCOMPARE(auth.status(), Auth::Status::SigningUp);
        QVERIFY(!auth.isSignedIn());

        o = await(auth.attemptSignUpVerification(Factor::Strategy::EmailCode, kTestCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QCOMPARE(auth.user().primaryEmailAddress(), email);
        QCOMPARE(auth.user().firstName, QStringLiteral("Grace"));
        QVERIFY(!auth.sessionToken().isEmpty());
        QCOMPARE(jwtClaims(auth.sessionToken()).value(QLatin1String("sub")).toString(), auth.user().id);

        // The new account signs in with its password from a fresh client.
        QVERIFY(await(auth.signOut()).ok());
        o = await(auth.signIn(email, params.password));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
    }

    void phoneVerification()
    {
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        const QString email = uniqueEmail();
        const QString phone = QStringLiteral("+15555550177");
        QVariantMap params{{QStringLiteral("emailAddress"), email},
                           {QStringLiteral("phoneNumber"), phone},
                           {QStringLiteral("password"), QStringLiteral("another-long-password")}};
        Outcome o = await(auth.signUp(QVariant(params).value<SignUpParams>())); // as QML passes a JS object
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::SigningUp);
        QVERIFY(auth.signUpAttempt().unverifiedFields.contains(QStringLiteral("phone_number")));

        o = await(auth.prepareSignUpVerification(Factor::Strategy::PhoneCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        o = await(auth.attemptSignUpVerification(Factor::Strategy::PhoneCode, kTestCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(!auth.signUpAttempt().unverifiedFields.contains(QStringLiteral("phone_number")));
        // Email still unverified: still signing up.
        QCOMPARE(auth.status(), Auth::Status::SigningUp);
        o = await(auth.prepareSignUpVerification(Factor::Strategy::EmailCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        o = await(auth.attemptSignUpVerification(Factor::Strategy::EmailCode, kTestCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QCOMPARE(auth.user().primaryPhoneNumber(), phone);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("existing identifier") << kJane << "a-long-enough-password" << "form_identifier_exists";
        QTest::newRow("short password") << uniqueEmail() << "short" << "form_password_length_too_short";
    }
    void errors()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, code);
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        SignUpParams params;
        params.emailAddress = email;
        params.password = password;
        const Outcome o = await(auth.signUp(params));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), code);
        QVERIFY(auth.backgroundError().isNull()); // an operation's error goes to its reply only
        QVERIFY(!auth.isSignedIn());
    }

    void verifyWithoutSignUpIsInvalidState()
    {
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        const Outcome o = await(auth.attemptSignUpVerification(Factor::Strategy::EmailCode, kTestCode));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
    }
};

QTEST_GUILESS_MAIN(tst_AuthSignUp)
#include "tst_auth_signup.moc"
