// The emulator's `reset` fault (emulator/src/socketreset_p.h) in each of its implementations. Built twice:
// tst_socket_reset with the OS's own (router_unix.cpp here) and tst_socket_reset_portable with the fallback other
// OSes use (router_portable.cpp), so both run on Linux. Either way the client must see the connection end at once
// without an answer; the Unix one must also have asked for an RST (SO_LINGER 0).
#include "lingerprobe.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class tst_SocketReset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientSeesTheConnectionEnd()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket client;
        QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(client.waitForConnected(10000));
        QVERIFY(server.waitForNewConnection(10000));
        QTcpSocket *accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        client.write("POST /v1/client/sign_ins HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(client.waitForBytesWritten(10000));
        QTRY_VERIFY_WITH_TIMEOUT(accepted->bytesAvailable() > 0, 10000);

        const std::optional<int> linger = resetAndReadLinger(accepted);
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 10000);
        QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(client.readAll(), QByteArray()); // not a byte of an answer
        if (linger)
            QCOMPARE(*linger, 0);
        else
            qInfo("this implementation sets no socket option to read back; the connection ended as it must");
        delete accepted;
    }
};

QTEST_GUILESS_MAIN(tst_SocketReset)
#include "tst_socket_reset.moc"
