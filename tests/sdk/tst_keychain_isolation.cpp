// Issue #21 item 1, against the emulator over real HTTP and the real Secret Service (scripts/with-keyring.sh):
// the service and the app id are part of the account key, so two apps on one Clerk instance keep their own
// sessions — also on a service-blind store like Windows' (reproduced through the back-end seam); an entry stored
// under the legacy key is moved once, and a keyring failing half-way through the move never loses the session.
#include "keychaintesting.h"
#include "testhelpers.h"

using namespace Clerk;
using namespace TestHelpers;
using namespace KeychainTesting;

class tst_KeychainIsolation : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    RealKeychain keychain;
    /// Entries to delete afterwards: service, key.
    QList<QPair<QString, QString>> created;

    AuthConfig config(const QString &service, const QString &appId = {}, QNetworkAccessManager *nam = nullptr)
    {
        AuthConfig c = configFor(server, service, nam);
        c.keychainAppId = appId;
        created << qMakePair(keychain.forcedService.isEmpty() ? service : keychain.forcedService,
                             documentedKey(service, appId, server.publishableKey()))
                << qMakePair(service, documentedLegacyKey(server.publishableKey()));
        return c;
    }
    QString storeOf(const QString &service) const
    {
        return keychain.forcedService.isEmpty() ? service : keychain.forcedService;
    }

    /// Signs `who` in with an Auth of `c` and waits until the entry under the documented key holds the client
    /// token the server handed out last.
    bool signInAndPersist(AuthConfig c, const QString &who, const QString &password, QString *clientToken = nullptr)
    {
        SpyNam nam;
        c.networkAccessManager = &nam;
        Auth auth(c);
        if (!waitLoaded(auth) || !await(auth.signIn(who, password)).ok() || !auth.isSignedIn()
            || nam.lastClientToken.isEmpty())
            return false;
        const QString key = documentedKey(c.keychainService, c.keychainAppId, c.publishableKey);
        QElapsedTimer t;
        t.start();
        while (storedClientToken(storeOf(c.keychainService), key) != nam.lastClientToken && t.elapsed() < 20000)
            QTest::qWait(50);
        if (clientToken)
            *clientToken = nam.lastClientToken;
        return storedClientToken(storeOf(c.keychainService), key) == nam.lastClientToken;
    }

    /// The user a fresh start of `c` restores; empty when it starts signed out.
    QString restoredUser(const AuthConfig &c)
    {
        Auth auth(c);
        if (!waitLoaded(auth))
            return QStringLiteral("<still loading>");
        return auth.isSignedIn() ? auth.user().primaryEmailAddress() : QString();
    }

    /// Jane's session stored the way clerk-qt before issue #21 stored it: under the legacy key, nothing under the
    /// new one. `bareToken`: format 1 (clerk-qt 0.1), the bare client token.
    bool storeLegacyEntry(const AuthConfig &c, bool bareToken, QString *clientToken)
    {
        if (!signInAndPersist(c, kJane, kJanePassword, clientToken))
            return false;
        const QString key = documentedKey(c.keychainService, c.keychainAppId, c.publishableKey);
        const QString entry = readKeychain(c.keychainService, key).second;
        deleteKeychain(c.keychainService, key);
        return !readKeychain(c.keychainService, key).first
            && writeKeychain(c.keychainService, documentedLegacyKey(c.publishableKey),
                             bareToken ? *clientToken : entry);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init()
    {
        server.reset();
        keychain = RealKeychain();
        setKeychainBackendForTesting(keychain.backend());
    }
    void cleanup()
    {
        setKeychainBackendForTesting({});
        for (const auto &entry : std::as_const(created))
            deleteKeychain(entry.first, entry.second);
        created.clear();
    }

    // (a) Two apps on one publishable key, each restoring its own session after a restart.
    void twoAppsKeepTheirOwnSessions_data()
    {
        QTest::addColumn<bool>("serviceBlind"); // every job in one store, as QtKeychain does on Windows
        QTest::addColumn<bool>("sameService");  // told apart by the app id only
        QTest::newRow("different services") << false << false;
        QTest::newRow("same service, different app ids") << false << true;
        QTest::newRow("different services, service-blind store (Windows)") << true << false;
        QTest::newRow("same service, different app ids, service-blind store") << true << true;
    }
    void twoAppsKeepTheirOwnSessions()
    {
        QFETCH(bool, serviceBlind);
        QFETCH(bool, sameService);
        if (serviceBlind)
            keychain.forcedService = uniqueService("blind");
        const QString serviceA = uniqueService("iso-a");
        const QString serviceB = sameService ? serviceA : uniqueService("iso-b");
        const AuthConfig a = config(serviceA, sameService ? QStringLiteral("com.example.dev") : QString());
        const AuthConfig b = config(serviceB, sameService ? QStringLiteral("com.example.release") : QString());

        QVERIFY(signInAndPersist(a, kJane, kJanePassword));
        QVERIFY(signInAndPersist(b, kAda, kAdaPassword));
        QCOMPARE(restoredUser(a), kJane);
        QCOMPARE(restoredUser(b), kAda);
        // And again: a restore rewrites its own entry only.
        QCOMPARE(restoredUser(b), kAda);
        QCOMPARE(restoredUser(a), kJane);
    }

    // (b) An entry under the legacy key is restored on the first start, then lives under the new key only; the
    // second start reads the new key and nothing else.
    void legacyEntryMovesOnce_data()
    {
        QTest::addColumn<bool>("bareToken");
        QTest::newRow("format 2 entry") << false;
        QTest::newRow("format 1 entry (bare token)") << true;
    }
    void legacyEntryMovesOnce()
    {
        QFETCH(bool, bareToken);
        const AuthConfig c = config(uniqueService("legacy"));
        const QString newKey = documentedKey(c.keychainService, QString(), c.publishableKey);
        const QString legacyKey = documentedLegacyKey(c.publishableKey);
        QString token;
        QVERIFY(storeLegacyEntry(c, bareToken, &token));

        keychain.log.clear();
        {
            Auth auth(c);
            QVERIFY(waitLoaded(auth));
            QCOMPARE(auth.status(), Auth::Status::SignedIn);
            QCOMPARE(auth.user().primaryEmailAddress(), kJane);
            QVERIFY(auth.isPersistent());
            QVERIFY2(auth.backgroundError().isNull(), qPrintable(auth.backgroundError().toString()));
            QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(c.keychainService, legacyKey).first, 20000);
            QCOMPARE(storedClientToken(c.keychainService, newKey), token);
        }
        // Written before the legacy entry was deleted.
        const int written = keychain.log.indexOf(QStringLiteral("write ") + newKey);
        const int deleted = keychain.log.indexOf(QStringLiteral("delete ") + legacyKey);
        QVERIFY2(written >= 0 && deleted > written, qPrintable(keychain.log.join(QLatin1String(", "))));

        keychain.log.clear();
        QCOMPARE(restoredUser(c), kJane);
        QVERIFY2(!keychain.touched(legacyKey), qPrintable(keychain.log.join(QLatin1String(", "))));
        QVERIFY(!readKeychain(c.keychainService, legacyKey).first);
    }

    // (c) The keyring fails half-way through the move: the session is kept, and nothing is lost.
    void failingMoveKeepsTheSession()
    {
        const AuthConfig c = config(uniqueService("halfway"));
        const QString newKey = documentedKey(c.keychainService, QString(), c.publishableKey);
        const QString legacyKey = documentedLegacyKey(c.publishableKey);
        QString token;
        QVERIFY(storeLegacyEntry(c, false, &token));

        keychain.failure = [newKey](const KeychainRequest &r) {
            return r.op == KeychainRequest::Op::Write && r.key == newKey
                ? Error(Error::Kind::Keychain, QStringLiteral("clerkqt_keychain_access_denied"), QStringLiteral("no"))
                : Error();
        };
        {
            Auth auth(c);
            QVERIFY(waitLoaded(auth));
            QCOMPARE(auth.status(), Auth::Status::SignedIn); // restored from the legacy entry
            QCOMPARE(auth.user().primaryEmailAddress(), kJane);
            QCOMPARE(auth.backgroundError().code(), QStringLiteral("clerkqt_keychain_access_denied"));
            QVERIFY(keychain.touched(legacyKey));
        }
        QCOMPARE(storedClientToken(c.keychainService, legacyKey), token); // still there for a later start
        QVERIFY(!readKeychain(c.keychainService, newKey).first);

        // The keyring works again: the next start finishes the move.
        keychain.failure = {};
        QCOMPARE(restoredUser(c), kJane);
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(c.keychainService, legacyKey).first, 20000);
        QCOMPARE(storedClientToken(c.keychainService, newKey), token);
    }

    void failingLegacyDeleteIsRetried()
    {
        const AuthConfig c = config(uniqueService("leftover"));
        const QString newKey = documentedKey(c.keychainService, QString(), c.publishableKey);
        const QString legacyKey = documentedLegacyKey(c.publishableKey);
        QString token;
        QVERIFY(storeLegacyEntry(c, false, &token));

        keychain.failure = [legacyKey](const KeychainRequest &r) {
            return r.op == KeychainRequest::Op::Delete && r.key == legacyKey
                ? Error(Error::Kind::Keychain, QStringLiteral("clerkqt_keychain_failed"), QStringLiteral("no"))
                : Error();
        };
        Auth auth(c);
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.user().primaryEmailAddress(), kJane);
        QTRY_COMPARE_WITH_TIMEOUT(storedClientToken(c.keychainService, newKey), token, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(keychain.log.contains(QStringLiteral("delete ") + legacyKey), 20000);
        QCOMPARE(storedClientToken(c.keychainService, legacyKey), token);

        // Signing out deletes both: the leftover would otherwise bring the client back on the next start.
        keychain.failure = {};
        QVERIFY(await(auth.signOut()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(c.keychainService, legacyKey).first, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(c.keychainService, newKey).first, 20000);
        server.resetCounters();
        QCOMPARE(restoredUser(c), QString());
        QCOMPARE(server.totalRequestCount(), 0); // nothing stored, nothing to ask the server about
    }
};

QTEST_GUILESS_MAIN(tst_KeychainIsolation)
#include "tst_keychain_isolation.moc"
