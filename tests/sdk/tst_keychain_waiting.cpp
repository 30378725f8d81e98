// Issue #21 item 2: a keychain read that waits for the user (a macOS permission prompt), driven through the back-end
// seam with a keychain whose reads the test answers when it likes — no real prompt, no fixed sleeps. Under
// macOS's policy Auth waits, stays Loading and says that the keychain waits; under a bounded policy (Linux's
// Secret Service, Windows) it times out into a typed error, and the late answer changes nothing.
#include "keychainpolicy_p.h"
#include "keychaintesting.h"
#include "testhelpers.h"

using namespace Clerk;
using namespace TestHelpers;
using namespace KeychainTesting;
using namespace std::chrono_literals;

class tst_KeychainWaiting : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    MemoryKeychain keychain;

    /// Jane signed in by an earlier run: her entry is in the (memory) keychain.
    bool janeStored(const AuthConfig &config)
    {
        Auth auth(config);
        if (!waitLoaded(auth) || !await(auth.signIn(kJane, kJanePassword)).ok())
            return false;
        const QString id = config.keychainService + QLatin1Char('\n')
            + documentedKey(config.keychainService, config.keychainAppId, config.publishableKey);
        QElapsedTimer t;
        t.start();
        while (!keychain.entries.contains(id) && t.elapsed() < 20000)
            QTest::qWait(20);
        return keychain.entries.contains(id);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init()
    {
        server.reset();
        keychain = MemoryKeychain();
        setKeychainBackendForTesting(keychain.backend());
    }
    void cleanup() { setKeychainBackendForTesting({}); }

    void macPolicyWaitsForTheUser()
    {
        AuthConfig config = configFor(server, uniqueService("waiting"));
        QVERIFY(janeStored(config));

        config.keychainTimeout = keychainPolicyFor(QOperatingSystemVersion::MacOS).timeout;
        keychain.holdReads = true;
        Auth auth(config);
        QSignalSpy waiting(&auth, &Auth::keychainWaitingChanged);
        QSignalSpy errors(&auth, &Auth::backgroundErrorChanged);
        QSignalSpy statuses(&auth, &Auth::statusChanged);
        QVERIFY(!auth.isKeychainWaiting());
        QTRY_VERIFY_WITH_TIMEOUT(auth.isKeychainWaiting(), 15000);
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(auth.status(), Auth::Status::Loading);
        QCOMPARE(keychain.held.size(), 1);

        // Operations called meanwhile wait for the answer too.
        Reply *user = auth.reload();
        user->setAutoDelete(false);
        QVERIFY(!user->isFinished());

        // A second after the read began: a bounded policy of that length would have failed it by now.
        QVERIFY(errors.isEmpty());
        QVERIFY(statuses.isEmpty());

        keychain.release(); // the user allowed access
        QTRY_COMPARE_WITH_TIMEOUT(auth.status(), Auth::Status::SignedIn, 20000);
        QCOMPARE(auth.user().primaryEmailAddress(), kJane);
        QVERIFY(!auth.isKeychainWaiting());
        QCOMPARE(waiting.count(), 2);
        QVERIFY(auth.isPersistent());
        QVERIFY2(auth.backgroundError().isNull(), qPrintable(auth.backgroundError().toString()));
        QCOMPARE(statuses.count(), 1); // Loading → SignedIn, never SignedOut on the way
        QVERIFY(await(user).ok());
    }

    void restartWhileWaitingSaysSo()
    {
        AuthConfig config = configFor(server, uniqueService("restart"));
        config.keychainTimeout = keychainPolicyFor(QOperatingSystemVersion::MacOS).timeout;
        keychain.holdReads = true;
        Auth auth(config);
        QList<bool> seen; // isKeychainWaiting() at each keychainWaitingChanged
        connect(&auth, &Auth::keychainWaitingChanged, this, [&] { seen << auth.isKeychainWaiting(); });
        QTRY_COMPARE_WITH_TIMEOUT(seen, QList<bool>{true}, 15000);

        // Another service: a new engine (after a queued restart), whose keychain has not been asked long enough to
        // be waiting — a QML binding showing "waiting" must hear that it stopped, then that the new read waits.
        auth.setKeychainService(config.keychainService + QStringLiteral("-other"));
        QTRY_COMPARE_WITH_TIMEOUT(seen, (QList<bool>{true, false, true}), 15000);
        keychain.holdReads = false; // the user answers, and no later read asks again
        keychain.release();
        QTRY_COMPARE_WITH_TIMEOUT(auth.status(), Auth::Status::SignedOut, 20000);
        QVERIFY(!auth.isKeychainWaiting());
    }

    void boundedPolicyTimesOut()
    {
        AuthConfig config = configFor(server, uniqueService("bounded"));
        QVERIFY(janeStored(config));

        // Linux's and Windows' policy is a bound (10 s); an app's shorter one behaves the same, faster.
        QVERIFY(keychainPolicyFor(QOperatingSystemVersion::Windows).timeout > 0ms);
        config.keychainTimeout = 300ms;
        keychain.holdReads = true;
        Auth auth(config);
        QTRY_COMPARE_WITH_TIMEOUT(auth.backgroundError().code(), QStringLiteral("clerkqt_keychain_timeout"), 15000);
        QCOMPARE(auth.backgroundError().kind(), Error::Kind::Keychain);
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QVERIFY(!auth.isPersistent());
        QVERIFY(!auth.isKeychainWaiting());

        // The answer comes after all: the run stays in memory as reported, nothing restored behind its back.
        QSignalSpy statuses(&auth, &Auth::statusChanged);
        keychain.release(); // answers at once; anything it set off would be queued behind this
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(statuses.isEmpty());
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QVERIFY(!auth.isPersistent());
    }

    void defaultIsThePlatformsPolicy()
    {
        Auth auth(configFor(server, uniqueService("default")));
        QCOMPARE(auth.config().keychainTimeout, keychainPolicyFor(QOperatingSystemVersion::currentType()).timeout);
        QCOMPARE(auth.keychainTimeout(), auth.config().keychainTimeout);
        AuthConfig own = auth.config();
        own.keychainTimeout = 1234ms;
        auth.setConfig(own);
        QCOMPARE(auth.keychainTimeout(), 1234ms);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainWaiting)
#include "tst_keychain_waiting.moc"
