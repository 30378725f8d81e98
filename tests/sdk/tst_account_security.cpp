// Account: the signed-in user's credentials against the emulator — changing and removing the password (with
// what the instance refuses: a wrong current password, a short or breached new one), ending the user's other
// sessions, and enrolling an authenticator app (TOTP codes computed here from the secret, RFC 6238) with its
// backup codes, which the next sign-in then asks for.
#include "accounttesthelpers.h"

using namespace Clerk;
using namespace TestHelpers;
using namespace AccountTests;

namespace {

const QString kNewPassword = QStringLiteral("a much longer passphrase 2");

/// The base32 `secret` parameter of an otpauth:// URI.
QString uriSecret(const QString &uri)
{
    return QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret"));
}

/// A six-digit code the app would not show around `unixMs` (the server accepts one step of drift either way).
QString wrongCode(const QString &secret, qint64 unixMs)
{
    const QStringList near{totp(secret, unixMs - 30000), totp(secret, unixMs), totp(secret, unixMs + 30000)};
    for (int candidate = 0;; ++candidate) {
        const QString code = QStringLiteral("%1").arg(candidate * 111111 % 1000000, 6, 10, QLatin1Char('0'));
        if (!near.contains(code))
            return code;
    }
}

/// Every message of the test run, at every level (debug on for all categories in initTestCase()).
QStringList &logged()
{
    static QStringList messages;
    return messages;
}

QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logged().append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    if (previousHandler)
        previousHandler(type, context, message);
}

/// Whether any message so far contains `secret`.
bool wasLogged(const QString &secret)
{
    for (const QString &m : std::as_const(logged())) {
        if (m.contains(secret))
            return true;
    }
    return false;
}

} // namespace

class tst_AccountSecurity : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;

