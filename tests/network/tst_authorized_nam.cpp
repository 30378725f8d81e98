// AuthorizedNetworkAccessManager: Bearer only for allowed origins (redirects included), one refresh-and-replay on
// 401, bodies replayed intact, no request at all without a session, TLS signals and ignoreSslErrors() reaching
// the caller as with any QNetworkReply.
#include "recordingserver.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>
#include <ClerkQt/authorizednetworkaccessmanager.h>

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Clerk;
using namespace TestHelpers;

namespace {

using ApiServer = RecordingServer;

// What a failed check of a header that must be absent says: QCOMPARE would print the token that leaked.
const char kLeaked[] = "an Authorization header was sent";

QNetworkReply *waitFinished(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(20000);
    }
    return reply;
}

// A self-signed certificate for IP 127.0.0.1, valid 2000-2100, and its key: test material only, so that the
// TLS tests need nothing from the host but Qt's TLS backend.
const char kTestCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBlTCCATugAwIBAgIBATAKBggqhkjOPQQDAjAhMR8wHQYDVQQDDBZjbGVyay1x
dCB0ZXN0IGxvb3BiYWNrMCAXDTAwMDEwMTAwMDAwMFoYDzIxMDAwMTAxMDAwMDAw
WjAhMR8wHQYDVQQDDBZjbGVyay1xdCB0ZXN0IGxvb3BiYWNrMFkwEwYHKoZIzj0C
AQYIKoZIzj0DAQcDQgAEH0/E85ODABtxalE0iNEUvSeuOxgu/z8tY9IqBeU9Tk0H
90RwXz+UAsCl5rqmD2cndYm8XKerIA3GlC6d3YN/PaNiMGAwDAYDVR0TAQH/BAIw
ADAPBgNVHREECDAGhwR/AAABMAsGA1UdDwQEAwIHgDATBgNVHSUEDDAKBggrBgEF
BQcDATAdBgNVHQ4EFgQUDIneKHOo9A1elQj0XvsRoye1wbIwCgYIKoZIzj0EAwID
SAAwRQIgeTRFTmF7peW4DNPuF7jR2abC9mKMB4txwmphHBeL8ecCIQD0+T5HWDf7
UKRjYdIfIbW4uZwVkU9V2w6z7E/9a7u21A==
-----END CERTIFICATE-----
)";
const char kTestKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQge5sJJbc48EmS1sWg
WUXOn7QgPAT/1wrd6hte+K8vRMWhRANCAAQfT8Tzk4MAG3FqUTSI0RS9J647GC7/
Py1j0ioF5T1OTQf3RHBfP5QCwKXmuqYPZyd1ibxcp6sgDcaULp3dg389
-----END PRIVATE KEY-----
)";

/// The app's API over HTTPS with a certificate no client trusts: answers every request `200 ok` and records its
/// Authorization header. Raw HTTP/1.1 over QSslSocket, which behaves alike on every Qt version: QSslServer in 6.4
/// hands a socket over before its handshake and then never shows its request, and QHttpServer's TLS setup differs
/// between 6.4 and 6.8.
class TlsServer : public QTcpServer
{
public:
    QList<QByteArray> authorizations;
    QSslCertificate certificate{QByteArray(kTestCertificate)};

