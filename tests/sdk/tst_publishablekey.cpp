// Publishable key → Frontend API URL; base-URL override policy; keychain key derivation.
#include "publishablekey_p.h"

#include <ClerkQt/auth.h>

#include <QSignalSpy>
#include <QtTest>

using namespace Clerk;

namespace {
QString keyFor(const QByteArray &prefix, const QByteArray &payload, bool stripPadding)
{
    QByteArray b64 = payload.toBase64();
    if (stripPadding)
        while (b64.endsWith('='))
            b64.chop(1);
    return QString::fromLatin1(prefix + b64);
}
} // namespace

class tst_PublishableKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("live");

        QTest::newRow("test key, padded") << keyFor("pk_test_", "clerk.example.com$", false) << true
                                          << "https://clerk.example.com/v1" << false;
        QTest::newRow("test key, padding missing") << keyFor("pk_test_", "clerk.example.com$", true) << true
                                                   << "https://clerk.example.com/v1" << false;
        QTest::newRow("live key") << keyFor("pk_live_", "clerk.acme.dev$", true) << true << "https://clerk.acme.dev/v1"
                                  << true;
        QTest::newRow("real-looking dev host") << keyFor("pk_test_", "able-mole-42.clerk.accounts.dev$", true) << true
                                               << "https://able-mole-42.clerk.accounts.dev/v1" << false;
        QTest::newRow("emulator loopback with port") << keyFor("pk_test_", "127.0.0.1:41231$", true) << true
                                                     << "http://127.0.0.1:41231/v1" << false;
        QTest::newRow("emulator README key") << "pk_test_MTI3LjAuMC4xOjQxMjMxJA" << true << "http://127.0.0.1:41231/v1"
                                             << false;
        QTest::newRow("localhost") << keyFor("pk_test_", "localhost:8080$", true) << true << "http://localhost:8080/v1"
                                   << false;
        QTest::newRow("non-loopback ip is https") << keyFor("pk_test_", "10.0.0.5:8443$", true) << true
                                                  << "https://10.0.0.5:8443/v1" << false;
        QTest::newRow("trailing whitespace in payload") << keyFor("pk_test_", "clerk.example.com$\n", true) << true
                                                        << "https://clerk.example.com/v1" << false;
        QTest::newRow("empty") << QString() << false << QString() << false;
        QTest::newRow("secret key") << keyFor("sk_test_", "clerk.example.com$", true) << false << QString() << false;
        QTest::newRow("no payload") << "pk_test_" << false << QString() << false;
        QTest::newRow("not base64") << "pk_test_***" << false << QString() << false;
        QTest::newRow("no dollar") << keyFor("pk_test_", "clerk.example.com", true) << false << QString() << false;
        QTest::newRow("only dollar") << keyFor("pk_test_", "$", true) << false << QString() << false;
        QTest::newRow("path injection") << keyFor("pk_test_", "evil.com/x?y$", true) << false << QString() << false;
        QTest::newRow("userinfo injection") << keyFor("pk_test_", "a@evil.com$", true) << false << QString() << false;
        QTest::newRow("binary garbage") << keyFor("pk_test_", QByteArray("\x00\xff\x10$", 4), true) << false
                                        << QString() << false;
    }
    void parse()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QFETCH(QString, baseUrl);
        QFETCH(bool, live);
        const PublishableKey pk = parsePublishableKey(key);
        QCOMPARE(pk.isValid(), valid);
        if (valid) {
            QCOMPARE(pk.fapiBaseUrl.toString(), baseUrl);
            QCOMPARE(pk.isLive, live);
        } else {
            QCOMPARE(pk.error.kind(), Error::Kind::Configuration);
            QVERIFY(!pk.error.code().isEmpty());
            QVERIFY(pk.fapiBaseUrl.isEmpty());
        }
    }

    void loopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.8.9.10") << "127.8.9.10" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("[::1]") << "[::1]" << true;
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LOCALHOST.") << "LOCALHOST." << true;
        QTest::newRow("localhost.evil.com") << "localhost.evil.com" << false;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("example.com") << "example.com" << false;
        QTest::newRow("empty") << "" << false;
    }
    void loopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void baseUrlOverride_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected"); // empty = rejected
        QTest::newRow("https") << "https://clerk.example.com" << "https://clerk.example.com/v1";
        QTest::newRow("https with /v1") << "https://clerk.example.com/v1/" << "https://clerk.example.com/v1";
        QTest::newRow("http loopback") << "http://127.0.0.1:4000/v1" << "http://127.0.0.1:4000/v1";
        QTest::newRow("http ::1") << "http://[::1]:4000" << "http://[::1]:4000/v1";
        QTest::newRow("http localhost") << "http://localhost:4000" << "http://localhost:4000/v1";
        QTest::newRow("http remote") << "http://clerk.example.com/v1" << "";
        QTest::newRow("http lookalike") << "http://127.0.0.1.evil.com/v1" << "";
        QTest::newRow("ftp") << "ftp://127.0.0.1/v1" << "";
        QTest::newRow("credentials") << "https://user:pw@clerk.example.com" << "";
        QTest::newRow("query") << "https://clerk.example.com/v1?x=1" << "";
        QTest::newRow("relative") << "/v1" << "";
    }
    void baseUrlOverride()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        Error error;
        const QUrl result = normalizeFapiBaseUrl(QUrl(url), &error);
        if (expected.isEmpty()) {
            QVERIFY(result.isEmpty());
            QCOMPARE(error.kind(), Error::Kind::Configuration);
        } else {
            QVERIFY2(error.isNull(), qPrintable(error.toString()));
            QCOMPARE(result.toString(), expected);
        }
    }

    void keychainKey()
    {
        const QString key = keychainKeyFor(QStringLiteral("pk_test_MTI3LjAuMC4xOjQxMjMxJA"));
        QVERIFY(key.startsWith(QLatin1String("client-token:")));
        QCOMPARE(key.size(), int(QStringLiteral("client-token:").size() + 32));
        QCOMPARE(key, keychainKeyFor(QStringLiteral("pk_test_MTI3LjAuMC4xOjQxMjMxJA"))); // stable
        QVERIFY(key != keychainKeyFor(QStringLiteral("pk_test_MTI3LjAuMC4xOjQxMjMyJA")));
        const QByteArray digest = QCryptographicHash::hash("pk_test_MTI3LjAuMC4xOjQxMjMxJA", QCryptographicHash::Sha256);
        QCOMPARE(key.mid(13), QString::fromLatin1(digest.left(16).toHex()));
    }

    // A bad key must surface as a typed Configuration error on the façade, and every operation fails with it
    // without touching the network or the keychain.
    void authWithBadKey()
    {
        AuthConfig config;
        config.publishableKey = QStringLiteral("pk_live_not-base64!");
        config.keychainService = QStringLiteral("clerk-qt-test-badkey");
        Auth auth(config);
        QCOMPARE(auth.status(), Auth::Status::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(auth.status(), Auth::Status::SignedOut, 10000);
        QCOMPARE(auth.backgroundError().kind(), Error::Kind::Configuration);
        QVERIFY(!auth.isPersistent());

        Reply *reply = auth.signIn(QStringLiteral("jane+clerk_test@example.com"), QStringLiteral("x"));
        QSignalSpy errorSpy(reply, &Reply::errorOccurred);
        QSignalSpy finishedSpy(reply, &Reply::finished);
        QVERIFY(finishedSpy.wait(5000));
        QCOMPARE(errorSpy.count(), 1);
        QCOMPARE(errorSpy.first().first().value<Error>().kind(), Error::Kind::Configuration);
    }

    void authWithInsecureOverride()
    {
        AuthConfig config;
        config.publishableKey = keyFor("pk_test_", "clerk.example.com$", true);
        config.fapiBaseUrl = QUrl(QStringLiteral("http://clerk.example.com/v1"));
        config.persistSession = false;
        Auth auth(config);
        QTRY_COMPARE_WITH_TIMEOUT(auth.status(), Auth::Status::SignedOut, 10000);
        QCOMPARE(auth.backgroundError().kind(), Error::Kind::Configuration);
        QCOMPARE(auth.backgroundError().code(), QStringLiteral("clerkqt_base_url_invalid"));
    }

    // Reply contract: never finishes synchronously; then()/onError() run once; autoDelete.
    void replyContract()
    {
        AuthConfig config;
        config.publishableKey = QStringLiteral("garbage");
        config.persistSession = false;
        Auth auth(config);
        Reply *reply = auth.reloadUser();
        QVERIFY(!reply->isFinished());
        int thens = 0, errors = 0;
        reply->setAutoDelete(false);
        reply->then(this, [&thens] { ++thens; })->onError(this, [&errors](const Error &e) {
            QVERIFY(!e.isNull());
            ++errors;
        });
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(thens, 0);
        QCOMPARE(errors, 1);
        QVERIFY(reply->hasError());
        // Late subscribers still hear about it (queued).
        int late = 0;
        reply->onError(this, [&late](const Error &) { ++late; });
        QTRY_COMPARE(late, 1);
        QPointer<Reply> guard(reply);
        delete reply;
        QVERIFY(!guard);

        Reply *autoDeleted = auth.reloadUser();
        QPointer<Reply> autoGuard(autoDeleted);
        QTRY_VERIFY(!autoGuard);
    }
};

QTEST_GUILESS_MAIN(tst_PublishableKey)
#include "tst_publishablekey.moc"
