// Requests as Clerk's own clients put them on the wire: an empty `Authorization` on first launch (Expo), a trailing
// slash (clerk-js), header names in any case, `_method` overrides, repeated query parameters, a missing or empty
// `Origin`, and bodies with and without a Content-Type. Raw sockets where Qt's network stack would tidy the request
// up (it drops nothing, but it adds a Content-Type to every POST), the FAPI test client elsewhere.
#include "flowsfixture.h"

#include <QTcpSocket>
#include <QtTest>

using namespace EmuTest;

namespace {

/// The claims of a JWT, decoded without verifying it (tst_emulator_flows_* verify signatures).
QJsonObject jwtClaims(const QString &jwt)
{
    const QByteArray payload = jwt.toLatin1().split('.').value(1);
    return QJsonDocument::fromJson(QByteArray::fromBase64(payload, QByteArray::Base64UrlEncoding)).object();
}

} // namespace

class tst_EmulatorRequests : public FlowsTestCase
{
    Q_OBJECT

    /// One request, byte for byte as given (`head` without the blank line; Host and Content-Length are added),
    /// on a connection of its own.
    FapiResponse raw(const QByteArray &requestLine, const QList<QByteArray> &headerLines = {}, const QByteArray &body = {})
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QByteArray out = requestLine + "\r\nHost: 127.0.0.1\r\n";
        for (const QByteArray &line : headerLines)
            out += line + "\r\n";
        if (!body.isEmpty())
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        socket.write(out + "\r\n" + body);
        QByteArray in;
        FapiResponse reply;
        QSignalSpy readable(&socket, &QIODevice::readyRead);
        while (readable.wait(20000)) {
            in += socket.readAll();
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            const QList<QByteArray> lines = in.left(end).split('\n');
            qsizetype length = 0;
            reply.headers.clear();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                reply.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
                if (reply.headers.last().first.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = reply.headers.last().second.toLongLong();
            }
            if (in.size() < end + 4 + length)
                continue;
            reply.status = lines.value(0).mid(9, 3).toInt();
            reply.body = in.mid(end + 4, length);
            reply.json = QJsonDocument::fromJson(reply.body);
            reply.jsonOk = !reply.json.isNull();
            break;
        }
        return reply;
    }


