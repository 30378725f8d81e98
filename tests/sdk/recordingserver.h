// An app's own API as the wire sees it, for tests of what the SDK sends there: a QHttpServer on loopback that
// records every request to `/<name>` and answers with `reply` (or 401 to the first `rejectFirst`). Built only
// on QHttpServer's public route API, which Qt 6.4 and 6.8 share.
#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTcpServer>
#include <QUrl>

namespace TestHelpers {

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
