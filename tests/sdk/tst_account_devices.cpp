// Account's devices: the user's active sessions on every client (GET /v1/me/sessions/active) and revoking one
// (POST /v1/me/sessions/{id}/revoke) — the other client is signed out on its next request.
#include "testhelpers.h"
#include "useragentplatform.h"

#include <ClerkQt/account.h>
#include <ClerkQt/version.h>

#include <QSysInfo>

#include <algorithm>
#include <array>
#include <utility>

using namespace Clerk;
using namespace TestHelpers;

namespace {

/// A desktop browser's User-Agent, as a client that is not clerk-qt would send it.
const QByteArray kChromeOnMac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
                                "Gecko) Chrome/120.0.6099.71 Safari/537.36";

/// The device type Clerk's device list shows for a computer running each OS (QSysInfo::kernelType()): the names
/// it gives desktop browsers' platforms.
constexpr std::array<std::pair<const char *, const char *>, 3> kDeviceTypeOfKernel{{
    {"linux", "Linux"},
    {"winnt", "Windows"},
    {"darwin", "Macintosh"},
}};

QString deviceTypeOf(const QString &kernelType)
{
    for (const auto &[kernel, device] : kDeviceTypeOfKernel) {
        if (kernelType == QLatin1String(kernel))
            return QLatin1String(device);
    }
    return {};
}

/// Sends every request with another User-Agent: another device, or clerk-qt as it is on another OS.
class UserAgentNam : public QNetworkAccessManager
{
public:
    explicit UserAgentNam(const QByteArray &userAgent) : m_userAgent(userAgent) {}

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original, QIODevice *data) override
    {
        QNetworkRequest request(original);
        request.setRawHeader("User-Agent", m_userAgent);
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    QByteArray m_userAgent;
};

} // namespace

class tst_AccountDevices : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;
    UserAgentNam otherNam{kChromeOnMac};

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
        // (Every OS's token is checked in platformTokenNamesTheDevice.)
        const QString expectedDevice = deviceTypeOf(QSysInfo::kernelType());
        QVERIFY2(!expectedDevice.isEmpty(), qPrintable(QSysInfo::kernelType() + QStringLiteral(": no device type known")));
        QCOMPARE(mine->deviceType, expectedDevice);
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

    // clerk-qt's User-Agent as it is on each OS, sent from this one: the device list names every OS's computer.
    void platformTokenNamesTheDevice_data()
    {
        QTest::addColumn<QString>("kernelType");
        QTest::addColumn<QString>("deviceType");
        for (const auto &[kernel, device] : kDeviceTypeOfKernel)
            QTest::newRow(kernel) << QString::fromLatin1(kernel) << QString::fromLatin1(device);
    }

    void platformTokenNamesTheDevice()
    {
        QFETCH(QString, kernelType);
        QFETCH(QString, deviceType);
        const QByteArray platform = userAgentPlatform(kernelType);
        QVERIFY2(platform != kernelType.toUtf8(), "the User-Agent table has no token for this OS");
        UserAgentNam nam(userAgentFor(Clerk::version().toUtf8(), platform, qVersion()));
        auto auth = signedInJane(&nam);
        QVERIFY(auth);
        const Outcome o = await(auth->account()->loadDeviceSessions());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const auto list = o.result.value<QList<DeviceSession>>();
        const DeviceSession *mine = find(list, auth->session().id);
        QVERIFY(mine);
        QCOMPARE(mine->deviceType, deviceType);
        QCOMPARE(mine->browserName, QStringLiteral("clerk-qt"));
        QCOMPARE(mine->browserVersion, Clerk::version());
        QVERIFY(!mine->isMobile);
    }

    // The User-Agent table covers exactly the OSes the device list knows, so no OS is left to the fallback.
    void everyPlatformHasAToken()
    {
        QCOMPARE(kUserAgentPlatforms.size(), kDeviceTypeOfKernel.size());
        for (const UserAgentPlatform &p : kUserAgentPlatforms)
            QVERIFY2(!deviceTypeOf(QLatin1String(p.kernelType)).isEmpty(), p.kernelType);
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
