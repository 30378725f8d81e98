#include "httplistener_p.h"

#include <QObject>
#include <QTcpSocket>

namespace ClerkEmulator {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

void refuse(QTcpSocket *socket, const QByteArray &statusLine)
{
    socket->write("HTTP/1.1 " + statusLine + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
}

// One connection's request parser: HTTP/1.1 with Content-Length or chunked bodies, keep-alive, pipelined
// requests in order. A request is handed on once its body is complete.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, const HttpListener::BodyLimit &bodyLimit, const HttpListener::Handler &handler)
        : QObject(socket), socket(socket), bodyLimit(bodyLimit), handler(handler)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkTrailer, Discard };

    void onReadyRead()
    {
        buffer += socket->readAll();
        while (socket->state() == QAbstractSocket::ConnectedState && step()) {
        }
    }

    // Consumes what it can of the buffer; false when it needs more bytes (or gave up on the connection).
    bool step()
    {
        switch (phase) {
        case Phase::Head: return readHead();
        case Phase::Body: {
            if (buffer.size() < remaining)
                return false;
            request.body = buffer.left(remaining);
            buffer.remove(0, remaining);
            dispatch();
            return true;
        }
        case Phase::ChunkSize: {
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0) {
                if (buffer.size() > 1024)
                    refuse(socket, "400 Bad Request");
                return false;
            }
            bool ok = false;
            const qint64 size = buffer.left(eol).split(';').first().trimmed().toLongLong(&ok, 16);
            buffer.remove(0, eol + 2);
            if (!ok || size < 0)
                return refuse(socket, "400 Bad Request"), false;
            if (request.body.size() + size > maxBodyBytes) {
                // A chunked body cannot be skipped without reading it all: answer and close.
                request.body.clear();
                request.bodyTooLarge = true;
                dispatch();
                socket->disconnectFromHost();
                return false;
            }
            remaining = size;
            phase = size == 0 ? Phase::ChunkTrailer : Phase::ChunkData;
            return true;
        }
        case Phase::ChunkData: {
            if (buffer.size() < remaining + 2)
                return false;
            request.body += buffer.left(remaining);
            buffer.remove(0, remaining + 2);
            phase = Phase::ChunkSize;
            return true;
        }
        case Phase::ChunkTrailer: {
            const qsizetype end = buffer.startsWith("\r\n") ? 0 : buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            buffer.remove(0, end == 0 ? 2 : end + 4);
            dispatch();
            return true;
        }
        case Phase::Discard: {
            const qint64 n = qMin<qint64>(remaining, buffer.size());
            buffer.remove(0, n);
            remaining -= n;
            if (remaining > 0)
                return false;
            phase = Phase::Head;
            return true;
        }
        }
        return false;
    }

    bool readHead()
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > kMaxHeaderBytes)
                refuse(socket, "431 Request Header Fields Too Large");
            return false;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.remove(0, end + 4);
        const QList<QByteArray> start = lines.first().trimmed().split(' ');
        if (start.size() != 3 || !start[2].startsWith("HTTP/1.") || start[1].isEmpty())
            return refuse(socket, "400 Bad Request"), false;
        request = HttpRequest();
        request.method = start[0];
        request.url = QUrl::fromEncoded(start[1]);
        request.remoteAddress = socket->peerAddress();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return refuse(socket, "400 Bad Request"), false;
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        maxBodyBytes = bodyLimit(request);
        if (request.header("Transfer-Encoding").toLower().contains("chunked")) {
            continueIfAsked();
            phase = Phase::ChunkSize;
            return true;
        }
        bool ok = true;
        const QByteArray declared = request.header("Content-Length");
        remaining = declared.isEmpty() ? 0 : declared.toLongLong(&ok);
        if (!ok || remaining < 0)
            return refuse(socket, "400 Bad Request"), false;
        if (remaining > maxBodyBytes) {
            // Answer at once and drop the body as it arrives: nothing past the limit is ever buffered.
            request.bodyTooLarge = true;
            dispatch();
            phase = Phase::Discard;
            return true;
        }
        continueIfAsked();
        phase = Phase::Body;
        return true;
    }

    void continueIfAsked()
    {
        if (request.header("Expect").toLower() == "100-continue")
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }

    void dispatch()
    {
        phase = Phase::Head;
        handler(request, socket);
    }

    QTcpSocket *socket;
    HttpListener::BodyLimit bodyLimit;
    qint64 maxBodyBytes = 0; // this request's limit
    HttpListener::Handler handler;
    QByteArray buffer;
    Phase phase = Phase::Head;
    qint64 remaining = 0;
    HttpRequest request;
};

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpListener::HttpListener(BodyLimit bodyLimit, Handler handler)
    : bodyLimit(std::move(bodyLimit)), handler(std::move(handler))
{
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new Connection(socket, bodyLimit, handler);
}

} // namespace ClerkEmulator
