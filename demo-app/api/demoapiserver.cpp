#include "demoapiserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>

#include <memory>

namespace {

// QHttpServer's API for headers and for answering later changed in Qt 6.8: this block is the only place here
// that depends on the version.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
using ResponderArg = QHttpServerResponder &;

void send(QHttpServerResponder &responder, const QHttpServerResponse &response)
{
    responder.sendResponse(response);
}

void addHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value)
{
    QHttpHeaders headers = response.headers();
    headers.append(name, value);
    response.setHeaders(std::move(headers));
}
#else
using ResponderArg = QHttpServerResponder &&;

void send(QHttpServerResponder &responder, const QHttpServerResponse &response)
{
    response.write(std::move(responder));
}

void addHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value)
{
    response.addHeader(name, value);
}
#endif

QHttpServerResponse jsonResponse(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(body, status);
    // RFC 6750: a 401 for a bearer-protected resource names the scheme.
    if (status == QHttpServerResponse::StatusCode::Unauthorized)
        addHeader(response, "WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return response;
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

class DemoApiServer::Http
{
public:
    QHttpServer server;

    explicit Http(DemoApiServer *q) : q(q)
    {
        server.route(QStringLiteral("/api/me"), [this](const QHttpServerRequest &request, ResponderArg responder) {
            me(request, std::move(responder));
        });
        server.route(QStringLiteral("/api/<arg>"), [this](const QString &name, const QHttpServerRequest &) {
            return answer(QStringLiteral("/api/") + name, QHttpServerResponse::StatusCode::NotFound,
                          QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")}});
        });
    }

private:
    void me(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        const QString path = request.url().path();
        using Status = QHttpServerResponse::StatusCode;
        if (request.method() != QHttpServerRequest::Method::Get) {
            send(responder, answer(path, Status::MethodNotAllowed,
                                          QJsonObject{{QStringLiteral("error"), QStringLiteral("method_not_allowed")}}));
            return;
        }
        const QString token = Clerk::TokenVerifier::tokenFromHeaders(request.headers());
        if (token.isEmpty()) {
            send(responder,
                 answer(path, Status::Unauthorized, QJsonObject{{QStringLiteral("error"), QStringLiteral("token_missing")}}));
            return;
        }
        // Verification may first fetch the JWKS: the answer goes out when it calls back.
        auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
        q->m_verifier->verifyAsync(token, &server, [this, later, path](const Clerk::TokenVerification &v) {
            send(*later, v.ok() ? answer(path, Status::Ok, meJson(v.claims()))
                                       : answer(path, Status::Unauthorized,
                                                QJsonObject{{QStringLiteral("error"), v.reasonCode()}}));
        });
    }

    QHttpServerResponse answer(const QString &path, QHttpServerResponse::StatusCode status, const QJsonObject &body)
    {
        Q_EMIT q->requestServed(path, int(status));
        return jsonResponse(body, status);
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
    auto *tcp = new QTcpServer(&m_http->server);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return false;
    }
    const quint16 bound = tcp->serverPort();
    m_http->server.bind(tcp);
    m_url = QUrl();
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(address.toString());
    m_url.setPort(bound);
    return true;
}

QUrl DemoApiServer::url() const { return m_url; }

Clerk::TokenVerifier *DemoApiServer::verifier() const { return m_verifier; }