private Q_SLOTS:
    // Clerk's Expo client sends `Authorization:` with no value before it has a client token.
    void emptyAuthorizationIsAFirstLaunch_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray("Authorization:");
        QTest::newRow("blank") << QByteArray("Authorization:    ");
        QTest::newRow("bare Bearer") << QByteArray("Authorization: Bearer");
        QTest::newRow("Bearer and blank") << QByteArray("authorization: bearer   ");
    }
    void emptyAuthorizationIsAFirstLaunch()
    {
        QFETCH(QByteArray, header);
        const FapiResponse r = raw("GET /v1/client?_is_native=1 HTTP/1.1", {header});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("client"));
        QVERIFY(!r.response().value(QLatin1String("id")).toString().isEmpty());
        QCOMPARE(r.header("Authorization").count('.'), 2); // a client token to keep
    }

    // clerk-js posts to /v1/me/email_addresses/ and /v1/me/phone_numbers/; Clerk's router takes one trailing slash.
    void oneTrailingSlashIsTheSameRoute()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse email = c.post(QStringLiteral("/v1/me/email_addresses/"),
                                    {{QStringLiteral("email_address"), QStringLiteral("slash+clerk_test@example.com")}});
        EMU_EXPECT_STATUS(email, 200);
        QCOMPARE(email.response().value(QLatin1String("email_address")).toString(),
                 QStringLiteral("slash+clerk_test@example.com"));
        FapiResponse phone = c.post(QStringLiteral("/v1/me/phone_numbers/"),
                                    {{QStringLiteral("phone_number"), QStringLiteral("+15555550177")}});
        EMU_EXPECT_STATUS(phone, 200);
        QCOMPARE(phone.response().value(QLatin1String("phone_number")).toString(), QStringLiteral("+15555550177"));
        const QString clientId = c.get(QStringLiteral("/v1/client")).response().value(QLatin1String("id")).toString();
        FapiResponse client = c.get(QStringLiteral("/v1/client/"));
        EMU_EXPECT_STATUS(client, 200);
        QCOMPARE(client.response().value(QLatin1String("id")).toString(), clientId);
    }
    void faultsSeeTheRouteWithoutItsSlash()
    {
        // A fault aimed at a route must hit it however a client spells the path, or a test that injects it
        // against clerk-js's spelling passes without the fault ever firing.
        ClerkEmulator::Fault fault;
        fault.pattern = QStringLiteral("POST /v1/client/sign_ins");
        fault.status = 503;
        server.addFault(fault);
        FapiResponse r = c.post(QStringLiteral("/v1/client/sign_ins/"),
                                {{QStringLiteral("identifier"), QStringLiteral("jane+clerk_test@example.com")}});
        EMU_EXPECT_STATUS(r, 503);
        server.clearFaults();
    }
    void otherPathsStayUnknown_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("two slashes") << QStringLiteral("/v1/me/email_addresses//");
        QTest::newRow("unknown with slash") << QStringLiteral("/v1/no_such_route/");
        QTest::newRow("empty segment") << QStringLiteral("/v1/client/sign_ins//attempt_first_factor");
    }
    void otherPathsStayUnknown()
    {
        QFETCH(QString, path);
        FapiResponse r = c.post(path);
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("resource_not_found"));
    }

    // Clerk answers 404 resource_not_found only for routes it does not have. An operation Clerk has and the
    // emulator does not serve is the emulator's gap, not Clerk's answer: it must not look like one.
    void spellsOutWhatItDoesNotServe_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("spec operation, unserved path") << QByteArray("GET")
            << QStringLiteral("/v1/me/organization_creation_defaults") << 501 << QStringLiteral("emulator_not_implemented");
        QTest::newRow("spec operation, unserved verb") << QByteArray("PATCH")
            << QStringLiteral("/v1/environment") << 501 << QStringLiteral("emulator_not_implemented");
        QTest::newRow("verb neither has") << QByteArray("PUT") << QStringLiteral("/v1/me") << 405
                                          << QStringLiteral("method_not_allowed");
        QTest::newRow("route neither has") << QByteArray("GET") << QStringLiteral("/v1/me/no_such_thing") << 404
                                           << QStringLiteral("resource_not_found");
    }
    void spellsOutWhatItDoesNotServe()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, code);
        QVERIFY(!signInJane().isEmpty());
        FapiResponse r = c.request(method, path);
        EMU_EXPECT_STATUS(r, status);
        QCOMPARE(r.errorCode(), code);
        if (status == 501)
            QVERIFY2(r.firstError().value(QLatin1String("long_message")).toString().contains(path),
                     "the answer names the operation the emulator lacks");
    }

    void headerNamesInAnyCase_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("origin");
        QTest::newRow("lower") << QByteArray("authorization") << QByteArray("origin");
        QTest::newRow("upper") << QByteArray("AUTHORIZATION") << QByteArray("ORIGIN");
        QTest::newRow("mixed") << QByteArray("AuThOrIzAtIoN") << QByteArray("oRiGiN");
    }
    void headerNamesInAnyCase()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, origin);
        const QString sid = signInJane();
        QVERIFY(!sid.isEmpty());
        const FapiResponse r = raw("POST /v1/client/sessions/" + sid.toLatin1() + "/tokens?_is_native=1 HTTP/1.1",
                               {authorization + ": " + c.clientToken(), origin + ": https://app.example.com"});
        QCOMPARE(r.status, 200);
        QCOMPARE(jwtClaims(r.object().value(QLatin1String("jwt")).toString()).value(QLatin1String("azp")).toString(),
                 QStringLiteral("https://app.example.com"));
    }

    void methodOverride_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FormFields>("form");
        const QString name = QStringLiteral("first_name");
        QTest::newRow("form") << QStringLiteral("/v1/me") << FormFields{{QStringLiteral("_method"), QStringLiteral("PATCH")}, {name, QStringLiteral("Janet")}};
        QTest::newRow("form, lower case") << QStringLiteral("/v1/me") << FormFields{{name, QStringLiteral("Janet")}, {QStringLiteral("_method"), QStringLiteral("patch")}};
        QTest::newRow("query") << QStringLiteral("/v1/me?_method=PATCH") << FormFields{{name, QStringLiteral("Janet")}};
        QTest::newRow("query, lower case") << QStringLiteral("/v1/me?_method=patch") << FormFields{{name, QStringLiteral("Janet")}};
    }
    void methodOverride()
    {
        QFETCH(QString, path);
        QFETCH(FormFields, form);
        QVERIFY(!signInJane().isEmpty());
        FapiResponse r = c.post(path, form);
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("first_name")).toString(), QStringLiteral("Janet"));
        QCOMPARE(c.get(QStringLiteral("/v1/me")).response().value(QLatin1String("first_name")).toString(),
                 QStringLiteral("Janet"));
    }
    void methodOverrideOnGetDoesNothing()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse r = c.get(QStringLiteral("/v1/me?_method=DELETE"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("id")).toString(), Seed::janeId);
        FapiResponse again = c.get(QStringLiteral("/v1/me"));
        EMU_EXPECT_STATUS(again, 200);
        QCOMPARE(again.response().value(QLatin1String("id")).toString(), Seed::janeId);
    }

    void repeatedNativeFlag()
    {
        FapiResponse r = c.get(QStringLiteral("/v1/client?_is_native=1&_is_native=1"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("client"));
    }
    // Clerk reads query parameters with Go's Query().Get: the first of a repeated parameter counts.
    void repeatedSessionIdFirstWins()
    {
        const QString sid = signInJane();
        QVERIFY(!sid.isEmpty());
        const QString other = QStringLiteral("sess_2notThisClients00000000000");
        FapiResponse known = c.get(QStringLiteral("/v1/me?_clerk_session_id=%1&_clerk_session_id=%2").arg(sid, other));
        EMU_EXPECT_STATUS(known, 200);
        QCOMPARE(known.response().value(QLatin1String("id")).toString(), Seed::janeId);
        FapiResponse unknown = c.get(QStringLiteral("/v1/me?_clerk_session_id=%1&_clerk_session_id=%2").arg(other, sid));
        EMU_EXPECT_STATUS(unknown, 401);
        QCOMPARE(unknown.errorCode(), QStringLiteral("signed_out"));
    }

    // `azp` names the origin a browser sent; a native client sends none, or an empty one.
    void originAndAzp_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QString>("azp");
        QTest::newRow("missing") << QList<QByteArray>{} << QString();
        QTest::newRow("empty") << QList<QByteArray>{"Origin:"} << QString();
        QTest::newRow("blank") << QList<QByteArray>{"Origin:   "} << QString();
        QTest::newRow("real") << QList<QByteArray>{"Origin: http://localhost:5173"} << QStringLiteral("http://localhost:5173");
    }
    void originAndAzp()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QString, azp);
        const QString sid = signInJane();
        QVERIFY(!sid.isEmpty());
        const FapiResponse r = raw("POST /v1/client/sessions/" + sid.toLatin1() + "/tokens?_is_native=1 HTTP/1.1",
                               QList<QByteArray>{"Authorization: " + c.clientToken()} + headers);
        QCOMPARE(r.status, 200);
        const QJsonObject claims = jwtClaims(r.object().value(QLatin1String("jwt")).toString());
        QCOMPARE(claims.value(QLatin1String("sid")).toString(), sid);
        QCOMPARE(claims.contains(QLatin1String("azp")), !azp.isEmpty());
        QCOMPARE(claims.value(QLatin1String("azp")).toString(), azp);
    }

    // Clerk reads a body only as application/x-www-form-urlencoded (the spec lists no JSON body on these routes);
    // anything else would lose every field, so the emulator refuses it loudly instead.
    void bodyContentTypes_data()
    {
        QTest::addColumn<QByteArray>("contentType"); // "" = no Content-Type header
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray form = "identifier=" + QUrl::toPercentEncoding(Seed::janeEmail);
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("identifier"), Seed::janeEmail}}).toJson();
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << form << 200;
        QTest::newRow("form, charset") << QByteArray("application/x-www-form-urlencoded; charset=utf-8") << form << 200;
        QTest::newRow("form, upper case") << QByteArray("Application/X-WWW-Form-URLEncoded") << form << 200;
        QTest::newRow("form, no Content-Type") << QByteArray() << form << 400;
        QTest::newRow("json") << QByteArray("application/json") << json << 400;
        QTest::newRow("json, charset") << QByteArray("application/json; charset=utf-8") << json << 400;
        QTest::newRow("json, no Content-Type") << QByteArray() << json << 400;
        QTest::newRow("json declared as form") << QByteArray("application/x-www-form-urlencoded") << json << 400;
        QTest::newRow("text") << QByteArray("text/plain") << form << 400;
        QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x")
                                   << QByteArray("--x\r\nContent-Disposition: form-data; name=\"identifier\"\r\n\r\n"
                                                 + Seed::janeEmail.toUtf8() + "\r\n--x--\r\n")
                                   << 400;
    }
    void bodyContentTypes()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QList<QByteArray> headers;
        if (!contentType.isEmpty())
            headers << "Content-Type: " + contentType;
        const FapiResponse r = raw("POST /v1/client/sign_ins?_is_native=1 HTTP/1.1", headers, body);
        QCOMPARE(r.status, status);
        if (status == 200)
            QCOMPARE(r.response().value(QLatin1String("identifier")).toString(), Seed::janeEmail);
        else
            QCOMPARE(r.errorCode(), QStringLiteral("request_body_invalid"));
    }
    // A request without a body needs no Content-Type, whatever it says.
    void emptyBodyTakesAnyContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("json") << QByteArray("application/json");
    }
    void emptyBodyTakesAnyContentType()
    {
        QFETCH(QByteArray, contentType);
        QList<QByteArray> headers{"Content-Length: 0"};
        if (!contentType.isEmpty())
            headers << "Content-Type: " + contentType;
        const FapiResponse r = raw("POST /v1/client?_is_native=1 HTTP/1.1", headers);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("client"));
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorRequests)
#include "tst_emulator_requests.moc"
