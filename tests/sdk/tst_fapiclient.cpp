// The FAPI client's wire rules against a scripted loopback server (no emulator): request shape, the client-token
// rotation rule (Bearer prefix, stale answers, a dropped client), a late 401 for an older token, and the multipart
// body of a profile image upload.
#include <ClerkQt/version.h>
#include <ClerkQt/auth.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include "useragentplatform.h"

using namespace Clerk;

namespace {

struct Request
{
    QByteArray method;
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool hasAuthorization = false;
    QByteArray body;
    QTcpSocket *socket = nullptr;
};

/// A one-request-per-connection HTTP/1.1 server whose answers the test sends by hand, in any order.
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    QTcpServer server;
    QList<Request> pending;

    bool listen()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    buffer->append(s->readAll());
                    const int end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    Request r;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    const QList<QByteArray> first = lines.first().trimmed().split(' ');
                    r.method = first.value(0);
                    r.url = QUrl(QString::fromLatin1(first.value(1)));
                    for (int i = 1; i < lines.size(); ++i) {
                        const int colon = lines[i].indexOf(':');
                        if (colon > 0) {
                            const QByteArray name = lines[i].left(colon).trimmed().toLower();
                            r.headers.insert(name, lines[i].mid(colon + 1).trimmed());
                            r.hasAuthorization |= name == "authorization";
                        }
                    }
                    const int length = r.headers.value("content-length").toInt();
                    if (buffer->size() < end + 4 + length)
                        return;
                    r.body = buffer->mid(end + 4, length);
                    r.socket = s;
                    disconnect(s, &QTcpSocket::readyRead, this, nullptr);
                    pending << r;
                    Q_EMIT received();
                });
            }
        });
        return server.listen(QHostAddress::LocalHost);
    }

    QString publishableKey() const
    {
        return QStringLiteral("pk_test_")
            + QString::fromLatin1(QStringLiteral("127.0.0.1:%1$").arg(server.serverPort()).toLatin1().toBase64());
    }

    /// Takes the pending request whose path ends with `pathSuffix`.
    Request take(const QString &pathSuffix)
    {
        for (int i = 0; i < pending.size(); ++i) {
            if (pending[i].url.path().endsWith(pathSuffix))
                return pending.takeAt(i);
        }
        return {};
    }

    static void answer(const Request &r, int status, const QJsonObject &body, const QByteArray &authorization = {},
                       bool withAuthorization = true)
    {
        const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n";
        if (withAuthorization)
            head += "Authorization: " + authorization + "\r\n";
        r.socket->write(head + "\r\n" + payload);
        r.socket->disconnectFromHost();
    }

Q_SIGNALS:
    void received();
};

// An unsigned but well-formed session token for sess_1: the client only reads its claims (sid, exp, …).
QString sessionJwt(const QJsonObject &extraClaims = {})
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("sid"), QStringLiteral("sess_1")},
                       {QStringLiteral("sub"), QStringLiteral("user_1")},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + 60}};
    for (auto it = extraClaims.begin(); it != extraClaims.end(); ++it)
        claims.insert(it.key(), it.value());
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    return QStringLiteral("eyJhbGciOiJSUzI1NiJ9.%1.c2ln")
        .arg(QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
}

QJsonObject clientJson(bool signedIn, const QString &activeOrganizationId = {}, const QJsonObject &extraClaims = {})
{
    QJsonArray sessions;
    if (signedIn) {
        const QJsonObject user{{QStringLiteral("id"), QStringLiteral("user_1")},
                               {QStringLiteral("object"), QStringLiteral("user")},
                               {QStringLiteral("first_name"), QStringLiteral("Jane")}};
        sessions.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("session")},
                                    {QStringLiteral("id"), QStringLiteral("sess_1")},
                                    {QStringLiteral("status"), QStringLiteral("active")},
                                    {QStringLiteral("user"), user},
                                    {QStringLiteral("last_active_organization_id"),
                                     activeOrganizationId.isEmpty() ? QJsonValue() : QJsonValue(activeOrganizationId)},
                                    {QStringLiteral("last_active_token"),
                                     QJsonObject{{QStringLiteral("object"), QStringLiteral("token")},
                                                 {QStringLiteral("jwt"), sessionJwt(extraClaims)}}}});
    }
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("client")},
                       {QStringLiteral("id"), QStringLiteral("client_1")},
                       {QStringLiteral("sessions"), sessions},
                       {QStringLiteral("last_active_session_id"), signedIn ? QJsonValue(QStringLiteral("sess_1")) : QJsonValue()}};
}

} // namespace

