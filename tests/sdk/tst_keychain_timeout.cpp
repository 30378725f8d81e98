// A keychain that never answers (QT_NO_GLIB=1: libsecret's callbacks never run) must not hang Auth: every job
// times out into a typed Keychain error, start-up completes, and the session works in memory.
#include "testhelpers.h"

using namespace Clerk;
using namespace TestHelpers;

class tst_KeychainTimeout : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;

private Q_SLOTS:
    void initTestCase()
    {
        if (qgetenv("QT_NO_GLIB") != "1")
            QSKIP("needs QT_NO_GLIB=1 in the environment (set by ctest)");
        QVERIFY(server.listen());
    }

    void stuckKeychainTimesOut()
    {
        AuthConfig config = configFor(server, uniqueService("timeout"));
        config.keychainTimeout = std::chrono::milliseconds(500);
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QCOMPARE(auth.backgroundError().kind(), Error::Kind::Keychain);
        QCOMPARE(auth.backgroundError().code(), QStringLiteral("clerkqt_keychain_timeout"));
        QVERIFY(!auth.isPersistent());

        const Outcome o = await(auth.signIn(kJane, kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QVERIFY(!auth.sessionToken().isEmpty());
        QVERIFY(await(auth.signOut()).ok());
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainTimeout)
#include "tst_keychain_timeout.moc"