private Q_SLOTS:
    void initTestCase()
    {
        // Credentials must stay out of the log at every level: record everything the SDK says.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        previousHandler = qInstallMessageHandler(recordMessage);
        QVERIFY(server.listen());
    }
    void init() { QVERIFY(server.loadSeed(ClerkEmulator::Server::defaultSeed())); }

    void changePasswordRefusals_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong current") << QStringLiteral("not my password") << kNewPassword
                                       << QStringLiteral("form_password_validation_failed");
        QTest::newRow("too short") << kJanePassword << QStringLiteral("short")
                                   << QStringLiteral("form_password_length_too_short");
        // In the default seed's list of breached passwords, Clerk's Have I Been Pwned check.
        QTest::newRow("breached") << kJanePassword << QStringLiteral("password123")
                                  << QStringLiteral("form_password_pwned");
    }
    void changePasswordRefusals()
    {
        QFETCH(QString, current);
        QFETCH(QString, next);
        QFETCH(QString, code);
        auto auth = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth);
        const Outcome o = await(auth->account()->changePassword(current, next));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), code);
        QVERIFY(auth->isSignedIn());
        // Nothing changed: the old password still signs in.
        QVERIFY(signedInAuth(server, kJane, kJanePassword));
    }

    void changePasswordSignsOutTheOtherDevice()
    {
        auto auth = signedInAuth(server, kJane, kJanePassword);
        auto other = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth && other);
        const QString otherSession = other->session().id;

        const Outcome o = await(auth->account()->changePassword(kJanePassword, kNewPassword, true));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(o.result.value<User>().passwordEnabled);
        QVERIFY(auth->isSignedIn());

        // The other device learns it on its next request to Clerk.
        QVERIFY(!await(other->reloadUser()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!other->isSignedIn(), 20000);
        QVERIFY(other->sessions().isEmpty() || other->session().id != otherSession);
        // This device is still in, and the new password is the one that works.
        QVERIFY(await(auth->reloadUser()).ok());
        QVERIFY(auth->isSignedIn());
        QVERIFY(signedInAuth(server, kJane, kNewPassword));
        QVERIFY(!await(signedOutAuth(server)->signIn(kJane, kJanePassword)).ok());
        QVERIFY(!logged().isEmpty());
        QVERIFY(!wasLogged(kNewPassword));
        QVERIFY(!wasLogged(kJanePassword));
    }

    void changePasswordKeepsOtherSessionsByDefault()
    {
        auto auth = signedInAuth(server, kJane, kJanePassword);
        auto other = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth && other);
        QVERIFY(await(auth->account()->changePassword(kJanePassword, kNewPassword)).ok());
        QVERIFY(await(other->reloadUser()).ok());
        QVERIFY(other->isSignedIn());
    }

    void removePassword()
    {
        // The default seed requires a password at sign-up, and Clerk then refuses to remove it.
        auto auth = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth);
        Outcome o = await(auth->account()->removePassword(kJanePassword));
        QCOMPARE(o.error.code(), QStringLiteral("password_required"));

        QJsonObject signUp = ClerkEmulator::Server::defaultSeed().value(QLatin1String("instance")).toObject()
                                 .value(QLatin1String("sign_up")).toObject();
        signUp.insert(QStringLiteral("required"), QJsonArray{QStringLiteral("email_address")});
        QVERIFY(server.loadSeed(seedWith({{QStringLiteral("sign_up"), signUp}})));
        auth = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth);
        QVERIFY(await(auth->loadEnvironment()).ok());
        QVERIFY(!auth->userSettings().passwordRequired);
        o = await(auth->account()->removePassword(QStringLiteral("wrong")));
        QCOMPARE(o.error.code(), QStringLiteral("form_password_validation_failed"));
        o = await(auth->account()->removePassword(kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(!o.result.value<User>().passwordEnabled);
        QVERIFY(!auth->user().passwordEnabled);
        QVERIFY(!await(signedOutAuth(server)->signIn(kJane, kJanePassword)).ok());
    }

    void authenticatorAppEnrolment()
    {
        auto auth = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth);
        Account *account = auth->account();
        QVERIFY(!auth->user().totpEnabled);

        Outcome o = await(account->createTotp());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const TotpSetup setup = o.result.value<TotpSetup>();
        QVERIFY(!setup.verified);
        QVERIFY(setup.id.startsWith(QLatin1String("totp_")));
        QVERIFY(!setup.secret.isEmpty());
        QVERIFY(setup.uri.startsWith(QLatin1String("otpauth://totp/")));
        QCOMPARE(uriSecret(setup.uri), setup.secret);
        QVERIFY(setup.backupCodes.isEmpty());
        QVERIFY(!auth->user().totpEnabled);

        o = await(account->verifyTotp(wrongCode(setup.secret, server.now())));
        QCOMPARE(o.error.code(), QStringLiteral("form_code_incorrect"));

        o = await(account->verifyTotp(QStringLiteral(" %1 ").arg(totp(setup.secret, server.now()))));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const TotpSetup verified = o.result.value<TotpSetup>();
        QVERIFY(verified.verified);
        QVERIFY(verified.secret.isEmpty());
        QCOMPARE(verified.backupCodes.size(), 10);
        QVERIFY(auth->user().totpEnabled);
        QVERIFY(auth->user().backupCodeEnabled);
        QVERIFY(auth->user().twoFactorEnabled);

        // New backup codes replace the first ones.
        o = await(account->createBackupCodes());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const QStringList codes = o.result.toStringList();
        QCOMPARE(codes.size(), 10);
        for (const QString &old : verified.backupCodes)
            QVERIFY(!codes.contains(old));

        // Another device now needs the app's code after the password.
        auto device = signedOutAuth(server);
        QVERIFY(await(device->signIn(kJane, kJanePassword)).ok());
        QCOMPARE(device->signInAttempt().status, SignInAttempt::Status::NeedsSecondFactor);
        QVERIFY(device->signInAttempt().supportsSecondFactor(Factor::Strategy::Totp));
        QVERIFY(device->signInAttempt().supportsSecondFactor(Factor::Strategy::BackupCode));
        o = await(device->attemptSecondFactor(Factor::Strategy::Totp, totp(setup.secret, server.now())));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(device->isSignedIn());
        // A code of the replaced set no longer works, one of the new set does.
        auto backup = signedOutAuth(server);
        QVERIFY(await(backup->signIn(kJane, kJanePassword)).ok());
        QVERIFY(!await(backup->attemptSecondFactor(Factor::Strategy::BackupCode, verified.backupCodes.first())).ok());
        QVERIFY(await(backup->attemptSecondFactor(Factor::Strategy::BackupCode, codes.first())).ok());

        // Neither the secret nor any code reached the log.
        QVERIFY(!wasLogged(setup.secret));
        for (const QString &code : verified.backupCodes + codes)
            QVERIFY2(!wasLogged(code), qPrintable(code));

        o = await(account->disableTotp());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(!auth->user().totpEnabled);
        // Backup codes alone are no second factor: the password is enough again.
        QVERIFY(!auth->user().twoFactorEnabled);
        QVERIFY(signedInAuth(server, kJane, kJanePassword));
    }

    void backupCodesNeedAnotherSecondFactor()
    {
        auto auth = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth);
        const Outcome o = await(auth->account()->createBackupCodes());
        QCOMPARE(o.error.code(), QStringLiteral("backup_codes_not_available"));
    }
};

QTEST_GUILESS_MAIN(tst_AccountSecurity)
#include "tst_account_security.moc"
