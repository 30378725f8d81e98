// DemoApiServer — a small example of a protected API: a Qt HTTP server that accepts a request only with a
// valid Clerk session token (`Authorization: Bearer …` or the `__session` cookie), verified by
// Clerk::TokenVerifier.
#pragma once

#include <ClerkQt/tokenverifier.h>

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

/// Serves, on loopback:
/// - `GET /api/me` → 200 `{"user_id", "session_id", "org_id", "org_slug", "org_role", "org_permissions",
///   "actor", "claims": {every verified claim}}` for a valid token; 401 `{"error": "<reason code>"}`
///   otherwise (`token_missing` when the request carries no token, else TokenVerifier::reasonCode(), e.g.
///   `token_expired`), with `WWW-Authenticate: Bearer error="invalid_token"`.
/// - any other `/api/<name>` → 404 `{"error": "not_found"}`; another verb on /api/me → 405
///   `method_not_allowed`; paths outside /api/ get QHttpServer's plain 404.
///
/// Keys come from the verifier configuration (JWKS URL of the instance, JWKS document or PEM); with a JWKS URL
/// the first request fetches the JWKS (or call verifier()->refreshKeys() after listen()).
class DemoApiServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoApiServer(const Clerk::TokenVerifierConfig &config, QObject *parent = nullptr);
    ~DemoApiServer() override;

    /// Starts listening on `address`:`port` (0 = any free port). False when the port cannot be bound.
    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    /// `http://<address>:<port>` once listening; empty before.
    QUrl url() const;
    Clerk::TokenVerifier *verifier() const;

Q_SIGNALS:
    /// After every answered request: path and HTTP status (never the token).
    void requestServed(const QString &path, int status);

private:
    class Http;
    std::unique_ptr<Http> m_http;
    Clerk::TokenVerifier *m_verifier = nullptr;
    QUrl m_url;
};
