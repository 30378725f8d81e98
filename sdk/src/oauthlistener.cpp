#include "oauthlistener_p.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace Clerk {

namespace {

constexpr qint64 kMaxRequestHead = 16 * 1024;

} // namespace

OAuthListener::OAuthListener(QObject *parent) : QObject(parent) {}

OAuthListener::~OAuthListener()
{
    if (m_waiting)
        answer(m_waiting, "503 Service Unavailable", tr("Sign-in interrupted"), tr("The app stopped waiting for this sign-in."));
}

bool OAuthListener::listen()
{
    auto *v4 = new QTcpServer(this);
    if (!v4->listen(QHostAddress::LocalHost, 0)) {
        delete v4;
        return false;
    }
    m_port = v4->serverPort();
    m_servers << v4;
    // A browser that resolves the loopback name to ::1 finds the same port there. Without IPv6 loopback, or
    // with that port taken on ::1, 127.0.0.1 alone still serves the callback URL.
    auto *v6 = new QTcpServer(this);
    if (v6->listen(QHostAddress::LocalHostIPv6, m_port))
        m_servers << v6;
    else
        delete v6;
    for (QTcpServer *server : std::as_const(m_servers))
        connect(server, &QTcpServer::newConnection, this, [this, server] { onConnection(server); });
    return true;
}

bool OAuthListener::isListening() const
{
    return !m_servers.isEmpty() && m_servers.first()->isListening();
}

QUrl OAuthListener::callbackUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port));
}

void OAuthListener::close()
{
    for (QTcpServer *server : std::as_const(m_servers))
        server->close();
}

void OAuthListener::respond(const QString &title, const QString &text)
{
    close();
    if (m_waiting)
        answer(m_waiting, "200 OK", title, text);
}

void OAuthListener::ignore()
{
    if (m_waiting)
        answer(m_waiting, "400 Bad Request", tr("Not this sign-in"),
               tr("This link does not belong to the sign-in the app is waiting for."));
}

void OAuthListener::answer(QTcpSocket *socket, const QByteArray &status, const QString &title, const QString &text)
{
    const QByteArray body = QStringLiteral(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
        "<body style=\"font-family: sans-serif; text-align: center; margin-top: 20vh\"><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped()).toUtf8();
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + body);
    // The tab may outlive the listener (it closes once the flow ends): the socket owns itself until sent.
    socket->setParent(nullptr);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    if (socket == m_waiting)
        m_waiting.clear();
}

void OAuthListener::onConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("answered").toBool())
                return;
            if (!socket->canReadLine() && socket->bytesAvailable() < kMaxRequestHead)
                return;
            const QList<QByteArray> requestLine = socket->readLine(kMaxRequestHead).trimmed().split(' ');
            socket->setProperty("answered", true);
            if (requestLine.size() != 3 || requestLine[0] != "GET") {
                answer(socket, "405 Method Not Allowed", tr("Not found"), QString());
                return;
            }
            const QUrl url = QUrl(callbackUrl().toString(QUrl::RemovePath) + QString::fromLatin1(requestLine[1]));
            if (url.path() != QLatin1String("/callback") || m_waiting) {
                // e.g. the browser's favicon request, or a second tab while the first is being judged
                answer(socket, "404 Not Found", tr("Not found"), QString());
                return;
            }
            m_waiting = socket;
            Q_EMIT redirected(url);
        });
    }
}

} // namespace Clerk
