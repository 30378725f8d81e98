// DemoApiServer (demo-app/api): GET /api/me over real HTTP with tokens from the emulator, in a Bearer header
// or a __session cookie, and the 401 answers with their reason codes.
#include "../emulator/fapitestclient.h"
#include "testsigner.h"

#include <demoapiserver.h>

#include <ClerkEmulator/server.h>

#include <QtTest>

using namespace VerifierTest;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {
const QString origin = QStringLiteral("http://localhost:3000");
}

class tst_DemoApi : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server m_server;
    EmuTest::FapiTestClient m_client;
    QString m_sessionId;
    std::unique_ptr<DemoApiServer> m_api;
    std::unique_ptr<TestKey> m_other;

    QString token(const QString &org = {})
    {
        EmuTest::FormFields form;
        if (!org.isEmpty())
            form.append({QStringLiteral("organization_id"), org});
        return m_client.post(QStringLiteral("/v1/client/sessions/%1/tokens").arg(m_sessionId), form)
            .object()
            .value(QLatin1String("jwt"))
            .toString();
    }

    EmuTest::FapiResponse get(const QString &path, const Headers &headers)
    {
        EmuTest::FapiTestClient api(m_api->url());
        EmuTest::RequestOptions o;
        o.sendToken = false;
        o.captureToken = false;
        o.addNativeFlag = false;
        o.headers = headers;
        return api.get(path, o);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_other = std::make_unique<TestKey>();
        QVERIFY(m_server.listen());
        m_client.setBaseUrl(m_server.baseUrl());
        m_client.setOrigin(origin.toLatin1());
        const EmuTest::FlowResult flow =
            EmuTest::signInWithPassword(m_client, EmuTest::Seed::janeEmail, EmuTest::Seed::janePassword);
        QVERIFY2(flow.ok, qPrintable(flow.failure));
        m_sessionId = flow.sessionId;

        Clerk::TokenVerifierConfig config;
        QUrl jwks = m_server.baseUrl();
        jwks.setPath(QStringLiteral("/v1/jwks"));
        config.jwksUrl = jwks;
        config.authorizedParties = {origin};
        config.issuer = m_server.issuer();
        m_api = std::make_unique<DemoApiServer>(config);
        QVERIFY(m_api->listen());
        QVERIFY(m_api->url().isValid());
        QCOMPARE(m_api->url().host(), QStringLiteral("127.0.0.1"));
    }

    void me_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("tokenKind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");

        QTest::newRow("bearer") << "bearer" << "valid" << 200 << QString();
        QTest::newRow("cookie") << "cookie" << "valid" << 200 << QString();
        QTest::newRow("bearer, org token") << "bearer" << "acme" << 200 << QString();
        QTest::newRow("no token") << "none" << "valid" << 401 << "token_missing";
        QTest::newRow("garbage") << "bearer" << "garbage" << 401 << "token_malformed";
        QTest::newRow("alg none") << "bearer" << "none" << 401 << "token_invalid_algorithm";
        QTest::newRow("foreign key, emulator kid") << "bearer" << "foreign" << 401 << "token_invalid_signature";
        QTest::newRow("foreign key, unknown kid") << "cookie" << "unknown_kid" << 401 << "token_unknown_kid";
        QTest::newRow("expired") << "bearer" << "expired" << 401 << "token_expired";
    }

    void me()
    {
        QFETCH(QString, how);
        QFETCH(QString, tokenKind);
        QFETCH(int, status);
        QFETCH(QString, error);

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{{QStringLiteral("sub"), EmuTest::Seed::janeId},
                                 {QStringLiteral("iat"), now},
                                 {QStringLiteral("exp"), now + 60}};
        QString t;
        if (tokenKind == QLatin1String("valid")) {
            t = token();
        } else if (tokenKind == QLatin1String("acme")) {
            t = token(EmuTest::Seed::acmeId);
        } else if (tokenKind == QLatin1String("garbage")) {
            t = QStringLiteral("abc.def");
        } else if (tokenKind == QLatin1String("none")) {
            t = QString::fromLatin1(b64url(R"({"alg":"none","typ":"JWT"})") + '.' + b64url(json(claims)) + '.');
        } else if (tokenKind == QLatin1String("foreign")) {
            t = m_other->sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                          {QStringLiteral("kid"), m_server.keyId()}},
                              claims);
        } else if (tokenKind == QLatin1String("unknown_kid")) {
            t = m_other->sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                          {QStringLiteral("kid"), QStringLiteral("ins_other")}},
                              claims);
        } else if (tokenKind == QLatin1String("expired")) {
            m_server.setClockOffset(-3600 * 1000);
            t = token();
            m_server.setClockOffset(0);
        }
        QVERIFY(!t.isEmpty());

        Headers headers;
        if (how == QLatin1String("bearer"))
            headers.append({"Authorization", "Bearer " + t.toLatin1()});
        else if (how == QLatin1String("cookie"))
            headers.append({"Cookie", "theme=dark; __session=" + t.toLatin1()});

        const EmuTest::FapiResponse r = get(QStringLiteral("/api/me"), headers);
        QCOMPARE(r.status, status);
        QVERIFY2(r.jsonOk, qPrintable(r.describe()));
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = r.object();
        if (status == 200) {
            QCOMPARE(body.value(QLatin1String("user_id")).toString(), EmuTest::Seed::janeId);
            QCOMPARE(body.value(QLatin1String("session_id")).toString(), m_sessionId);
            QCOMPARE(body.value(QLatin1String("claims")).toObject().value(QLatin1String("sub")).toString(),
                     EmuTest::Seed::janeId);
            if (tokenKind == QLatin1String("acme")) {
                QCOMPARE(body.value(QLatin1String("org_id")).toString(), EmuTest::Seed::acmeId);
                QCOMPARE(body.value(QLatin1String("org_role")).toString(), QStringLiteral("org:admin"));
                QCOMPARE(body.value(QLatin1String("org_slug")).toString(), QStringLiteral("acme"));
            } else {
                QVERIFY(body.value(QLatin1String("org_id")).isNull());
            }
        } else {
            QCOMPARE(body.value(QLatin1String("error")).toString(), error);
            QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
            // The token is never echoed.
            QVERIFY(!r.body.contains(t.toLatin1()));
        }
    }

    void otherRoutes()
    {
        const EmuTest::FapiResponse notFound = get(QStringLiteral("/api/nope"), {});
        QCOMPARE(notFound.status, 404);
        QCOMPARE(notFound.object().value(QLatin1String("error")).toString(), QStringLiteral("not_found"));

        EmuTest::FapiTestClient api(m_api->url());
        EmuTest::RequestOptions o;
        o.sendToken = false;
        o.captureToken = false;
        o.addNativeFlag = false;
        const EmuTest::FapiResponse post = api.post(QStringLiteral("/api/me"), {}, o);
        QCOMPARE(post.status, 405);
    }
};

QTEST_GUILESS_MAIN(tst_DemoApi)
#include "tst_demoapi.moc"
