/// @file
/// Clerk::TokenVerifier — verifying Clerk session tokens on a backend, as `@clerk/backend` does it.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/error.h>
#include <ClerkQt/tokenclaims.h>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtGlobal>
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
#include <QHttpHeaders>
#endif

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Clerk {

class TokenVerification;

/// Configuration of one TokenVerifier. A plain value: fill it in, hand it to the constructor.
///
/// Give exactly the keys you have: a JWKS URL (fetched and cached), a JWKS document, a PEM public key
/// (Clerk's "JWT public key"; networkless), or several of them. With none, every verification fails with
/// `jwks_unavailable`.
struct CLERKQT_EXPORT TokenVerifierConfig
{
    /// Where the signing keys are published: `https://<frontend-api-host>/v1/jwks` (or the instance's
    /// `/.well-known/jwks.json`). Fetched on the first need, cached for `jwksCacheTtl`, refetched once when a
    /// token names an unknown `kid` (at most once per `jwksMinRefetchInterval`).
    QUrl jwksUrl;
    /// A JWKS document known up front (`{"keys":[{kty, kid, n, e, …}]}`). Its keys never expire.
    QJsonObject jwks;
    /// An RSA public key in PEM (`-----BEGIN PUBLIC KEY-----`). It verifies tokens whatever their `kid`.
    QByteArray publicKeyPem;

    /// Origins allowed in `azp` (e.g. "https://app.example.com"). A token with an `azp` outside this list is
    /// rejected; a token without `azp` passes. Empty = no check (as in `@clerk/backend`).
    QStringList authorizedParties;
    /// The required `iss` (e.g. "https://clerk.example.com"). Empty = not checked.
    QString issuer;

    /// Allowance for clocks that disagree, applied to `exp`, `nbf` and `iat`. Default 5 s as in Clerk.
    std::chrono::milliseconds clockSkew{5000};
    /// The current time (UTC). Empty = the system clock. For tests.
    std::function<QDateTime()> clock;

    /// How long a fetched JWKS is trusted before it is fetched again (Clerk's SDKs: 5 minutes).
    std::chrono::milliseconds jwksCacheTtl{5 * 60 * 1000};
    /// The least time between two JWKS fetches caused by unknown `kid`s, so a flood of tokens with made-up
    /// `kid`s costs at most one request per interval.
    std::chrono::milliseconds jwksMinRefetchInterval{10000};
    /// Transfer timeout of a JWKS fetch.
    std::chrono::milliseconds requestTimeout{10000};
    /// A QNetworkAccessManager to reuse (not owned; must outlive the verifier and live in its thread).
    /// nullptr = the verifier creates its own when it first needs one.
    QNetworkAccessManager *networkAccessManager = nullptr;

    /// Tokens longer than this (characters) are rejected as `token_malformed` before anything is decoded.
    int maxTokenSize = 16 * 1024;
};

/// Verifies Clerk session tokens (RS256 JWTs) for a backend: signature, algorithm, key, `exp`/`nbf`/`iat`
/// with clock skew, authorized parties (`azp`) and, when configured, the issuer.
///
/// Two ways to call it:
/// - `verify(token)`: synchronous, for keys already known (PEM, JWKS document, or a warm JWKS cache). With a
///   JWKS URL and keys not (yet) known it answers `jwks_unavailable` or `token_unknown_kid` and schedules a
///   (rate-limited) fetch in the verifier's thread, so a later call can succeed. Thread-safe: any thread may
///   call it concurrently.
/// - `verifyAsync(token, context, callback)`: fetches the JWKS first when needed (cold cache, expired cache,
///   unknown `kid` within the refetch policy), then calls `callback(const TokenVerification &)` exactly once,
///   in `context`'s thread (the verifier's when `context` is nullptr), never before verifyAsync() returns, and
///   not at all if `context` (for nullptr: the verifier) is destroyed first, or if the verifier is destroyed
///   while the token waits for a JWKS fetch. Tokens waiting for one JWKS fetch share it.
///   Call it from the verifier's thread.
///
/// The signature is checked before any claim is read. Each key is parsed once and cached per `kid`.
/// Tokens are never logged.
///
/// A verifier belongs to the thread that creates it: its JWKS fetches and signals happen there, and that thread
/// needs a running event loop for keys to be fetched.
class CLERKQT_EXPORT TokenVerifier : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasKeys READ hasKeys NOTIFY keysChanged)
    Q_PROPERTY(QStringList keyIds READ keyIds NOTIFY keysChanged)
    Q_PROPERTY(bool fetchingKeys READ isFetchingKeys NOTIFY fetchingKeysChanged)
