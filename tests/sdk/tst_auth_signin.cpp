// Sign-in flows end to end against the emulator: password, email/phone code, second factor, errors, sign-out.
#include "testhelpers.h"

using namespace Clerk;
using namespace TestHelpers;

class tst_AuthSignIn : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    QString service;
    QList<QString> usedKeys;

    std::unique_ptr<Auth> makeAuth(QNetworkAccessManager *nam = nullptr)
    {
        auto auth = std::make_unique<Auth>(configFor(server, service, nam));
        return auth;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        service = uniqueService("signin");
    }
    void init()
    {
        server.reset();
        deleteKeychain(service, keychainKey(service, server.publishableKey()));
    }
    void cleanupTestCase() { deleteKeychain(service, keychainKey(service, server.publishableKey())); }

    void freshStartIsSignedOutWithoutNetwork()
    {
        auto auth = makeAuth();
        QCOMPARE(auth->status(), Auth::Status::Loading);
        QSignalSpy statusSpy(auth.get(), &Auth::statusChanged);
        QVERIFY(waitLoaded(*auth));
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
        QCOMPARE(statusSpy.count(), 1);
        QVERIFY(!auth->isSignedIn());
        QVERIFY(auth->isPersistent());
        QVERIFY2(auth->backgroundError().isNull(), qPrintable(auth->backgroundError().toString()));
        QCOMPARE(server.totalRequestCount(), 0); // nothing stored: no request needed to know it
    }

    void passwordSignIn()
    {
        SpyNam nam;
        auto auth = makeAuth(&nam);
        QVERIFY(waitLoaded(*auth));
        QSignalSpy signedInSpy(auth.get(), &Auth::signedInChanged);
        QSignalSpy tokenSpy(auth.get(), &Auth::sessionTokenChanged);
        QSignalSpy userSpy(auth.get(), &Auth::userChanged);

        const Outcome o = await(auth->signIn(kJane, kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SignedIn);
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QVERIFY(auth->isSignedIn());
        QCOMPARE(signedInSpy.count(), 1);
        QVERIFY(tokenSpy.count() >= 1);
        QVERIFY(userSpy.count() >= 1);
        QCOMPARE(auth->user().primaryEmailAddress(), kJane);
        QCOMPARE(auth->user().firstName, QStringLiteral("Jane"));
        QCOMPARE(auth->sessions().size(), 1);
        QCOMPARE(auth->session().status, Session::Status::Active);
        QCOMPARE(auth->session().user.id, auth->user().id);

        const QJsonObject claims = jwtClaims(auth->sessionToken());
        QCOMPARE(claims.value(QLatin1String("sid")).toString(), auth->session().id);
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), auth->user().id);
        QVERIFY(nam.requests >= 1); // the app's QNetworkAccessManager carried the traffic
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/client/sign_ins")), 1);

        // The client token went to the keychain, and it is the current one.
        QVERIFY(!nam.lastClientToken.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(storedClientToken(service, keychainKey(service, server.publishableKey())),
                                  nam.lastClientToken, 20000);
        QVERIFY(auth->backgroundError().isNull());
    }

    void stepwisePassword()
    {
        auto auth = makeAuth();
        QVERIFY(waitLoaded(*auth));
        Outcome o = await(auth->startSignIn(kJane));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SigningIn);
        QVERIFY(auth->signInAttempt().supportsFirstFactor(Factor::Strategy::Password));
        o = await(auth->attemptFirstFactor(Factor::Strategy::Password, kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong password") << kJane << "not the password" << "form_password_incorrect";
        QTest::newRow("unknown identifier") << "nobody+clerk_test@example.com" << "whatever-123" << "form_identifier_not_found";
    }
    void errors()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, password);
        QFETCH(QString, code);
        auto auth = makeAuth();
        QVERIFY(waitLoaded(*auth));
        QSignalSpy errorSpy(auth.get(), &Auth::backgroundErrorChanged);
        Reply *reply = auth->signIn(identifier, password);
        QSignalSpy replyErrorSpy(reply, &Reply::errorOccurred);
        const Outcome o = await(reply);
        QVERIFY(o.finished);
        QCOMPARE(replyErrorSpy.count(), 1);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), code);
        QVERIFY(o.error.httpStatus() >= 400 && o.error.httpStatus() < 500);
        QVERIFY(!o.error.message().isEmpty());
        // The reply is the one channel of an operation's error.
        QVERIFY(auth->backgroundError().isNull());
        QCOMPARE(errorSpy.count(), 0);
        QVERIFY(!auth->isSignedIn());
        QVERIFY(auth->sessionToken().isEmpty());
        QVERIFY(auth->status() != Auth::Status::SignedIn);

        // The same Auth still signs in afterwards.
        const Outcome ok = await(auth->signIn(kJane, kJanePassword));
        QVERIFY2(ok.ok(), qPrintable(ok.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
    }

    void codeSignIn_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<Factor::Strategy>("strategy");
        QTest::newRow("email code") << kJane << Factor::Strategy::EmailCode;
        QTest::newRow("phone code") << kJanePhone << Factor::Strategy::PhoneCode;
    }
    void codeSignIn()
    {
        QFETCH(QString, identifier);
        QFETCH(Factor::Strategy, strategy);
        auto auth = makeAuth();
        QVERIFY(waitLoaded(*auth));
        Outcome o = await(auth->signInWithCode(identifier, strategy));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SigningIn);
        const QString strategyName = strategy == Factor::Strategy::EmailCode ? QStringLiteral("email_code")
                                                                            : QStringLiteral("phone_code");
        QCOMPARE(auth->signInAttempt().firstFactorVerification.strategyString, strategyName);
        QCOMPARE(auth->signInAttempt().status, SignInAttempt::Status::NeedsFirstFactor);

        // Wrong code: typed error, still signing in.
        o = await(auth->attemptFirstFactor(strategy, QStringLiteral("000000")));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("form_code_incorrect"));
        QCOMPARE(auth->status(), Auth::Status::SigningIn);
        QVERIFY(!auth->isSignedIn());

        o = await(auth->attemptFirstFactor(strategy, kTestCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().primaryEmailAddress(), kJane);
        QVERIFY(!auth->sessionToken().isEmpty());
    }

    void attemptWithoutSignInIsInvalidState()
    {
        auto auth = makeAuth();
        QVERIFY(waitLoaded(*auth));
        const Outcome o = await(auth->attemptFirstFactor(Factor::Strategy::EmailCode, kTestCode));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
    }

    void secondFactorTotp()
    {
        auto auth = makeAuth();
        QVERIFY(waitLoaded(*auth));
        Outcome o = await(auth->signIn(kBob, kBobPassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::NeedsSecondFactor);
        QVERIFY(!auth->isSignedIn());
        QVERIFY(auth->signInAttempt().supportsSecondFactor(Factor::Strategy::Totp));

        o = await(auth->attemptSecondFactor(Factor::Strategy::Totp, QStringLiteral("000000")));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("form_code_incorrect"));
        QCOMPARE(auth->status(), Auth::Status::NeedsSecondFactor);

        o = await(auth->attemptSecondFactor(Factor::Strategy::Totp, totp(kBobTotpSecret, server.now())));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().primaryEmailAddress(), kBob);
    }

    void secondFactorBackupCode()
    {
        {
            auto auth = makeAuth();
            QVERIFY(waitLoaded(*auth));
            QVERIFY(await(auth->signIn(kBob, kBobPassword)).ok());
            QCOMPARE(auth->status(), Auth::Status::NeedsSecondFactor);
            const Outcome o = await(auth->attemptSecondFactor(Factor::Strategy::BackupCode, QStringLiteral("bkp-11111111")));
            QVERIFY2(o.ok(), qPrintable(o.error.toString()));
            QCOMPARE(auth->status(), Auth::Status::SignedIn);
            QVERIFY(await(auth->signOut()).ok());
        }
        // Backup codes are single use.
        auto auth = makeAuth();
        QVERIFY(waitLoaded(*auth));
        QVERIFY(await(auth->signIn(kBob, kBobPassword)).ok());
        const Outcome reused = await(auth->attemptSecondFactor(Factor::Strategy::BackupCode, QStringLiteral("bkp-11111111")));
        QCOMPARE(reused.error.kind(), Error::Kind::Auth);
        QCOMPARE(auth->status(), Auth::Status::NeedsSecondFactor);
    }

    void signOutRevokesAndForgets()
    {
        SpyNam nam;
        auto auth = makeAuth(&nam);
        QVERIFY(waitLoaded(*auth));
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        const QString key = keychainKey(service, server.publishableKey());
        QTRY_COMPARE_WITH_TIMEOUT(storedClientToken(service, key), nam.lastClientToken, 20000);
        const QString oldToken = nam.lastClientToken;

        QSignalSpy statusSpy(auth.get(), &Auth::statusChanged);
        const Outcome o = await(auth->signOut());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
        QVERIFY(!auth->isSignedIn());
        QVERIFY(auth->sessionToken().isEmpty());
        QVERIFY(auth->sessions().isEmpty());
        QVERIFY(auth->user().isNull());
        QCOMPARE(server.requestCount(QStringLiteral("DELETE /v1/client")), 1);
        // Gone from the keychain …
        QKeychain::Error kerr = QKeychain::NoError;
        QVERIFY(!readKeychain(service, key, &kerr).first);
        QCOMPARE(kerr, QKeychain::EntryNotFound);
        // … and dead on the server: the old token has no session any more.
        const ClientProbe probe = probeClient(server, oldToken);
        QVERIFY2(probe.status == 401 || !probe.hasActiveSession(), qPrintable(QString::number(probe.status)));

        // Signing in again works (a new client).
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
    }

    void failuresNeverLoseTheSession_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<Error::Kind>("errorKind");
        QTest::newRow("connection reset") << "reset" << 0 << Error::Kind::Network;
        QTest::newRow("truncated body") << "truncate" << 0 << Error::Kind::Network;
        QTest::newRow("500") << "status" << 500 << Error::Kind::Server;
        QTest::newRow("429") << "status" << 429 << Error::Kind::RateLimited;
        QTest::newRow("not json") << "malformed" << 200 << Error::Kind::Protocol;
    }
    void failuresNeverLoseTheSession()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(Error::Kind, errorKind);
        auto auth = makeAuth();
        QVERIFY(waitLoaded(*auth));
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        const QString token = auth->sessionToken();
        const QString sessionId = auth->session().id;

        ClerkEmulator::Fault fault;
        fault.pattern = QStringLiteral("/v1/*");
        QVERIFY(ClerkEmulator::Fault::kindFromString(kind, &fault.kind));
        fault.status = status;
        fault.retryAfterSeconds = 7;
        server.addFault(fault);

        QSignalSpy signedOutSpy(auth.get(), &Auth::signedOutByServer);
        QList<std::function<Reply *()>> operations{[&] { return auth->reload(); }, [&] { return auth->reloadUser(); },
                                                   [&] { return auth->touchSession(); }};
        // A truncated answer comes after the server did the work: a truncated sign-out really signed out.
        if (kind != QLatin1String("truncate"))
            operations << [&] { return auth->signOut(); };
        for (const auto &operation : std::as_const(operations)) {
            const Outcome o = await(operation());
            QVERIFY(o.finished);
            QCOMPARE(o.error.kind(), errorKind);
            if (errorKind == Error::Kind::RateLimited)
                QVERIFY(o.error.retryAfter() == std::chrono::seconds(7));
        }
        QVERIFY(auth->backgroundError().isNull()); // each failure went to its own reply
        // Nothing lost: still signed in, same session and token, still in the keychain.
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QCOMPARE(auth->session().id, sessionId);
        QCOMPARE(auth->sessionToken(), token);
        QCOMPARE(signedOutSpy.count(), 0);
        QVERIFY(readKeychain(service, keychainKey(service, server.publishableKey())).first);

        server.clearFaults();
        QVERIFY(await(auth->reload()).ok());
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QVERIFY(await(auth->signOut()).ok());
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
    }

    void chaining()
    {
        auto auth = makeAuth();
        QVERIFY(waitLoaded(*auth));
        bool thenRan = false, errorRan = false;
        Auth *a = auth.get();
        auth->signIn(kJane, kJanePassword)
            ->then(this, [&thenRan, a] {
                thenRan = true;
                QCOMPARE(a->status(), Auth::Status::SignedIn); // state is updated before replies report
            })
            ->onError(this, [&errorRan](const Error &) { errorRan = true; });
        QTRY_VERIFY_WITH_TIMEOUT(thenRan, 20000);
        QVERIFY(!errorRan);

        QString email; // the typed result: ReplyOf<User> hands the continuation a User
        auth->reloadUser()->then(this, [&email](const User &user) { email = user.primaryEmailAddress(); });
        QTRY_VERIFY_WITH_TIMEOUT(!email.isEmpty(), 20000);
        QCOMPARE(email, kJane);
    }
};

QTEST_GUILESS_MAIN(tst_AuthSignIn)
#include "tst_auth_signin.moc"
