#include "demoapiserver.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    default: return "Status";
    }
}

QJsonObject meJson(const Clerk::TokenClaims &c)
{
    return {{QStringLiteral("user_id"), c.subject()},
            {QStringLiteral("session_id"), c.sessionId()},
            {QStringLiteral("org_id"), c.organizationId().isEmpty() ? QJsonValue() : QJsonValue(c.organizationId())},
            {QStringLiteral("org_slug"),
             c.organizationSlug().isEmpty() ? QJsonValue() : QJsonValue(c.organizationSlug())},
            {QStringLiteral("org_role"),
             c.organizationRole().isEmpty() ? QJsonValue() : QJsonValue(c.organizationRole())},
            {QStringLiteral("org_permissions"), QJsonArray::fromStringList(c.organizationPermissions())},
            {QStringLiteral("actor"), c.actor().isEmpty() ? QJsonValue() : QJsonValue(QJsonObject::fromVariantMap(c.actor()))},
            {QStringLiteral("claims"), QJsonObject::fromVariantMap(c.raw())}};
}

} // namespace

class DemoApiServer::Http : public QAbstractHttpServer
{
public:
    explicit Http(DemoApiServer *q) : q(q) { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString path = request.url().path();
        if (path != QLatin1String("/api/me")) {
            write(socket, path, 404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")}});
            return true;
        }
        if (request.method() != QHttpServerRequest::Method::Get) {
            write(socket, path, 405, QJsonObject{{QStringLiteral("error"), QStringLiteral("method_not_allowed")}});
            return true;
        }
        const QString token = Clerk::TokenVerifier::tokenFromHeaders(request.headers());
        if (token.isEmpty()) {
            write(socket, path, 401, QJsonObject{{QStringLiteral("error"), QStringLiteral("token_missing")}});
            return true;
        }
        QPointer<QTcpSocket> guard(socket);
        q->m_verifier->verifyAsync(token, this, [this, guard, path](const Clerk::TokenVerification &v) {
            if (!guard)
                return;
            if (v.ok())
                write(guard, path, 200, meJson(v.claims()));
            else
                write(guard, path, 401, QJsonObject{{QStringLiteral("error"), v.reasonCode()}});
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        write(socket, request.url().path(), 404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")}});
    }

private:
    void write(QTcpSocket *socket, const QString &path, int status, const QJsonObject &body)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
            + "\r\nContent-Type: application/json\r\nCache-Control: no-store\r\nContent-Length: "
            + QByteArray::number(json.size()) + "\r\n";
        if (status == 401)
            out += "WWW-Authenticate: Bearer error=\"invalid_token\"\r\n";
        out += "\r\n" + json;
        socket->write(out);
        Q_EMIT q->requestServed(path, status);
    }

    DemoApiServer *q;
};

DemoApiServer::DemoApiServer(const Clerk::TokenVerifierConfig &config, QObject *parent)
    : QObject(parent), m_http(std::make_unique<Http>(this)), m_verifier(new Clerk::TokenVerifier(config, this))
{
}

DemoApiServer::~DemoApiServer() = default;

bool DemoApiServer::listen(quint16 port, const QHostAddress &address)
{
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0)
        return false;
    m_url = QUrl();
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(address.toString());
    m_url.setPort(bound);
    return true;
}

QUrl DemoApiServer::url() const { return m_url; }

Clerk::TokenVerifier *DemoApiServer::verifier() const { return m_verifier; }