    bool start()
    {
        const QSslKey key(QByteArray(kTestKey), QSsl::Ec);
        if (certificate.isNull() || key.isNull())
            return false;
        m_config = QSslConfiguration::defaultConfiguration();
        m_config.setLocalCertificate(certificate);
        m_config.setPrivateKey(key);
        m_config.setPeerVerifyMode(QSslSocket::VerifyNone);
        return listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &path = QString()) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_config);
        auto received = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, received] {
            *received += socket->readAll();
            const qsizetype end = received->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray authorization;
            for (const QByteArray &line : received->left(end).split('\n')) {
                if (line.toLower().startsWith("authorization:"))
                    authorization = line.mid(14).trimmed();
            }
            authorizations << authorization;
            received->clear();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                          "Connection: close\r\n\r\nok");
            socket->disconnectFromHost();
        });
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_config;
};

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

    // The allowed API sends the caller elsewhere: the next request goes out like any request to that origin,
    // without the token, and the reply tells where it ended up.
    void redirectToOtherOriginCarriesNoToken_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("landingVerb");
        QTest::addColumn<QByteArray>("landingBody");
        QTest::newRow("302 GET") << 302 << QByteArray("GET") << QByteArray() << QByteArray("Get") << QByteArray();
        QTest::newRow("303 POST becomes GET")
            << 303 << QByteArray("POST") << QByteArray("a=1") << QByteArray("Get") << QByteArray();
        QTest::newRow("307 POST keeps its body")
            << 307 << QByteArray("POST") << QByteArray("a=1") << QByteArray("Post") << QByteArray("a=1");
        QTest::newRow("308 PUT keeps its body")
            << 308 << QByteArray("PUT") << QByteArray(3000, 'x') << QByteArray("Put") << QByteArray(3000, 'x');
    }
    void redirectToOtherOriginCarriesNoToken()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, landingVerb);
        QFETCH(QByteArray, landingBody);
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        const QUrl landing = other->url(QStringLiteral("/landing"));
        api->redirects.insert(QStringLiteral("/old"), {status, landing.toEncoded()});
        QNetworkRequest request(api->url(QStringLiteral("/old")));
        request.setRawHeader("Authorization", "Basic c2VjcmV0"); // whoever set it, it stays with the API
        std::unique_ptr<QNetworkReply> reply(nam->sendCustomRequest(request, verb, body));
        QSignalSpy redirected(reply.get(), &QNetworkReply::redirected);
        waitFinished(reply.get());

        QCOMPARE(api->seen.size(), 1);
        QVERIFY(api->seen[0].authorization.startsWith("Bearer "));
        QCOMPARE(other->seen.size(), 1);
        QVERIFY2(other->seen[0].authorization.isEmpty(), kLeaked);
        QCOMPARE(other->seen[0].method, landingVerb);
        QCOMPARE(other->seen[0].body, landingBody);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->url(), landing);
        QCOMPARE(redirected.size(), 1);
        QCOMPARE(redirected[0][0].toUrl(), landing);
    }

    void redirectWithinAllowedOriginsKeepsToken_data()
    {
        QTest::addColumn<bool>("relative");
        QTest::addColumn<int>("rejectFirst");
        QTest::newRow("to another allowed origin") << false << 0;
        QTest::newRow("relative, same origin") << true << 0;
        QTest::newRow("other origin answers 401: that hop is replayed once") << false << 1;
    }
    void redirectWithinAllowedOriginsKeepsToken()
    {
        QFETCH(bool, relative);
        QFETCH(int, rejectFirst);
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        server->resetCounters();
        nam->setAllowedOrigins({api->url(), other->url()});
        ApiServer &target = relative ? *api : *other;
        const QUrl landing = target.url(QStringLiteral("/landing"));
        api->redirects.insert(QStringLiteral("/old"),
                              {302, relative ? QByteArray("/landing") : landing.toEncoded()});
        other->rejectFirst = rejectFirst;
        std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(api->url(QStringLiteral("/old")))));
        QSignalSpy redirected(reply.get(), &QNetworkReply::redirected);
        waitFinished(reply.get());

        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->url(), landing);
        QCOMPARE(redirected.size(), 1);
        QCOMPARE(redirected[0][0].toUrl(), landing);
        QCOMPARE(target.seen.last().path, QStringLiteral("/landing"));
        const QString jwt = QString::fromLatin1(target.seen.last().authorization.mid(7));
        QCOMPARE(TokenClaims::fromJwt(jwt).sessionId(), auth->session().id);
        // A 401 from the target replays the request that got it, not the whole chain.
        QCOMPARE(api->seen.size() + (relative ? 0 : other->seen.size()), 2 + rejectFirst);
        QCOMPARE(server->requestCount(QStringLiteral("POST /v1/client/sessions/{session_id}/tokens")), rejectFirst);
    }

    // Once a redirect left the allowed origins, whoever sent it must not choose which request of the API gets
    // the token.
    void tokenNeverRejoinsAChainThatLeft()
    {
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        api->redirects.insert(QStringLiteral("/start"), {302, other->url(QStringLiteral("/hop")).toEncoded()});
        other->redirects.insert(QStringLiteral("/hop"), {307, api->url(QStringLiteral("/delete-all")).toEncoded()});
        std::unique_ptr<QNetworkReply> reply(
            waitFinished(nam->get(QNetworkRequest(api->url(QStringLiteral("/start"))))));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->url(), api->url(QStringLiteral("/delete-all")));
        QCOMPARE(api->seen.size(), 2);
        QVERIFY(api->seen[0].authorization.startsWith("Bearer "));
        QCOMPARE(other->seen.size(), 1);
        QVERIFY2(other->seen[0].authorization.isEmpty(), kLeaked);
        QCOMPARE(api->seen[1].path, QStringLiteral("/delete-all"));
        QVERIFY2(api->seen[1].authorization.isEmpty(), kLeaked);
    }

    void manualRedirectPolicyHandsBackThe3xx_data()
    {
        QTest::addColumn<bool>("onRequest");
        QTest::newRow("request attribute") << true;
        QTest::newRow("manager policy") << false;
    }
    void manualRedirectPolicyHandsBackThe3xx()
    {
        QFETCH(bool, onRequest);
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        const QByteArray landing = other->url(QStringLiteral("/landing")).toEncoded();
        api->redirects.insert(QStringLiteral("/old"), {302, landing});
        QNetworkRequest request(api->url(QStringLiteral("/old")));
        if (onRequest)
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        else
            nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(nam->get(request));
        QSignalSpy redirected(reply.get(), &QNetworkReply::redirected);
        waitFinished(reply.get());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
        QCOMPARE(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl(), QUrl::fromEncoded(landing));
        QCOMPARE(reply->readAll(), QByteArray("moved"));
        QCOMPARE(reply->url(), request.url());
        QCOMPARE(redirected.size(), 0);
        QCOMPARE(other->seen.size(), 0);
    }

    void sameOriginPolicyRefusesOtherOrigins()
    {
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        api->redirects.insert(QStringLiteral("/old"), {302, other->url(QStringLiteral("/landing")).toEncoded()});
        QNetworkRequest request(api->url(QStringLiteral("/old")));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(waitFinished(nam->get(request)));
        QCOMPARE(reply->error(), QNetworkReply::InsecureRedirectError);
        QCOMPARE(other->seen.size(), 0);
    }

    void userVerifiedRedirectWaitsForTheCaller()
    {
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        const QUrl landing = other->url(QStringLiteral("/landing"));
        api->redirects.insert(QStringLiteral("/old"), {302, landing.toEncoded()});
        QNetworkRequest request(api->url(QStringLiteral("/old")));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);

        std::unique_ptr<QNetworkReply> refused(nam->get(request));
        QSignalSpy asked(refused.get(), &QNetworkReply::redirected);
        QVERIFY(asked.wait(20000));
        QCOMPARE(asked[0][0].toUrl(), landing);
        QCOMPARE(other->seen.size(), 0);
        refused->abort();
        QVERIFY(refused->isFinished());
        QCOMPARE(refused->error(), QNetworkReply::OperationCanceledError);
        QCOMPARE(other->seen.size(), 0);

        std::unique_ptr<QNetworkReply> allowed(nam->get(request));
        connect(allowed.get(), &QNetworkReply::redirected, allowed.get(), &QNetworkReply::redirectAllowed);
        waitFinished(allowed.get());
        QCOMPARE(allowed->error(), QNetworkReply::NoError);
        QCOMPARE(allowed->url(), landing);
        QCOMPARE(other->seen.size(), 1);
        QVERIFY2(other->seen[0].authorization.isEmpty(), kLeaked);
    }

    void tooManyRedirects()
    {
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        api->redirects.insert(QStringLiteral("/loop"), {302, QByteArray("/loop")});
        QNetworkRequest request(api->url(QStringLiteral("/loop")));
        request.setMaximumRedirectsAllowed(2);
        std::unique_ptr<QNetworkReply> reply(waitFinished(nam->get(request)));
        QCOMPARE(reply->error(), QNetworkReply::TooManyRedirectsError);
        QCOMPARE(api->seen.size(), 3);
    }

    // TLS problems of the app's own API reach the caller and the manager, and the caller decides.
    void sslErrorsReachTheCaller()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        TlsServer tls;
        QVERIFY(tls.start());
        nam->setAllowedOrigins({tls.url()});
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(tls.url(QStringLiteral("/me")))));
        QSignalSpy encrypted(reply.get(), &QNetworkReply::encrypted);
        QSignalSpy managerErrors(nam.get(), &QNetworkAccessManager::sslErrors);
        QList<QSslError> errors;
        connect(reply.get(), &QNetworkReply::sslErrors, reply.get(), [&](const QList<QSslError> &list) {
            errors = list;
            reply->ignoreSslErrors();
        });
        waitFinished(reply.get());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("ok"));
        QVERIFY(errors.contains(QSslError(QSslError::SelfSignedCertificate, tls.certificate)));
        QCOMPARE(managerErrors.size(), 1);
        QCOMPARE(managerErrors[0][0].value<QNetworkReply *>(), reply.get());
        QCOMPARE(encrypted.size(), 1);
        QCOMPARE(reply->sslConfiguration().peerCertificate(), tls.certificate);
        QCOMPARE(tls.authorizations.size(), 1);
        QVERIFY(tls.authorizations[0].startsWith("Bearer "));
    }

    void ignoreSslErrorsBeforeTheRequestIsSent_data()
    {
        QTest::addColumn<bool>("all");
        QTest::addColumn<int>("ignored");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("all") << true << 0 << true;
        QTest::newRow("the expected error") << false << int(QSslError::SelfSignedCertificate) << true;
        QTest::newRow("another error") << false << int(QSslError::CertificateExpired) << false;
    }
    void ignoreSslErrorsBeforeTheRequestIsSent()
    {
        QFETCH(bool, all);
        QFETCH(int, ignored);
        QFETCH(bool, succeeds);
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        TlsServer tls;
        QVERIFY(tls.start());
        nam->setAllowedOrigins({tls.url()});
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        std::unique_ptr<QNetworkReply> reply(nam->get(QNetworkRequest(tls.url(QStringLiteral("/me")))));
        if (all)
            reply->ignoreSslErrors();
        else
            reply->ignoreSslErrors({QSslError(QSslError::SslError(ignored), tls.certificate)});
        waitFinished(reply.get());
        QCOMPARE(reply->error(), succeeds ? QNetworkReply::NoError : QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(tls.authorizations.size(), succeeds ? 1 : 0);
    }
};

QTEST_MAIN(tst_AuthorizedNam)
#include "tst_authorized_nam.moc"
