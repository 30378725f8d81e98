// The emulator's HTTP/1.1 layer, byte by byte on a raw socket: what real clients put on the wire (pipelined
// requests, chunked bodies, Expect: 100-continue, header names in any case, bodies split across packets) and
// what they must not (a broken request line).
#include "fapitestclient.h"

#include <QTcpSocket>
#include <QtTest>

using namespace EmuTest;

namespace {

struct RawResponse
{
    int status = 0;
    QByteArray head, body;
};

/// Splits complete responses off the front of `buffer` (Content-Length framed; 1xx answers have no body).
QList<RawResponse> takeResponses(QByteArray *buffer)
{
    QList<RawResponse> out;
    for (;;) {
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return out;
        RawResponse r;
        r.head = buffer->left(end);
        r.status = r.head.mid(9, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray &line : r.head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return out;
        r.body = buffer->mid(end + 4, length);
        buffer->remove(0, end + 4 + length);
        out << r;
    }
}

} // namespace

class tst_EmulatorWire : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;
    QTcpSocket socket;
    QByteArray received;
    QList<RawResponse> responses;

    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    /// Reads what has arrived; true once `count` responses are complete.
    bool arrived(int count)
    {
        received += socket.readAll();
        responses += takeResponses(&received);
        return responses.size() >= count;
    }
    static QJsonObject json(const RawResponse &r) { return QJsonDocument::fromJson(r.body).object(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen(QHostAddress::LocalHost, 0)); }

    void init()
    {
        server.reset();
        received.clear();
        responses.clear();
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 20000);
    }
    void cleanup() { socket.abort(); }

    void pipelinedRequestsAnswerInOrder()
    {
        send("GET /v1/environment?_is_native=1 HTTP/1.1\r\nHost: x\r\n\r\n"
             "GET /v1/client?_is_native=1 HTTP/1.1\r\nHost: x\r\n\r\n"
             "GET /v1/no_such_route?_is_native=1 HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(arrived(3), 20000);
        QCOMPARE(responses[0].status, 200);
        QVERIFY(json(responses[0]).contains(QLatin1String("auth_config")));
        QCOMPARE(responses[1].status, 200);
        QCOMPARE(json(responses[1]).value(QLatin1String("response")).toObject().value(QLatin1String("object")).toString(),
                 QStringLiteral("client"));
        QCOMPARE(responses[2].status, 404);
        QCOMPARE(server.totalRequestCount(), 3);
    }

    void chunkedBodyIsReassembled()
    {
        const QByteArray form = "identifier=" + QUrl::toPercentEncoding(Seed::janeEmail);
        const QByteArray first = form.left(7), rest = form.mid(7);
        send("POST /v1/client/sign_ins?_is_native=1 HTTP/1.1\r\nHost: x\r\n"
             "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
             + QByteArray::number(first.size(), 16) + "\r\n" + first + "\r\n"
             + QByteArray::number(rest.size(), 16) + ";ext=1\r\n" + rest + "\r\n0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(arrived(1), 20000);
        QCOMPARE(responses[0].status, 200);
        QCOMPARE(json(responses[0]).value(QLatin1String("response")).toObject().value(QLatin1String("identifier")).toString(),
                 Seed::janeEmail);
    }

    void bodySplitAcrossPacketsAndContinue()
    {
        const QByteArray form = "identifier=" + QUrl::toPercentEncoding(Seed::janeEmail);
        send("POST /v1/client/sign_ins?_is_native=1 HTTP/1.1\r\nhost: x\r\ncontent-type: application/x-www-form-urlencoded\r\n"
             "expect: 100-continue\r\ncontent-length: " + QByteArray::number(form.size()) + "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(arrived(1), 20000);
        QCOMPARE(responses[0].status, 100); // go ahead: the body is within the limit
        send(form.left(5));
        send(form.mid(5));
        QTRY_VERIFY_WITH_TIMEOUT(arrived(2), 20000);
        QCOMPARE(responses[1].status, 200);
        QCOMPARE(json(responses[1]).value(QLatin1String("response")).toObject().value(QLatin1String("identifier")).toString(),
                 Seed::janeEmail);
    }

    void headerNamesInAnyCase()
    {
        send("GET /v1/client?_is_native=1 HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(arrived(1), 20000);
        QByteArray token;
        for (const QByteArray &line : responses[0].head.split('\n')) {
            if (line.startsWith("Authorization:"))
                token = line.mid(14).trimmed();
        }
        QVERIFY(!token.isEmpty());
        const QString clientId = json(responses[0]).value(QLatin1String("response")).toObject().value(QLatin1String("id")).toString();
        send("GET /v1/client?_is_native=1 HTTP/1.1\r\nhost: x\r\nAUTHORIZATION: " + token + "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(arrived(2), 20000);
        QCOMPARE(json(responses[1]).value(QLatin1String("response")).toObject().value(QLatin1String("id")).toString(), clientId);
    }

    void brokenRequestLineIsRefusedAndClosed()
    {
        send("NONSENSE\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(arrived(1), 20000);
        QCOMPARE(responses[0].status, 400);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 20000);
        QCOMPARE(server.totalRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorWire)
#include "tst_emulator_wire.moc"
