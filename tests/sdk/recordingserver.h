// An app's own API as the wire sees it, for tests of what the SDK sends there: a QHttpServer on loopback that
// records every request to `/<name>` and answers with `reply` (or 401 to the first `rejectFirst`, or the 3xx
// named in `redirects` for that path). Built only on QHttpServer's public route API, which Qt 6.4 and 6.8
// share; adding a response header is the one call that differs between them.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTcpServer>
#include <QUrl>

namespace TestHelpers {

inline void addResponseHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.append(name, value);
    response.setHeaders(std::move(headers));
#else
    response.addHeader(name, value);
#endif
}

class RecordingServer
{
public:
    QHttpServer server;
    struct Seen
    {
        QString path;
        QByteArray method; // "Get", "Post", … (QHttpServerRequest::Method's key)
        QByteArray authorization, contentType, body;
    };
    QList<Seen> seen;
    int rejectFirst = 0;
    QJsonObject reply{{QStringLiteral("ok"), true}};
    struct Redirect
    {
        int status = 302;
        QByteArray location; // sent as is: absolute or relative
    };
    QHash<QString, Redirect> redirects; // by path; checked before rejectFirst

    RecordingServer()
    {
        server.route(QStringLiteral("/<arg>"), [this](const QString &, const QHttpServerRequest &request) {
            Seen s;
            s.path = request.url().path();
            s.method = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
            s.authorization = request.value("Authorization");
            s.contentType = request.value("Content-Type");
            s.body = request.body();
            seen << s;
            if (const auto r = redirects.constFind(s.path); r != redirects.cend()) {
                QHttpServerResponse moved("text/plain", "moved",
                                          static_cast<QHttpServerResponse::StatusCode>(r->status));
                addResponseHeader(moved, "Location", r->location);
                return moved;
            }
            if (seen.size() <= rejectFirst)
                return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("stale")}},
                                           QHttpServerResponse::StatusCode::Unauthorized);
            QJsonObject body = reply;
            body.insert(QStringLiteral("echo"), QString::fromUtf8(s.body));
            return QHttpServerResponse(body);
        });
    }

    /// Listens on a free loopback port; false when none could be bound.
    bool start()
    {
        auto *tcp = new QTcpServer(&server);
        if (!tcp->listen(QHostAddress::LocalHost, 0))
            return false;
        port = tcp->serverPort();
        server.bind(tcp);
        return true;
    }
    QUrl url(const QString &path = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }
    quint16 port = 0;
};

} // namespace TestHelpers