class tst_FapiClient : public QObject
{
    Q_OBJECT
    ScriptedServer fake;

    bool waitPending(int count)
    {
        QElapsedTimer t;
        t.start();
        while (fake.pending.size() < count && t.elapsed() < 20000)
            QTest::qWait(10);
        return fake.pending.size() >= count;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(fake.listen()); }

    void rotationRules()
    {
        AuthConfig config;
        config.publishableKey = fake.publishableKey();
        config.persistSession = false;
        Auth auth(config);
        QTRY_COMPARE(auth.status(), Auth::Status::SignedOut);

        // 1. Sign-in: the request shape, and a token with a "Bearer " prefix is taken without it.
        Reply *signIn = auth.signIn(QStringLiteral("jane+clerk_test@example.com"), QStringLiteral("pw d&=+"));
        QSignalSpy signInDone(signIn, &Reply::finished);
        QVERIFY(waitPending(1));
        Request r = fake.take(QStringLiteral("/v1/client/sign_ins"));
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(!r.hasAuthorization); // no client yet
        const QUrlQuery query(r.url);
        QCOMPARE(query.queryItemValue(QStringLiteral("_is_native")), QStringLiteral("1"));
        QVERIFY(query.hasQueryItem(QStringLiteral("_clerk_js_version")));
        QCOMPARE(r.headers.value("clerk-api-version"), QByteArray("2026-05-12"));
        // The SDK identifies itself with the version CMake's project() declares, as Clerk's SDKs do.
        QCOMPARE(Clerk::version(), QStringLiteral(CLERKQT_PROJECT_VERSION));
        QCOMPARE(r.headers.value("x-clerk-qt-version"), QByteArray(CLERKQT_PROJECT_VERSION));
        // The product first (the device list's "browser"), then the platform in the place browsers put theirs.
        QCOMPARE(r.headers.value("user-agent"),
                 TestHelpers::userAgentFor(CLERKQT_PROJECT_VERSION,
                                           TestHelpers::userAgentPlatform(QSysInfo::kernelType()), qVersion()));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery form(QString::fromLatin1(r.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("identifier"), QUrl::FullyDecoded),
                 QStringLiteral("jane+clerk_test@example.com"));
        QCOMPARE(form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded), QStringLiteral("pw d&=+"));
        QCOMPARE(form.queryItemValue(QStringLiteral("strategy")), QStringLiteral("password"));
        const QJsonObject signInResponse{{QStringLiteral("object"), QStringLiteral("sign_in_attempt")},
                                         {QStringLiteral("id"), QStringLiteral("sia_1")},
                                         {QStringLiteral("status"), QStringLiteral("complete")},
                                         {QStringLiteral("created_session_id"), QStringLiteral("sess_1")}};
        ScriptedServer::answer(r, 200, {{QStringLiteral("response"), signInResponse}, {QStringLiteral("client"), clientJson(true)}},
                               "Bearer tokA");
        QVERIFY(signInDone.wait(20000));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QCOMPARE(TokenClaims::fromJwt(auth.sessionToken()).sessionId(), QStringLiteral("sess_1"));

