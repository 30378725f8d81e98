// The request side of the emulator: turns each HTTP request from the listener into a native FAPI request,
// applies injected faults, counts requests, serves the control API and writes raw HTTP/1.1 responses (it needs
// the socket to reset, truncate or stall a connection on purpose).
#pragma once

#include "fapi_p.h"
#include "faults_p.h"
#include "httplistener_p.h"
#include "model_p.h"
#include "recorder_p.h"
#include "signer_p.h"

#include <ClerkEmulator/server.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMap>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ClerkEmulator {

constexpr qint64 kMaxBodyBytes = 64 * 1024;

class ServerPrivate
{
public:
    explicit ServerPrivate(Server *q);

    Server *q;
    Model model;
    QJsonObject seed;
    std::unique_ptr<Signer> signer;
    std::unique_ptr<Fapi> fapi;
    HttpListener http{bodyLimit, [this](const HttpRequest &request, QTcpSocket *socket) { serve(request, socket); }};
    FaultTable faults;
    Recorder recorder;
    QMap<QString, int> counts;
    int total = 0;
    quint16 port = 0;
    QString instanceHost;
    int startTokenTtl = 60;
    qint64 clockOffset = 0;
    std::optional<qint64> frozenAt; ///< server time while the clock stands (Server::setClockFrozen)

    static qint64 bodyLimit(const HttpRequest &request);
    qint64 now() const;
    QString effectiveInstanceHost() const;
    void applyIssuer();

    void serve(const HttpRequest &request, QTcpSocket *socket);
    void serveFapi(const FapiRequest &request, QTcpSocket *socket);
    /// GET of an uploaded profile image (Fapi::kImagePathPrefix + id): its bytes, or 404.
    void serveImage(const QString &path, QTcpSocket *socket);
    void serveControl(const QString &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
                      QTcpSocket *socket);
    void count(const QString &routeKey, int status);
    /// Records a JSON response for the conformance test; `routeKey` is "METHOD pattern" or "".
    void record(const QString &method, const QString &path, const QString &routeKey, int status,
                const QJsonValue &body, bool injected = false);
    void write(QTcpSocket *socket, int status, const QJsonValue &body,
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool truncate = false);
};

} // namespace ClerkEmulator
