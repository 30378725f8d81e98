// The emulator's HTTP/1.1 wire layer: a QTcpServer that parses requests and hands each one, with its socket, to
// the router. It owns the sockets because fault injection needs them (reset, truncate, stall), and Qt 6.8's
// QHttpServer no longer lets a handler reach the socket: one code path for every Qt version instead of two.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ClerkEmulator {

struct HttpRequest
{
    QByteArray method;   // as sent, e.g. "POST"
    QUrl url;            // path and query of the request target
    QList<QPair<QByteArray, QByteArray>> headers; // in order, names as sent
    QByteArray body;
    QHostAddress remoteAddress;
    bool bodyTooLarge = false; // declared or sent body over the limit: body is empty, answer 413

    /// The first header named `name` (any case); empty when there is none.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

class HttpListener : public QTcpServer
{
public:
    using Handler = std::function<void(const HttpRequest &, QTcpSocket *)>;

    /// The largest body a request may send, decided from its method, target and headers.
    using BodyLimit = std::function<qint64(const HttpRequest &)>;

    /// A body over `bodyLimit` is answered (`bodyTooLarge`) without being buffered.
    HttpListener(BodyLimit bodyLimit, Handler handler);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    BodyLimit bodyLimit;
    Handler handler;
};

} // namespace ClerkEmulator
