// Internals of Clerk::TokenVerifier, shared by its three source files:
//   tokenvalidator.cpp  reading a token and checking its signature and claims (no I/O)
//   jwkscache.cpp       the keys: lookup by kid, the JWKS fetch and its cache, the callers waiting for a fetch
//   tokenverifier.cpp   the public TokenVerifier / TokenVerification API
// Part of the ClerkQt::Verifier library only (it needs OpenSSL); never installed.
#pragma once

#include <ClerkQt/tokenverifier.h>

#include "jwks_p.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QReadWriteLock>

#include <array>
#include <atomic>
#include <memory>
#include <optional>

namespace Clerk {

// Rule for every line logged here: never a token, not even at debug level.
Q_DECLARE_LOGGING_CATEGORY(lcVerifier)

namespace VerifierDetail {

using Reason = TokenVerifier::Reason;

/// Why verification would like a JWKS fetch.
enum class FetchNeed {
    None,
    Refresh,    ///< no fetched keys yet, or the cache is older than its TTL
    UnknownKid, ///< fresh keys, but none with the token's kid
};

inline TokenVerification reject(Reason reason, const QString &message, Error::Kind kind = Error::Kind::Auth,
                                int httpStatus = 0)
{
    return TokenVerification::failure(reason, Error(kind, TokenVerifier::reasonCode(reason), message, {}, httpStatus));
}

/// The header of a token, reduced to what verification needs.
struct Header
{
    QByteArray segment; ///< the base64url text it was decoded from (memo key)
    QString kid;
    bool hasKid = false;
};

/// A verified payload, read once: the values the checks read, and the claims (decoded when first read).
struct Payload
{
    QByteArray json; ///< the decoded payload it was read from (memo identity)
    TokenClaims claims;
    double exp = 0, nbf = 0, iat = 0;
    bool hasNbf = false, hasIat = false;
    QString azp, iss;
    bool hasAzp = false;
};

/// The token split, its segments decoded and its header read. `failure` set = rejected before any key was
/// needed. No claim is read here: the payload is only base64url-decoded, which checks its characters before
/// the key and the signature are looked at.
struct Parsed
{
    std::optional<TokenVerification> failure;
    QByteArray bytes; ///< the token as Latin-1 (every segment checked to be base64url)
    qsizetype dot1 = -1, dot2 = -1;
    Header header;
    QByteArray signature;   ///< decoded
    QByteArray payloadJson; ///< decoded, not read
};

} // namespace VerifierDetail

class TokenVerifierPrivate
{
public:
    struct Pending
    {
        QString token;
        QPointer<const QObject> context;
        bool hasContext = false;
        TokenVerifier::Callback callback;
    };

    TokenVerifierPrivate(TokenVerifier *q, const TokenVerifierConfig &config) : q(q), config(config)
    {
        monotonic.start();
    }

    VerifierDetail::Parsed parse(const QString &token) const;
    TokenVerification check(const VerifierDetail::Parsed &parsed, const RsaPublicKey &key) const;
    /// Verification with the keys known now; `need` tells whether (and why) the JWKS should be fetched.
    TokenVerification verifyNow(const QString &token, VerifierDetail::FetchNeed *need) const;
    RsaPublicKeyPtr keyFor(const VerifierDetail::Header &header, bool *stale) const;
    TokenVerification noKey(const VerifierDetail::Header &header) const;
    qint64 nowMs() const
    {
        return config.clock ? config.clock().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    }
    /// The refetch policy: at most one fetch per jwksMinRefetchInterval for unknown kids, and no retry of a
    /// cold or expired cache sooner than that after the last attempt.
    bool fetchAllowed(VerifierDetail::FetchNeed need) const
    {
        const qint64 interval = config.jwksMinRefetchInterval.count();
        const qint64 now = monotonic.elapsed();
        switch (need) {
        case VerifierDetail::FetchNeed::None: return false;
        case VerifierDetail::FetchNeed::Refresh: return lastFetchStart < 0 || now - lastFetchStart >= interval;
        case VerifierDetail::FetchNeed::UnknownKid: return lastMissFetch < 0 || now - lastMissFetch >= interval;
        }
        return false;
    }

    void deliver(const QPointer<const QObject> &context, bool hasContext, const TokenVerifier::Callback &callback,
                 const TokenVerification &result);
    void startFetch(VerifierDetail::FetchNeed need);
    void fetchFinished(QNetworkReply *reply);
    void scheduleFetch(VerifierDetail::FetchNeed need) const;

    TokenVerifier *q;
    TokenVerifierConfig config;
    Error configError;

    // Keys. Read by verify() in any thread; written in the verifier's thread.
    mutable QReadWriteLock keyLock;
    QHash<QString, RsaPublicKeyPtr> configuredKeys; // from config.jwks
    RsaPublicKeyPtr pemKey;                          // from config.publicKeyPem: any kid
    QHash<QString, RsaPublicKeyPtr> fetchedKeys;     // from config.jwksUrl
    qint64 fetchedAt = -1;                           // monotonic ms of the last successful fetch
    qint64 lastFetchStart = -1;                      // monotonic ms of the last fetch started
    qint64 lastMissFetch = -1;                       // … of the last one started for an unknown kid
    Error lastFetchError;
    QElapsedTimer monotonic;

    // Memo of decoded headers and verified payloads. The payload memo is direct-mapped (slot from the signature):
    // a lookup hashes nothing, an insert replaces one entry, and it never needs clearing.
    static constexpr size_t payloadMemoSize = 1024;
    mutable QMutex memoLock;
    mutable QList<VerifierDetail::Header> headerMemo;
    mutable std::array<std::shared_ptr<const VerifierDetail::Payload>, payloadMemoSize> payloadMemo;

    // JWKS fetching (verifier's thread only).
    std::unique_ptr<QNetworkAccessManager> ownNam;
    QPointer<QNetworkReply> inFlight;
    QList<Pending> waiting;
    mutable std::atomic<bool> fetchScheduled{false};
};

} // namespace Clerk
