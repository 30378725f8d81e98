// Restart restores the session from the real keychain with exactly one FAPI request; server-side revocation;
// a start that gets an error answer stays restorable; only a 401 clears the stored session.
#include "keychainkeys.h"
#include "testhelpers.h"

using namespace Clerk;
using namespace TestHelpers;
using KeychainTesting::documentedKey;

class tst_KeychainRestore : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    QString service;
    QString key;

    /// Signs Jane in with one Auth, waits until the latest client token is in the keychain, drops the Auth.
    bool signInAndPersist(QString *sessionId = nullptr, QString *clientToken = nullptr)
    {
        SpyNam nam;
        Auth auth(configFor(server, service, &nam));
        if (!waitLoaded(auth))
            return false;
        const Outcome o = await(auth.signIn(kJane, kJanePassword));
        if (!o.ok() || nam.lastClientToken.isEmpty())
            return false;
        QElapsedTimer t;
        t.start();
        while (storedClientToken(service, key) != nam.lastClientToken && t.elapsed() < 20000)
            QTest::qWait(50);
        if (sessionId)
            *sessionId = auth.session().id;
        if (clientToken)
            *clientToken = nam.lastClientToken;
        return storedClientToken(service, key) == nam.lastClientToken;
    }

    QString clientIdOf(const QString &clientToken)
    {
        // The client id, as the server knows it: ask it with the token.
        return probeClient(server, clientToken).client.value(QLatin1String("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        service = uniqueService("restore");
        key = documentedKey(service, QString(), server.publishableKey());
    }
    void init()
    {
        server.reset();
        deleteKeychain(service, key);
    }
    void cleanupTestCase() { deleteKeychain(service, key); }

    void restoreWithOneRequest()
    {
        QString sessionId;
        QVERIFY(signInAndPersist(&sessionId));
        server.resetCounters();

        Auth auth(configFor(server, service));
        QList<Auth::Status> statuses;
        int requestsAtToken = -1;
        connect(&auth, &Auth::statusChanged, this, [&] { statuses << auth.status(); });
        connect(&auth, &Auth::sessionTokenChanged, this, [&] {
            if (requestsAtToken < 0 && !auth.sessionToken().isEmpty())
                requestsAtToken = server.totalRequestCount();
        });
        QCOMPARE(auth.status(), Auth::Status::Loading);
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        // Never "signed out" on the way: Loading → SignedIn directly.
        QCOMPARE(statuses, QList<Auth::Status>{Auth::Status::SignedIn});
        QCOMPARE(requestsAtToken, 1);
        QCOMPARE(server.requestCount(QStringLiteral("GET /v1/client")), 1);
        QCOMPARE(auth.session().id, sessionId);
        QCOMPARE(auth.user().primaryEmailAddress(), kJane);
        // Usable: names the session and has not expired.
        const QJsonObject claims = jwtClaims(auth.sessionToken());
        QCOMPARE(claims.value(QLatin1String("sid")).toString(), sessionId);
        QVERIFY(qint64(claims.value(QLatin1String("exp")).toDouble()) > server.now() / 1000);
        QVERIFY(auth.isPersistent());
        QVERIFY2(auth.backgroundError().isNull(), qPrintable(auth.backgroundError().toString()));
    }

    void revokedClientSignsOut()
    {
        QString token;
        QVERIFY(signInAndPersist(nullptr, &token));
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);

        const QString clientId = clientIdOf(token);
        QVERIFY(!clientId.isEmpty());
        QVERIFY(server.revokeClient(clientId));

        QSignalSpy serverSignOut(&auth, &Auth::signedOutByServer);
        const Outcome o = await(auth.reload());
        QCOMPARE(o.error.httpStatus(), 401);
        QCOMPARE(o.error.code(), QStringLiteral("signed_out"));
        QCOMPARE(serverSignOut.count(), 1);
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QVERIFY(auth.sessionToken().isEmpty());
        QVERIFY(auth.backgroundError().isNull()); // the 401 is the reload's own error, and a sign-out
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(service, key).first, 20000);

        // A restart now starts signed out, without asking the server.
        server.resetCounters();
        Auth again(configFor(server, service));
        QVERIFY(waitLoaded(again));
        QCOMPARE(again.status(), Auth::Status::SignedOut);
        QCOMPARE(server.totalRequestCount(), 0);
    }

    void revokedClientAtStartup()
    {
        QString token;
        QVERIFY(signInAndPersist(nullptr, &token));
        QVERIFY(server.revokeClient(clientIdOf(token)));
        Auth auth(configFor(server, service));
        QList<Auth::Status> statuses;
        connect(&auth, &Auth::statusChanged, this, [&] { statuses << auth.status(); });
        QVERIFY(waitLoaded(auth));
        QCOMPARE(statuses, QList<Auth::Status>{Auth::Status::SignedOut});
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(service, key).first, 20000);
    }

    void revokedSessionSignsOutButKeepsClient()
    {
        QString sessionId;
        QVERIFY(signInAndPersist(&sessionId));
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);

        QVERIFY(server.revokeSession(sessionId));
        const Outcome o = await(auth.reload());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QVERIFY(!auth.isSignedIn());
        QVERIFY(auth.sessionToken().isEmpty());
        // The client itself is still valid: its token stays stored (only a 401 clears it).
        QVERIFY(readKeychain(service, key).first);

        // And the same client signs in again.
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
    }

    void offlineStartStaysRestorable_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<Error::Kind>("errorKind");
        // No answer at all (a reset) shows the stored snapshot instead: tst_offline_start.
        QTest::newRow("503") << "status" << 503 << Error::Kind::Server;
        QTest::newRow("429") << "status" << 429 << Error::Kind::RateLimited;
        QTest::newRow("malformed") << "malformed" << 200 << Error::Kind::Protocol;
    }
    void offlineStartStaysRestorable()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(Error::Kind, errorKind);
        QVERIFY(signInAndPersist());

        ClerkEmulator::Fault fault;
        fault.pattern = QStringLiteral("GET /v1/client");
        QVERIFY(ClerkEmulator::Fault::kindFromString(kind, &fault.kind));
        fault.status = status;
        fault.retryAfterSeconds = 1;
        server.addFault(fault);
        server.resetCounters();

        Auth auth(configFor(server, service));
        QList<Auth::Status> statuses;
        connect(&auth, &Auth::statusChanged, this, [&] { statuses << auth.status(); });
        QTRY_COMPARE_WITH_TIMEOUT(auth.backgroundError().kind(), errorKind, 20000);
        QCOMPARE(auth.status(), Auth::Status::Loading);
        // It keeps retrying and never says "signed out".
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(QStringLiteral("GET /v1/client")) >= 3, 30000);
        QCOMPARE(auth.status(), Auth::Status::Loading);
        QVERIFY(statuses.isEmpty());
        QVERIFY(readKeychain(service, key).first);

        // Back online: the retry restores the session.
        server.clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(auth.status(), Auth::Status::SignedIn, 30000);
        QCOMPARE(statuses, QList<Auth::Status>{Auth::Status::SignedIn});
        QVERIFY(!auth.sessionToken().isEmpty());
    }

    void twoInstancesShareOneService()
    {
        // Different publishable keys → different keychain entries under one service.
        QVERIFY(signInAndPersist());
        ClerkEmulator::Server other;
        QVERIFY(other.listen());
        QVERIFY(other.publishableKey() != server.publishableKey());
        Auth auth(configFor(other, service));
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QVERIFY(readKeychain(service, key).first);
        deleteKeychain(service, documentedKey(service, QString(), other.publishableKey()));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainRestore)
#include "tst_keychain_restore.moc"