        // 2. Two requests in flight with tokA. The newer answer rotates to tokB; the older one arrives later with
        //    tokC and a 401 signed_out: both are ignored, because tokA is no longer ours.
        Reply *me = auth.reloadUser();
        me->setAutoDelete(false);
        Reply *reload = auth.reload();
        reload->setAutoDelete(false);
        QVERIFY(waitPending(2));
        const Request meRequest = fake.take(QStringLiteral("/v1/me"));
        const Request reloadRequest = fake.take(QStringLiteral("/v1/client"));
        QCOMPARE(meRequest.headers.value("authorization"), QByteArray("tokA")); // sent without "Bearer"
        QCOMPARE(meRequest.url.query().contains(QLatin1String("_clerk_session_id=sess_1")), true);
        QCOMPARE(reloadRequest.headers.value("authorization"), QByteArray("tokA"));
        ScriptedServer::answer(reloadRequest, 200,
                               {{QStringLiteral("response"), clientJson(true)}, {QStringLiteral("client"), QJsonValue()}},
                               "tokB");
        QTRY_VERIFY_WITH_TIMEOUT(reload->isFinished(), 20000);
        QVERIFY(!reload->hasError());
        QSignalSpy serverSignOut(&auth, &Auth::signedOutByServer);
        ScriptedServer::answer(meRequest, 401,
                               {{QStringLiteral("errors"),
                                 QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("signed_out")},
                                                        {QStringLiteral("message"), QStringLiteral("Signed out")}}}}},
                               "tokC");
        QTRY_VERIFY_WITH_TIMEOUT(me->isFinished(), 20000);
        QCOMPARE(me->error().code(), QStringLiteral("signed_out"));
        QCOMPARE(serverSignOut.count(), 0);
        QCOMPARE(auth.status(), Auth::Status::SignedIn); // a late 401 for an old token ends nothing
        delete me;
        delete reload;

        // 3. The next request carries tokB. Its answer has a bare "Bearer": the server dropped the client.
        Reply *again = auth.reload();
        QSignalSpy againDone(again, &Reply::finished);
        QVERIFY(waitPending(1));
        r = fake.take(QStringLiteral("/v1/client"));
        QCOMPARE(r.headers.value("authorization"), QByteArray("tokB"));
        ScriptedServer::answer(r, 200, {{QStringLiteral("response"), QJsonValue()}, {QStringLiteral("client"), QJsonValue()}},
                               "Bearer");
        QVERIFY(againDone.wait(20000));
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QVERIFY(auth.sessionToken().isEmpty());

        // 4. So the request after that has no Authorization at all (a new client will be created).
        Reply *fresh = auth.reload();
        QSignalSpy freshDone(fresh, &Reply::finished);
        QVERIFY(waitPending(1));
        r = fake.take(QStringLiteral("/v1/client"));
        QVERIFY(!r.hasAuthorization);
        ScriptedServer::answer(r, 200, {{QStringLiteral("response"), clientJson(false)}, {QStringLiteral("client"), QJsonValue()}},
                               {}, false);
        QVERIFY(freshDone.wait(20000));
    }

    // The profile image goes as one `file` part of multipart/form-data; Clerk answers with the image, and when that
    // answer carries no client the user is read again, so that the reply reports the new image_url.
    void profileImageUploadIsMultipart()
    {
        AuthConfig config;
        config.publishableKey = fake.publishableKey();
        config.persistSession = false;
        Auth auth(config);
        QTRY_COMPARE(auth.status(), Auth::Status::SignedOut);
        Reply *signIn = auth.signIn(QStringLiteral("jane+clerk_test@example.com"), QStringLiteral("pw"));
        QSignalSpy signInDone(signIn, &Reply::finished);
        QVERIFY(waitPending(1));
        const QJsonObject complete{{QStringLiteral("object"), QStringLiteral("sign_in_attempt")},
                                   {QStringLiteral("id"), QStringLiteral("sia_1")},
                                   {QStringLiteral("status"), QStringLiteral("complete")},
                                   {QStringLiteral("created_session_id"), QStringLiteral("sess_1")}};
        ScriptedServer::answer(fake.take(QStringLiteral("/v1/client/sign_ins")), 200,
                               {{QStringLiteral("response"), complete}, {QStringLiteral("client"), clientJson(true)}},
                               "tokA");
        QVERIFY(signInDone.wait(20000));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a \"quoted\" name.png"));
        const QByteArray bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray("\r\n--not-a-boundary\r\n\0tail", 25);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        Reply *upload = auth.account()->setProfileImage(QUrl::fromLocalFile(path));
        QSignalSpy uploadDone(upload, &Reply::finished);
        upload->setAutoDelete(false);
        QVERIFY(waitPending(1));
        Request r = fake.take(QStringLiteral("/v1/me/profile_image"));
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(r.url.query().contains(QLatin1String("_clerk_session_id=sess_1")));
        const QByteArray contentType = r.headers.value("content-type");
        QVERIFY2(contentType.startsWith("multipart/form-data; boundary="), contentType.constData());
        const QByteArray boundary = contentType.mid(int(qstrlen("multipart/form-data; boundary=")));
        QVERIFY(!boundary.isEmpty());
        QVERIFY(!bytes.contains(boundary));
        const QByteArray expected = "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a quoted name.png\"\r\n"
            + "Content-Type: image/png\r\n\r\n" + bytes + "\r\n--" + boundary + "--\r\n";
        QCOMPARE(r.body, expected);

        // Clerk's Image, without the client (and, as Clerk, without an Authorization header: an empty one would say
        // the server dropped the client, which Qt 6.8 reports and 6.4 did not): the SDK reads the user before it
        // reports.
        ScriptedServer::answer(r, 200,
                               {{QStringLiteral("response"),
                                 QJsonObject{{QStringLiteral("object"), QStringLiteral("image")},
                                             {QStringLiteral("id"), QStringLiteral("img_1")}}}},
                               {}, false);
        QVERIFY(waitPending(1));
        r = fake.take(QStringLiteral("/v1/me"));
        QCOMPARE(r.method, QByteArray("GET"));
        const QJsonObject user{{QStringLiteral("id"), QStringLiteral("user_1")},
                               {QStringLiteral("object"), QStringLiteral("user")},
                               {QStringLiteral("image_url"), QStringLiteral("https://img.example/img_1")},
                               {QStringLiteral("has_image"), true}};
        ScriptedServer::answer(r, 200, {{QStringLiteral("response"), user}}, {}, false);
        QVERIFY(uploadDone.wait(20000));
        QVERIFY2(!upload->hasError(), qPrintable(upload->error().toString()));
        QCOMPARE(upload->result().value<User>().imageUrl, QStringLiteral("https://img.example/img_1"));
        QCOMPARE(auth.user().imageUrl, QStringLiteral("https://img.example/img_1"));
        delete upload;
    }

    // The active organization is not (yet) among the user's memberships, so roles and permissions come from the
    // session token — read by the same parser as sessionClaims(), which expands v2's compressed permissions.
    void permissionsFromTheTokenWhenTheMembershipIsNotListed()
    {
        AuthConfig config;
        config.publishableKey = fake.publishableKey();
        config.persistSession = false;
        Auth auth(config);
        QTRY_COMPARE(auth.status(), Auth::Status::SignedOut);
        Reply *signIn = auth.signIn(QStringLiteral("jane+clerk_test@example.com"), QStringLiteral("pw"));
        QSignalSpy done(signIn, &Reply::finished);
        QVERIFY(waitPending(1));
        // Clerk's v2 layout: features "o:invoices,o:reports", actions "read,manage", one bitmask per feature
        // whose most significant bit is the first action: 3 = read+manage on invoices, 2 = read on reports.
        const QJsonObject v2{{QStringLiteral("v"), 2},
                             {QStringLiteral("fea"), QStringLiteral("o:invoices,o:reports")},
                             {QStringLiteral("o"), QJsonObject{{QStringLiteral("id"), QStringLiteral("org_1")},
                                                               {QStringLiteral("slg"), QStringLiteral("acme")},
                                                               {QStringLiteral("rol"), QStringLiteral("admin")},
                                                               {QStringLiteral("per"), QStringLiteral("read,manage")},
                                                               {QStringLiteral("fpm"), QStringLiteral("3,2")}}}};
        ScriptedServer::answer(fake.take(QStringLiteral("/v1/client/sign_ins")), 200,
                               {{QStringLiteral("response"),
                                 QJsonObject{{QStringLiteral("object"), QStringLiteral("sign_in_attempt")},
                                             {QStringLiteral("id"), QStringLiteral("sia_1")},
                                             {QStringLiteral("status"), QStringLiteral("complete")},
                                             {QStringLiteral("created_session_id"), QStringLiteral("sess_1")}}},
                                {QStringLiteral("client"), clientJson(true, QStringLiteral("org_1"), v2)}},
                               "tokA");
        QVERIFY(done.wait(20000));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QVERIFY(auth.memberships().isEmpty());
        const QStringList expected{QStringLiteral("org:invoices:read"), QStringLiteral("org:invoices:manage"),
                                   QStringLiteral("org:reports:read")};
        QCOMPARE(auth.sessionClaims().organizationPermissions(), expected);
        QVERIFY(auth.hasRole(QStringLiteral("org:admin")));
        for (const QString &p : expected)
            QVERIFY2(auth.hasPermission(p), qPrintable(p));
        QVERIFY(!auth.hasPermission(QStringLiteral("org:reports:manage")));
        QVERIFY(!auth.hasPermission(QStringLiteral("manage")));
    }
};

QTEST_GUILESS_MAIN(tst_FapiClient)
#include "tst_fapiclient.moc"
