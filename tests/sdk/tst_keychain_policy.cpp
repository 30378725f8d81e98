// Issue #21: the keychain policy of every OS (checked on any OS through keychainPolicyFor(), which takes the OS as a
// parameter), AuthConfig's resolution of it, and the documented account-key rule.
#include "keychainkeys.h"
#include "keychainpolicy_p.h"
#include "publishablekey_p.h"

#include <ClerkQt/authconfig.h>

#include <QtTest>

using namespace Clerk;
using KeychainTesting::documentedKey;
using namespace std::chrono_literals;
using OS = QOperatingSystemVersion::OSType;

class tst_KeychainPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policyPerOs_data()
    {
        QTest::addColumn<OS>("os");
        QTest::addColumn<qint64>("timeoutMs"); // 0 = no bound
        // macOS may prompt: no bound, the job waits for the user.
        QTest::newRow("macOS") << OS::MacOS << qint64(0);
        // Linux and the BSDs (Unknown to QOperatingSystemVersion): a Secret Service can hang for good.
        QTest::newRow("Linux/Unknown") << OS::Unknown << qint64(10000);
        QTest::newRow("Windows") << OS::Windows << qint64(10000);
        QTest::newRow("iOS") << OS::IOS << qint64(10000);
        QTest::newRow("tvOS") << OS::TvOS << qint64(10000);
        QTest::newRow("watchOS") << OS::WatchOS << qint64(10000);
        QTest::newRow("Android") << OS::Android << qint64(10000);
    }
    void policyPerOs()
    {
        QFETCH(OS, os);
        QFETCH(qint64, timeoutMs);
        const KeychainPolicy policy = keychainPolicyFor(os);
        QCOMPARE(qint64(policy.timeout.count()), timeoutMs);
        // Everywhere a job unanswered for a second is reported as waiting (AuthConfig::keychainTimeout's doc).
        QCOMPARE(qint64(policy.waitingAfter.count()), qint64(1000));

        // The default AuthConfig leaves the choice to the platform; an app's own value wins on every OS.
        QCOMPARE(qint64(keychainTimeoutFor(AuthConfig().keychainTimeout, os).count()), timeoutMs);
        QCOMPARE(keychainTimeoutFor(2500ms, os), 2500ms);
        QCOMPARE(keychainTimeoutFor(0ms, os), 0ms);
    }

    void accountKeyRule()
    {
        const QString pk = QStringLiteral("pk_test_MTI3LjAuMC4xOjQxMjMxJA");
        QCOMPARE(keychainKeyFor(QStringLiteral("com.example.app"), QString(), pk),
                 documentedKey(QStringLiteral("com.example.app"), QString(), pk));
        QCOMPARE(keychainKeyFor(QStringLiteral("svc"), QStringLiteral("dev"), pk),
                 documentedKey(QStringLiteral("svc"), QStringLiteral("dev"), pk));
        // Each part trimmed, as documented.
        QCOMPARE(keychainKeyFor(QStringLiteral(" svc "), QStringLiteral(" dev\t"), pk + QLatin1Char(' ')),
                 documentedKey(QStringLiteral("svc"), QStringLiteral("dev"), pk));
        // Service and app id both separate entries, and do not run into each other.
        const QString base = keychainKeyFor(QStringLiteral("svc"), QString(), pk);
        QVERIFY(base != keychainKeyFor(QStringLiteral("svc2"), QString(), pk));
        QVERIFY(base != keychainKeyFor(QStringLiteral("svc"), QStringLiteral("dev"), pk));
        QVERIFY(keychainKeyFor(QStringLiteral("ab"), QString(), pk)
                != keychainKeyFor(QStringLiteral("a"), QStringLiteral("b"), pk));
        // Never the legacy key, which holds only the publishable key.
        QVERIFY(!base.startsWith(QLatin1String("client-token:")));
        QVERIFY(base != keychainKeyFor(pk));
    }
};

QTEST_APPLESS_MAIN(tst_KeychainPolicy)
#include "tst_keychain_policy.moc"
