// A local Clerk Frontend API (FAPI) emulator: a real HTTP server on loopback that speaks Clerk's native
// protocol, signs RS256 session JWTs with a real key, serves JWKS and injects faults on demand.
#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace ClerkEmulator {

/// A fault injected into requests whose "METHOD /path" matches `pattern`.
/// `pattern` is a glob (`*` matches any run of characters); a pattern that does not start with an HTTP
/// method matches any method. Example: "POST /v1/client/sessions/*/tokens*".
struct Fault
{
    enum class Kind {
        Status,     ///< answer `status` with Clerk's error envelope (429 adds Retry-After), after `latencyMs`
        Reset,      ///< drop the connection with a TCP reset before answering
        Truncate,   ///< send the real headers and half the body, then close
        Malformed,  ///< 200 with a body that is not JSON
        Latency,    ///< wait `latencyMs`, then answer normally
        Timeout,    ///< never answer; close the connection after `latencyMs` (default 120 s)
        SlowAnswer, ///< do the work at once, send its answer after `latencyMs`: a slow way back, so the answer
                    ///< tells of the state it was made in and may land after answers to later requests
    };
    QString id;                 ///< assigned by addFault()
    QString pattern;
    Kind kind = Kind::Status;
    int status = 503;
    int retryAfterSeconds = 1;  ///< for 429
    int latencyMs = 0;
    double probability = 1.0;   ///< chance that a matching request is hit
    int count = -1;             ///< how many hits at most; -1 = unlimited
    quint64 seed = 1;           ///< the fault's own random stream: same seed, same hits
    int hits = 0;               ///< read-only: how many requests it hit so far

    static bool kindFromString(const QString &name, Kind *kind);
    static QString kindToString(Kind kind);
};

class ServerPrivate;

/// The emulator. Create it, load a seed (or keep the default one), listen(), and point the SDK at
/// publishableKey() / fapiUrl(). Everything the control API (`/__emulator/…`) does is also a method here.
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    /// The seed the emulator ships with (users, organizations, JWT templates, instance settings).
    static QJsonObject defaultSeed();
    /// Replaces the whole state with `seed`. Returns false and sets `error` on an invalid seed.
    bool loadSeed(const QJsonObject &seed, QString *error = nullptr);

    /// The instance profiles the emulator ships (`emulator/seeds/profiles/<name>.json`), sorted: each one an
    /// instance whose settings exercise one path of sign-in or sign-up (e.g. "legal-consent"). "default" is the
    /// default seed.
    static QStringList profiles();
    /// The seed of profile `name`: the default seed with the profile's objects merged in at every level (arrays
    /// and other values replace). An empty object, and `error`, for a name that is not one of profiles().
    static QJsonObject profileSeed(const QString &name, QString *error = nullptr);
    /// One line on what profile `name` is for (its `description`); empty for an unknown name.
    static QString profileDescription(const QString &name);

    /// The host the publishable key encodes and the `iss` claim names. Default: "127.0.0.1:<port>".
    void setInstanceHost(const QString &host);
    QString instanceHost() const;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const;           ///< http://127.0.0.1:<port>
    QUrl fapiUrl() const;           ///< baseUrl() + "/v1"
    QString publishableKey() const; ///< pk_test_<base64("<instanceHost>$")>
    QString issuer() const;         ///< the `iss` claim of every session JWT
    QString keyId() const;          ///< the JWKS `kid`
    QJsonObject jwks() const;
    QByteArray publicKeyPem() const;

    /// Back to the loaded seed: forgets clients, sessions, sign-ins, counters and faults; clock offset 0 and
    /// running, and the token TTL the server was started with.
    void reset();

    void setTokenTtl(int seconds);
    int tokenTtl() const;
    /// Shifts the server's clock (Date header, JWT iat/exp, resource timestamps) by `ms`.
    void setClockOffset(qint64 ms);
    qint64 clockOffset() const;
    /// Stops the server's clock where it stands (true) or lets it run on from there (false). Two tokens minted
    /// while it stands are alike byte for byte, as two of Clerk's are within one second; tests use it to make
    /// that case certain rather than a matter of timing.
    void setClockFrozen(bool frozen);
    bool isClockFrozen() const;
    /// Server time in Unix milliseconds (real time plus the clock offset).
    qint64 now() const;

    /// At most `requests` FAPI requests per client (or per address when there is no client) in
    /// `windowSeconds`; beyond that 429 `too_many_requests` with Retry-After. 0 turns it off (default).
    void setRateLimit(int requests, int windowSeconds);

    QString addFault(const Fault &fault);
    bool removeFault(const QString &id);
    void clearFaults();
    QList<Fault> faults() const;

    /// Requests served per route, keyed "METHOD /v1/route/{param}" as in Clerk's OpenAPI spec, e.g.
    /// "POST /v1/client/sessions/{session_id}/tokens". Control requests are not counted.
    QMap<QString, int> requestCounts() const;
    int requestCount(const QString &routeKey) const;
    int totalRequestCount() const;
    void resetCounters();
    /// Every FAPI route this emulator serves, "METHOD /v1/route/{param}" in the same form as the route keys.
    QStringList routes() const;

    /// Adds a user in the seed's format; returns its FAPI `user` object, or an empty object and `error`.
    QJsonObject createUser(const QJsonObject &seedUser, QString *error = nullptr);
    /// Server-side revocation, as the Clerk dashboard / Backend API would do it.
    bool revokeSession(const QString &sessionId);
    bool revokeClient(const QString &clientId);
    /// As Clerk's Backend API `POST /v1/sign_in_tokens`: `{"user_id", "expires_in_seconds"?}` → `{"token", "url"}`
    /// (the url carries `__clerk_ticket`). Single use. Empty object and `error` for an unknown user.
    QJsonObject createSignInToken(const QJsonObject &request, QString *error = nullptr);
    /// As Clerk's Backend API invitations: `{"email_address", "organization_id"?, "role"?, "expires_in_seconds"?}`
    /// → `{"ticket", "url"}`. With an organization, accepting it (sign-up or sign-in) makes the membership.
    QJsonObject createInvitation(const QJsonObject &request, QString *error = nullptr);
    /// The last email link sent to `emailAddress` (`{"url", "sign_in_id", "expire_at"}`): the tests' mailbox.
    QJsonObject lastEmailLink(const QString &emailAddress, QString *error = nullptr) const;

Q_SIGNALS:
    /// After every FAPI request (not control requests): route key and HTTP status (0 for a dropped one).
    void requestServed(const QString &routeKey, int status);

private:
    std::unique_ptr<ServerPrivate> d;
};

} // namespace ClerkEmulator
