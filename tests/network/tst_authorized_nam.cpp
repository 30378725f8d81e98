// AuthorizedNetworkAccessManager: Bearer only for allowed origins, one refresh-and-replay on 401, bodies
// replayed intact, no request at all without a session.
#include "recordingserver.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>
#include <ClerkQt/authorizednetworkaccessmanager.h>

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Clerk;
using namespace TestHelpers;

namespace {

using ApiServer = RecordingServer;

QNetworkReply *waitFinished(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(20000);
    }
    return reply;
}

} // namespace

class tst_AuthorizedNam : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClerkEmulator::Server> server;
    std::unique_ptr<ApiServer> api, other;
    std::unique_ptr<Auth> auth;
    std::unique_ptr<AuthorizedNetworkAccessManager> nam;

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<ClerkEmulator::Server>();
        QVERIFY(server->listen());
        api = std::make_unique<ApiServer>();
        other = std::make_unique<ApiServer>();
        QVERIFY(api->start() && other->start());
        AuthConfig config = configFor(*server, uniqueService("nam"));
        config.persistSession = false;
        auth = std::make_unique<Auth>(config);
        QVERIFY(waitLoaded(*auth));
        nam = std::make_unique<AuthorizedNetworkAccessManager>(auth.get());
        nam->setAllowedOrigins({api->url(QStringLiteral("/"))});
    }
    void cleanup()
    {
        nam.reset();
        auth.reset();
        api.reset();
        other.reset();
        server.reset();
    }

    void bearerOnlyForAllowedOrigins()
    {
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        std::unique_ptr<QNetworkReply> mine(waitFinished(nam->get(QNetworkRequest(api->url(QStringLiteral("/me"))))));
        QCOMPARE(mine->error(), QNetworkReply::NoError);
        QCOMPARE(mine->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(api->seen.size(), 1);
        QVERIFY(api->seen[0].authorization.startsWith("Bearer "));
        const QString jwt = QString::fromLatin1(api->seen[0].authorization.mid(7));
        QCOMPARE(TokenClaims::fromJwt(jwt).sessionId(), auth->session().id);

        std::unique_ptr<QNetworkReply> theirs(
            waitFinished(nam->get(QNetworkRequest(other->url(QStringLiteral("/me"))))));
        QCOMPARE(theirs->error(), QNetworkReply::NoError);
        QCOMPARE(other->seen.size(), 1);
        QVERIFY(other->seen[0].authorization.isEmpty());
        QVERIFY(!nam->isAllowed(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(api->port)))); // other scheme
    }

    void refreshAndReplayOnce_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("GET") << QByteArray("GET") << QByteArray();
        QTest::newRow("POST") << QByteArray("POST") << QByteArray("{\"name\":\"Jane\",\"bytes\":\"\\u00e9+&=\"}");
        QTest::newRow("PUT") << QByteArray("PUT") << QByteArray(3000, 'x');
        QTest::newRow("DELETE with body") << QByteArray("DELETE") << QByteArray("id=42");
    }
    void refreshAndReplayOnce()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, body);
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        server->resetCounters();
        api->rejectFirst = 1;
        QNetworkRequest request(api->url(QStringLiteral("/things")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(waitFinished(nam->sendCustomRequest(request, verb, body)));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(answer.value(QStringLiteral("ok")).toBool(), true);
        // Sent twice, the second time after exactly one token refresh, with the same body both times.
        QCOMPARE(api->seen.size(), 2);
        QCOMPARE(api->seen[0].method, verb.at(0) + verb.mid(1).toLower());
        QCOMPARE(api->seen[0].body, body);
        QCOMPARE(api->seen[1].body, body);
        QVERIFY(api->seen[1].authorization.startsWith("Bearer "));
        QCOMPARE(server->requestCount(QStringLiteral("POST /v1/client/sessions/{session_id}/tokens")), 1);
    }

    void noReplayLoop()
    {
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        api->rejectFirst = 1000;
        std::unique_ptr<QNetworkReply> reply(
            waitFinished(nam->post(QNetworkRequest(api->url(QStringLiteral("/x"))), QByteArray("a=1"))));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(reply->error(), QNetworkReply::AuthenticationRequiredError);
        QCOMPARE(api->seen.size(), 2);
        QVERIFY(AuthorizedNetworkAccessManager::clerkError(reply.get()).isNull()); // the API said no, not Clerk
    }

    void signedOutSendsNothing()
    {
        std::unique_ptr<QNetworkReply> reply(waitFinished(nam->get(QNetworkRequest(api->url(QStringLiteral("/me"))))));
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::AuthenticationRequiredError);
        QCOMPARE(api->seen.size(), 0);
        const Error e = AuthorizedNetworkAccessManager::clerkError(reply.get());
        QCOMPARE(e.kind(), Error::Kind::InvalidState);
        QCOMPARE(e.code(), QStringLiteral("clerkqt_signed_out"));
    }

    void authorizeRequest()
    {
        QNetworkRequest request(api->url(QStringLiteral("/me")));
        QVERIFY(!auth->authorize(request));
        QVERIFY(!request.hasRawHeader("Authorization"));
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        QVERIFY(auth->authorize(request));
        QCOMPARE(request.rawHeader("Authorization"), "Bearer " + auth->sessionToken().toLatin1());
    }
};

QTEST_MAIN(tst_AuthorizedNam)
#include "tst_authorized_nam.moc"
