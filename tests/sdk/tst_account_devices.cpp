// Account's devices: the user's active sessions on every client (GET /v1/me/sessions/active) and revoking one
// (POST /v1/me/sessions/{id}/revoke) — the other client is signed out on its next request.
#include "testhelpers.h"

#include <ClerkQt/account.h>

#include <algorithm>

using namespace Clerk;
using namespace TestHelpers;

namespace {

/// A desktop browser's User-Agent, as a client that is not clerk-qt would send it.
const QByteArray kChromeOnMac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
                                "Gecko) Chrome/120.0.6099.71 Safari/537.36";

/// Sends every request with another User-Agent: a second device.
class OtherDeviceNam : public QNetworkAccessManager
{
protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original, QIODevice *data) override
    {
        QNetworkRequest request(original);
        request.setRawHeader("User-Agent", kChromeOnMac);
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class tst_AccountDevices : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;
    OtherDeviceNam otherNam;

    std::unique_ptr<Auth> signedInJane(QNetworkAccessManager *nam = nullptr, bool persist = false,
                                       const QString &service = uniqueService("devices"))
    {
        AuthConfig config = configFor(server, service, nam);
        config.persistSession = persist;
        auto auth = std::make_unique<Auth>(config);
        if (!waitLoaded(*auth))
            return nullptr;
        const Outcome o = await(auth->signIn(kJane, kJanePassword));
        if (!o.ok() || auth->status() != Auth::Status::SignedIn) {
            qWarning() << "sign-in failed:" << o.error.toString();
            return nullptr;
        }
        return auth;
    }

    static const DeviceSession *find(const QList<DeviceSession> &list, const QString &id)
    {
        for (const DeviceSession &s : list) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { server.reset(); }

    void listsEveryDevice()
    {
        auto here = signedInJane();
        QVERIFY(here);
        auto other = signedInJane(&otherNam);
        QVERIFY(other);
        QVERIFY(here->session().id != other->session().id);
        QVERIFY(here->account()->deviceSessions().isEmpty());

        QSignalSpy changed(here->account(), &Account::deviceSessionsChanged);
        const Outcome o = await(here->account()->loadDeviceSessions());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const auto list = o.result.value<QList<DeviceSession>>();
        QCOMPARE(list.size(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(here->account()->deviceSessions(), list);
        QCOMPARE(int(std::count_if(list.cbegin(), list.cend(), [](const DeviceSession &s) { return s.isThisDevice; })), 1);

        const DeviceSession *mine = find(list, here->session().id);
        QVERIFY(mine);
        QVERIFY(mine->isThisDevice);
        QCOMPARE(mine->status, QStringLiteral("active"));
        QVERIFY(mine->lastActiveAt.isValid());
        QVERIFY(mine->expireAt > mine->lastActiveAt);
        // This SDK names itself in its User-Agent; the emulator reads the product token as the browser.
        QCOMPARE(mine->browserName, QStringLiteral("clerk-qt"));
        QVERIFY(!mine->browserVersion.isEmpty());
        // ... and its platform, as browsers do, so the device list does not call this device "unknown".
#if defined(Q_OS_WIN)
        QCOMPARE(mine->deviceType, QStringLiteral("Windows"));
#elif defined(Q_OS_MACOS)
        QCOMPARE(mine->deviceType, QStringLiteral("Macintosh"));
#else
        QCOMPARE(mine->deviceType, QStringLiteral("Linux"));
#endif
        QCOMPARE(mine->ipAddress, QStringLiteral("127.0.0.1"));
        QVERIFY(!mine->raw.isEmpty());

        const DeviceSession *theirs = find(list, other->session().id);
        QVERIFY(theirs);
        QVERIFY(!theirs->isThisDevice);
        QCOMPARE(theirs->browserName, QStringLiteral("Chrome"));
        QCOMPARE(theirs->browserVersion, QStringLiteral("120.0.6099.71"));
        QCOMPARE(theirs->deviceType, QStringLiteral("Macintosh"));
        QVERIFY(!theirs->isMobile);

        // Seen from the other device, the other one is "this device".
        const Outcome there = await(other->account()->loadDeviceSessions());
        QVERIFY2(there.ok(), qPrintable(there.error.toString()));
        const auto theirList = there.result.value<QList<DeviceSession>>();
        QCOMPARE(theirList.size(), 2);
        QVERIFY(find(theirList, other->session().id)->isThisDevice);
        QVERIFY(!find(theirList, here->session().id)->isThisDevice);
    }

    void revokingAnotherDeviceSignsItOut()
    {
        auto here = signedInJane();
        QVERIFY(here);
        auto other = signedInJane(&otherNam);
        QVERIFY(other);
        const QString otherSession = other->session().id;
        QVERIFY(await(here->account()->loadDeviceSessions()).ok());
        QCOMPARE(here->account()->deviceSessions().size(), 2);

        QSignalSpy changed(here->account(), &Account::deviceSessionsChanged);
        const Outcome o = await(here->account()->revokeSession(otherSession));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(here->account()->deviceSessions().size(), 1);
        QVERIFY(!find(here->account()->deviceSessions(), otherSession));
        QCOMPARE(here->status(), Auth::Status::SignedIn);

        // The other client learns it on its next request.
        QSignalSpy signedOut(other.get(), &Auth::signedOutByServer);
        const Outcome next = await(other->reloadUser());
        QCOMPARE(next.error.code(), QStringLiteral("signed_out"));
        QTRY_COMPARE(signedOut.count(), 1);
        QCOMPARE(other->status(), Auth::Status::SignedOut);

        const Outcome reloaded = await(here->account()->loadDeviceSessions());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.result.value<QList<DeviceSession>>().size(), 1);
    }

    void revokingThisDeviceSignsOut()
    {
        const QString service = uniqueService("devices");
        auto here = signedInJane(nullptr, true, service);
        QVERIFY(here);
        QTRY_VERIFY_WITH_TIMEOUT(readKeychain(service, keychainKey(service, server.publishableKey())).first, 15000);
        QVERIFY(await(here->account()->loadDeviceSessions()).ok());
        QCOMPARE(here->account()->deviceSessions().size(), 1);
        QSignalSpy changed(here->account(), &Account::deviceSessionsChanged);
        const Outcome o = await(here->account()->revokeSession(here->session().id));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(here->status(), Auth::Status::SignedOut);
        QVERIFY(here->account()->deviceSessions().isEmpty());
        QVERIFY(changed.count() >= 1);
        // Signed out as by signOut(): the keychain entry is gone.
        QVERIFY(!readKeychain(service, keychainKey(service, server.publishableKey())).first);
    }

    void signingOutClearsTheList()
    {
        auto here = signedInJane();
        QVERIFY(here);
        QVERIFY(await(here->account()->loadDeviceSessions()).ok());
        QCOMPARE(here->account()->deviceSessions().size(), 1);
        QSignalSpy changed(here->account(), &Account::deviceSessionsChanged);
        QVERIFY(await(here->signOut()).ok());
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(here->account()->deviceSessions().isEmpty());

        const Outcome o = await(here->account()->loadDeviceSessions());
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_signed_out"));
        QCOMPARE(await(here->account()->revokeSession(QStringLiteral("sess_x"))).error.code(),
                 QStringLiteral("clerkqt_signed_out"));
    }

    void unknownSessionIsNotFound()
    {
        auto here = signedInJane();
        QVERIFY(here);
        const Outcome o = await(here->account()->revokeSession(QStringLiteral("sess_unknown")));
        QCOMPARE(o.error.code(), QStringLiteral("resource_not_found"));
        QCOMPARE(here->status(), Auth::Status::SignedIn);
    }
};

QTEST_MAIN(tst_AccountDevices)
#include "tst_account_devices.moc"