public:
    /// Why a token was rejected. `reasonCode()` gives the string code used in Error::code() and HTTP answers.
    enum class Reason {
        None,                   ///< valid
        Malformed,              ///< `token_malformed`: not a JWS (segments, base64url, JSON, sizes, claim types)
        InvalidAlgorithm,       ///< `token_invalid_algorithm`: `alg` is not RS256 (`none`, HS256, …)
        UnknownKid,             ///< `token_unknown_kid`: no key with the token's `kid`
        InvalidSignature,       ///< `token_invalid_signature`
        Expired,                ///< `token_expired`: `exp` is past (beyond the clock skew)
        NotActiveYet,           ///< `token_not_active_yet`: `nbf` or `iat` is in the future (beyond the skew)
        InvalidAuthorizedParty, ///< `token_invalid_authorized_party`: `azp` not among the authorized parties
        InvalidIssuer,          ///< `token_invalid_issuer`: `iss` is not the configured issuer
        JwksUnavailable,        ///< `jwks_unavailable`: no keys (none configured, fetch failed, not fetched yet)
    };
    Q_ENUM(Reason)

    /// What verifyAsync() calls with the outcome.
    using Callback = std::function<void(const TokenVerification &)>;

    /// Reads the configured PEM key and JWKS document at once; what cannot be read is reported by
    /// configurationError() (and logged), and the verifier works with the keys it could read. Nothing is
    /// fetched until a token needs the JWKS or refreshKeys() is called.
    explicit TokenVerifier(const TokenVerifierConfig &config, QObject *parent = nullptr);
    /// Aborts a JWKS fetch in flight; callbacks still waiting for it are not called.
    ~TokenVerifier() override;

    /// The configuration given to the constructor.
    TokenVerifierConfig config() const;
    /// A problem with the configured keys (unreadable PEM or JWKS document); null when there is none.
    Error configurationError() const;

    /// Verifies `token` with the keys known now. See the class documentation.
    TokenVerification verify(const QString &token) const;
    /// Verifies `token`, fetching the JWKS first when needed. See the class documentation.
    void verifyAsync(const QString &token, const QObject *context, Callback callback);

    /// True when at least one key is known (configured or fetched).
    bool hasKeys() const;
    /// The `kid`s of the known keys (a PEM key has none).
    QStringList keyIds() const;
    /// True while a JWKS fetch is in flight.
    bool isFetchingKeys() const;
    /// Fetches the JWKS now, regardless of the refetch interval; use it to warm the cache at start-up. No-op
    /// without a JWKS URL or while a fetch is in flight. When it ends, fetchingKeysChanged() is emitted, then
    /// keysChanged() if the set of key ids changed, or keyFetchFailed() if it failed.
    void refreshKeys();

    /// The code of `reason` ("token_expired" …; "" for None).
    static QString reasonCode(Reason reason);

    /// The token in an `Authorization` header value: "Bearer <token>" (scheme case-insensitive) or, as Clerk's
    /// backend SDKs accept it, a bare token. Empty when there is none.
    static QString tokenFromAuthorizationHeader(const QByteArray &value);
    /// The `__session` cookie in a `Cookie` header value; empty when absent.
    static QString tokenFromCookieHeader(const QByteArray &value);
    /// The session token of a request, from its headers (names case-insensitive) as Clerk's backend SDKs take
    /// it: the `Authorization` header first, else the `__session` cookie. Empty when there is none.
    static QString tokenFromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    /// The same for a QHttpHeaders, the type of `QHttpServerRequest::headers()` from Qt 6.8 on.
    static QString tokenFromHeaders(const QHttpHeaders &headers);
#endif

Q_SIGNALS:
    /// The set of known keys changed (a JWKS fetch brought keys with other `kid`s). A refetch that returns the
    /// same `kid`s does not emit it.
    void keysChanged();
    /// A JWKS fetch failed (network, HTTP status, unreadable document). Cached keys, if any, stay in use.
    void keyFetchFailed(const Clerk::Error &error);
    /// isFetchingKeys() changed: a JWKS fetch started or ended.
    void fetchingKeysChanged();

private:
    friend class TokenVerifierPrivate;
    std::unique_ptr<class TokenVerifierPrivate> d;
};

/// The outcome of one verification. A value; a default-constructed TokenVerification is a rejection
/// (reason Malformed, null error).
///
/// Readable from QML: `ok`, `reason`, `reasonCode`, `error` and `claims`.
class CLERKQT_EXPORT TokenVerification
{
    Q_GADGET
    Q_PROPERTY(bool ok READ ok CONSTANT)
    Q_PROPERTY(Clerk::TokenVerifier::Reason reason READ reason CONSTANT)
    Q_PROPERTY(QString reasonCode READ reasonCode CONSTANT)
    Q_PROPERTY(Clerk::Error error READ error CONSTANT)
    Q_PROPERTY(Clerk::TokenClaims claims READ claims CONSTANT)
public:
    /// A rejection with reason Malformed and a null error.
    TokenVerification() = default;
    /// A successful verification with `claims`.
    static TokenVerification success(const TokenClaims &claims);
    /// A rejection; `error` is Clerk::Error with code reasonCode(reason) (kind Auth, or Network/Protocol/
    /// Configuration for `jwks_unavailable`). A `reason` of None is stored as Malformed.
    static TokenVerification failure(TokenVerifier::Reason reason, const Error &error);

    /// True when the token is valid: reason() is None.
    bool ok() const { return m_reason == TokenVerifier::Reason::None; }
    /// Why the token was rejected; None when ok().
    TokenVerifier::Reason reason() const { return m_reason; }
    /// TokenVerifier::reasonCode() of reason(): "token_expired" …, or "" when ok().
    QString reasonCode() const { return TokenVerifier::reasonCode(m_reason); }
    /// The rejection as an Error (its code is reasonCode(), its message says what was wrong); null when ok().
    Error error() const { return m_error; }
    /// The verified claims; empty unless ok().
    TokenClaims claims() const { return m_claims; }

private:
    TokenVerifier::Reason m_reason = TokenVerifier::Reason::Malformed;
    Error m_error;
    TokenClaims m_claims;
};

} // namespace Clerk

Q_DECLARE_METATYPE(Clerk::TokenVerification)
