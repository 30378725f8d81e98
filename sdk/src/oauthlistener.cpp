#include "oauthlistener_p.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Clerk {

namespace {

constexpr qint64 kMaxRequestHead = 16 * 1024;

const QByteArray kDonePage = QByteArrayLiteral(
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Signed in</title></head>"
    "<body style=\"font-family: sans-serif; text-align: center; margin-top: 20vh\">"
    "<h1>You are signed in</h1><p>You can close this tab and return to the app.</p></body></html>");

void answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &body)
{
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

OAuthListener::OAuthListener(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &OAuthListener::onConnection);
}

OAuthListener::~OAuthListener() = default;

bool OAuthListener::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool OAuthListener::isListening() const { return m_server->isListening(); }

QUrl OAuthListener::callbackUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server->serverPort()));
}

void OAuthListener::close() { m_server->close(); }

void OAuthListener::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("answered").toBool())
                return;
            if (!socket->canReadLine() && socket->bytesAvailable() < kMaxRequestHead)
                return;
            const QList<QByteArray> requestLine = socket->readLine(kMaxRequestHead).trimmed().split(' ');
            socket->setProperty("answered", true);
            if (requestLine.size() != 3 || requestLine[0] != "GET") {
                answer(socket, "405 Method Not Allowed", {});
                return;
            }
            const QUrl url = QUrl(callbackUrl().toString(QUrl::RemovePath) + QString::fromLatin1(requestLine[1]));
            if (url.path() != QLatin1String("/callback")) {
                answer(socket, "404 Not Found", {}); // e.g. the browser's favicon request
                return;
            }
            answer(socket, "200 OK", kDonePage);
            // One redirect is all this listener is for: stop accepting, then hand the URL over.
            m_server->close();
            Q_EMIT redirected(url);
        });
    }
}

} // namespace Clerk
