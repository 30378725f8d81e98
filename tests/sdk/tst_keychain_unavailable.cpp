// No Secret Service (no D-Bus session): typed keychain error, the session works in memory, nothing secret is
// ever written to disk, and sign-out still revokes the session on the server.
#include "testhelpers.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Clerk;
using namespace TestHelpers;

class tst_KeychainUnavailable : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    QString service;
    QTemporaryDir home;
    QDateTime started;
    QStringList scanRoots;

    /// Files under `scanRoots` modified since the test started that contain `needle`.
    QStringList filesContaining(const QByteArray &needle) const
    {
        QStringList hits;
        for (const QString &root : scanRoots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QFileInfo info(path);
                if (info.lastModified() < started.addSecs(-2) || info.size() > 64 * 1024 * 1024)
                    continue;
                QFile f(path);
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                    hits << path;
            }
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Whatever ctest says: no session bus for QtKeychain in this process.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        QVERIFY(home.isValid());
        started = QDateTime::currentDateTime();
        // Scan the test's own home and config directories, and the ones it inherited.
        const QByteArray inheritedHome = qgetenv("HOME");
        scanRoots << home.path();
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            const QString dir = QString::fromLocal8Bit(qgetenv(var));
            if (!dir.isEmpty() && QFileInfo::exists(dir))
                scanRoots << dir;
        }
        if (!inheritedHome.isEmpty() && QFileInfo::exists(QString::fromLocal8Bit(inheritedHome)))
            scanRoots << QString::fromLocal8Bit(inheritedHome);
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/.local/share")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/.cache")).toLocal8Bit());
        scanRoots << QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                  << QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                  << QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        scanRoots.removeDuplicates();
        QVERIFY(server.listen());
        service = uniqueService("nokeychain");
    }

    void signInWorksInMemory()
    {
        SpyNam nam;
        QSignalSpy answered(&nam, &QNetworkAccessManager::finished);
        Auth auth(configFor(server, service, &nam));
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QCOMPARE(auth.backgroundError().kind(), Error::Kind::Keychain);
        QVERIFY(!auth.backgroundError().message().isEmpty());
        QVERIFY(!auth.isPersistent());

        const Outcome o = await(auth.signIn(kJane, kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QVERIFY(!auth.sessionToken().isEmpty());
        QCOMPARE(auth.backgroundError().kind(), Error::Kind::Keychain); // still reported
        QVERIFY(!auth.isPersistent());
        QVERIFY(!nam.lastClientToken.isEmpty());

        // The in-memory session is fully usable.
        QVERIFY(await(auth.reloadUser()).ok());
        QVERIFY(await(auth.setActiveOrganization(kAcme)).ok());
        QVERIFY(auth.hasRole(QStringLiteral("org:admin")));

        // Nothing secret on disk: no client token, no session token, no password. Anything the SDK writes follows
        // an answer from the server, so look only once every request it sent has been answered, and once the
        // event queue has run what those answers queued (FIFO: our own queued call runs after it).
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), nam.requests, 20000);
        QCOMPARE(server.totalRequestCount(), nam.requests);
        bool drained = false;
        QMetaObject::invokeMethod(&auth, [&drained] { drained = true; }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(drained, 20000);
        QStringList secrets = nam.allClientTokens;
        secrets << auth.sessionToken() << kJanePassword;
        for (const QString &secret : std::as_const(secrets)) {
            const QStringList hits = filesContaining(secret.toUtf8());
            QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("secret found in: ") + hits.join(QStringLiteral(", "))));
        }

        // Sign-out revokes on the server before the token is forgotten.
        const QString oldToken = nam.lastClientToken;
        const Outcome out = await(auth.signOut());
        QVERIFY2(out.ok(), qPrintable(out.error.toString()));
        QCOMPARE(server.requestCount(QStringLiteral("DELETE /v1/client")), 1);
        QCOMPARE(auth.status(), Auth::Status::SignedOut);

        // DELETE /v1/client retires the client, so its old token is answered 401 (as pinned in
        // tst_emulator_flows_sessions' deleteClientEndsEverySession).
        const ClientProbe probe = probeClient(server, oldToken);
        QVERIFY2(probe.status == 401, "the client is still alive on the server after sign-out");
    }

    void restartStartsSignedOut()
    {
        // Nothing was persisted, so a new Auth knows no session — and does not need the network to say so.
        server.resetCounters();
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QCOMPARE(auth.backgroundError().kind(), Error::Kind::Keychain);
        QCOMPARE(server.totalRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainUnavailable)
#include "tst_keychain_unavailable.moc"
