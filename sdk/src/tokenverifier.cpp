#include <ClerkQt/tokenverifier.h>

#include "jwks_p.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QReadWriteLock>
#include <QSet>

#include <atomic>
#include <cmath>

namespace Clerk {

namespace {

// Rule for every line logged here: never a token, not even at debug level.
Q_LOGGING_CATEGORY(lcVerifier, "clerk.verifier", QtWarningMsg) // quiet by default, like logging.cpp

using Reason = TokenVerifier::Reason;

/// Why verification would like a JWKS fetch.
enum class FetchNeed {
    None,
    Refresh,    ///< no fetched keys yet, or the cache is older than its TTL
    UnknownKid, ///< fresh keys, but none with the token's kid
};

/// Bounds of the memo caches. Entries are only added for tokens whose signature verified, so an attacker
/// cannot fill them; they only save re-decoding the header and payload of tokens seen before.
constexpr int maxHeaderMemo = 16;
constexpr int maxClaimsMemo = 1024;
constexpr qsizetype maxHeaderSize = 2048;

bool isBase64UrlChar(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
        || c == u'_';
}

std::optional<QByteArray> decodeSegment(const char *data, qsizetype size)
{
    auto decoded = QByteArray::fromBase64Encoding(
        QByteArray::fromRawData(data, size),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

bool number(const QVariant &value, double *out)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
        *out = value.toDouble();
        return std::isfinite(*out);
    default:
        return false;
    }
}

TokenVerification reject(Reason reason, const QString &message, Error::Kind kind = Error::Kind::Auth,
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

/// A verified payload, decoded once: the claims plus the values the checks read.
struct Payload
{
    TokenClaims claims;
    double exp = 0, nbf = 0, iat = 0;
    bool hasNbf = false, hasIat = false;
    QString azp, iss;
    bool hasAzp = false;
};

/// The token split and its header read. `failure` set = rejected before any key was needed.
struct Parsed
{
    std::optional<TokenVerification> failure;
    QByteArray bytes; ///< the token as Latin-1 (checked to be base64url and dots)
    qsizetype dot1 = -1, dot2 = -1;
    Header header;
};

} // namespace

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

    Parsed parse(const QString &token) const;
    TokenVerification check(const QString &token, const Parsed &parsed, const RsaPublicKey &key) const;
    /// Verification with the keys known now; `need` tells whether (and why) the JWKS should be fetched.
    TokenVerification verifyNow(const QString &token, FetchNeed *need) const;
    RsaPublicKeyPtr keyFor(const Header &header, bool *stale) const;
    TokenVerification noKey(const Header &header) const;
    qint64 nowMs() const
    {
        return config.clock ? config.clock().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    }
    /// The refetch policy: at most one fetch per jwksMinRefetchInterval for unknown kids, and no retry of a
    /// cold or expired cache sooner than that after the last attempt.
    bool fetchAllowed(FetchNeed need) const
    {
        const qint64 interval = config.jwksMinRefetchInterval.count();
        const qint64 now = monotonic.elapsed();
        switch (need) {
        case FetchNeed::None: return false;
        case FetchNeed::Refresh: return lastFetchStart < 0 || now - lastFetchStart >= interval;
        case FetchNeed::UnknownKid: return lastMissFetch < 0 || now - lastMissFetch >= interval;
        }
        return false;
    }

    void deliver(const QPointer<const QObject> &context, bool hasContext, const TokenVerifier::Callback &callback,
                 const TokenVerification &result);
    void startFetch(FetchNeed need);
    void fetchFinished(QNetworkReply *reply);
    void scheduleFetch(FetchNeed need) const;

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

    // Memo of decoded headers and verified payloads (see maxClaimsMemo).
    mutable QMutex memoLock;
    mutable QList<Header> headerMemo;
    mutable QHash<QByteArray, std::shared_ptr<const Payload>> payloadMemo;

    // JWKS fetching (verifier's thread only).
    std::unique_ptr<QNetworkAccessManager> ownNam;
    QPointer<QNetworkReply> inFlight;
    QList<Pending> waiting;
    mutable std::atomic<bool> fetchScheduled{false};
};

// ----------------------------------------------------------------------------------------------------------------
// Parsing and checking
// ----------------------------------------------------------------------------------------------------------------

Parsed TokenVerifierPrivate::parse(const QString &token) const
{
    Parsed p;
    if (token.isEmpty()) {
        p.failure = reject(Reason::Malformed, QStringLiteral("no token"));
        return p;
    }
    if (token.size() > config.maxTokenSize) {
        p.failure = reject(Reason::Malformed, QStringLiteral("the token is larger than %1 characters")
                                                  .arg(config.maxTokenSize));
        return p;
    }
    // One pass: the Latin-1 bytes, the dots, and nothing but base64url characters in between.
    const qsizetype n = token.size();
    p.bytes.resize(n);
    char *out = p.bytes.data();
    const char16_t *in = reinterpret_cast<const char16_t *>(token.utf16());
    int dots = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i];
        if (c == u'.') {
            if (++dots == 1)
                p.dot1 = i;
            else
                p.dot2 = i;
        } else if (!isBase64UrlChar(c)) {
            p.failure = reject(Reason::Malformed, QStringLiteral("the token is not base64url"));
            return p;
        }
        out[i] = char(c);
    }
    // An empty signature is left to the algorithm and signature checks ("alg":"none" tokens have one).
    if (dots != 2 || p.dot1 == 0 || p.dot2 == p.dot1 + 1) {
        p.failure = reject(Reason::Malformed, QStringLiteral("the token is not three base64url segments"));
        return p;
    }

    const QByteArray headerSegment = QByteArray::fromRawData(p.bytes.constData(), p.dot1);
    {
        QMutexLocker lock(&memoLock);
        for (const Header &h : std::as_const(headerMemo)) {
            if (h.segment == headerSegment) {
                p.header = h;
                return p;
            }
        }
    }
    if (headerSegment.size() > maxHeaderSize) {
        p.failure = reject(Reason::Malformed, QStringLiteral("the token header is too large"));
        return p;
    }
    const auto headerJson = decodeSegment(headerSegment.constData(), headerSegment.size());
    if (!headerJson) {
        p.failure = reject(Reason::Malformed, QStringLiteral("the token header is not base64url"));
        return p;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*headerJson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        p.failure = reject(Reason::Malformed, QStringLiteral("the token header is not a JSON object"));
        return p;
    }
    const QJsonObject header = doc.object();
    const QJsonValue alg = header.value(QLatin1String("alg"));
    if (alg.toString() != QLatin1String("RS256")) {
        p.failure = reject(Reason::InvalidAlgorithm,
                           alg.isString() ? QStringLiteral("unsupported algorithm \"%1\"; only RS256 is accepted")
                                                .arg(alg.toString().left(32))
                                          : QStringLiteral("the token header has no algorithm"));
        return p;
    }
    const QJsonValue typ = header.value(QLatin1String("typ"));
    if (!typ.isUndefined() && typ.toString() != QLatin1String("JWT")) {
        p.failure = reject(Reason::Malformed, QStringLiteral("the token type is not JWT"));
        return p;
    }
    if (header.contains(QLatin1String("crit"))) {
        p.failure = reject(Reason::Malformed, QStringLiteral("critical header parameters are not supported"));
        return p;
    }
    const QJsonValue kid = header.value(QLatin1String("kid"));
    if (!kid.isUndefined() && !kid.isString()) {
        p.failure = reject(Reason::Malformed, QStringLiteral("the token kid is not a string"));
        return p;
    }
    p.header.segment = QByteArray(headerSegment.constData(), headerSegment.size());
    p.header.kid = kid.toString();
    p.header.hasKid = kid.isString();
    return p;
}

RsaPublicKeyPtr TokenVerifierPrivate::keyFor(const Header &header, bool *stale) const
{
    QReadLocker lock(&keyLock);
    *stale = false;
    if (header.hasKid) {
        if (RsaPublicKeyPtr key = configuredKeys.value(header.kid))
            return key;
        if (RsaPublicKeyPtr key = fetchedKeys.value(header.kid)) {
            *stale = fetchedAt < 0 || monotonic.elapsed() - fetchedAt >= config.jwksCacheTtl.count();
            return key;
        }
    }
    return pemKey;
}

TokenVerification TokenVerifierPrivate::noKey(const Header &header) const
{
    QReadLocker lock(&keyLock);
    if (configuredKeys.isEmpty() && fetchedKeys.isEmpty() && !pemKey) {
        if (!configError.isNull())
            return TokenVerification::failure(Reason::JwksUnavailable,
                                              Error(Error::Kind::Configuration, TokenVerifier::reasonCode(
                                                        Reason::JwksUnavailable), configError.message()));
        if (!lastFetchError.isNull())
            return TokenVerification::failure(
                Reason::JwksUnavailable,
                Error(lastFetchError.kind(), TokenVerifier::reasonCode(Reason::JwksUnavailable),
                      lastFetchError.message(), {}, lastFetchError.httpStatus()));
        return reject(Reason::JwksUnavailable,
                      config.jwksUrl.isEmpty() ? QStringLiteral("no keys are configured")
                                               : QStringLiteral("the JWKS has not been fetched yet"),
                      config.jwksUrl.isEmpty() ? Error::Kind::Configuration : Error::Kind::Network);
    }
    return reject(Reason::UnknownKid, header.hasKid ? QStringLiteral("no key with the token's kid")
                                                    : QStringLiteral("the token has no kid"));
}

TokenVerification TokenVerifierPrivate::check(const QString &token, const Parsed &parsed,
                                              const RsaPublicKey &key) const
{
    // 1. The signature, over the exact bytes "<header>.<payload>". Nothing in the payload is read before.
    const char *bytes = parsed.bytes.constData();
    const auto signature = decodeSegment(bytes + parsed.dot2 + 1, parsed.bytes.size() - parsed.dot2 - 1);
    if (!signature)
        return reject(Reason::Malformed, QStringLiteral("the token signature is not base64url"));
    if (signature->isEmpty())
        return reject(Reason::InvalidSignature, QStringLiteral("the token has no signature"));
    if (!key.verify(bytes, parsed.dot2, signature->constData(), signature->size()))
        return reject(Reason::InvalidSignature, QStringLiteral("the token signature does not verify"));

    // 2. The payload, decoded once per distinct verified payload.
    const QByteArray payloadSegment = QByteArray::fromRawData(bytes + parsed.dot1 + 1, parsed.dot2 - parsed.dot1 - 1);
    std::shared_ptr<const Payload> payload;
    {
        QMutexLocker lock(&memoLock);
        payload = payloadMemo.value(payloadSegment);
    }
    if (!payload) {
        auto fresh = std::make_shared<Payload>();
        fresh->claims = TokenClaims::fromJwt(token);
        if (!fresh->claims.isValid())
            return reject(Reason::Malformed, QStringLiteral("the token payload is not a JSON object"));
        const QVariantMap raw = fresh->claims.raw();
        const QVariant sub = raw.value(QStringLiteral("sub"));
        if (sub.typeId() != QMetaType::QString || sub.toString().isEmpty())
            return reject(Reason::Malformed, QStringLiteral("the token has no subject (sub)"));
        if (!number(raw.value(QStringLiteral("exp")), &fresh->exp))
            return reject(Reason::Malformed, QStringLiteral("the token has no numeric expiry (exp)"));
        const auto optionalNumber = [&](const QString &name, double *value, bool *has) {
            const auto it = raw.constFind(name);
            *has = it != raw.constEnd();
            return !*has || number(*it, value);
        };
        if (!optionalNumber(QStringLiteral("nbf"), &fresh->nbf, &fresh->hasNbf)
            || !optionalNumber(QStringLiteral("iat"), &fresh->iat, &fresh->hasIat))
            return reject(Reason::Malformed, QStringLiteral("the token's nbf or iat is not a number"));
        const auto optionalString = [&](const QString &name, QString *value, bool *has) {
            const auto it = raw.constFind(name);
            *has = it != raw.constEnd();
            if (*has && it->typeId() != QMetaType::QString)
                return false;
            *value = *has ? it->toString() : QString();
            return true;
        };
        bool hasIss = false;
        if (!optionalString(QStringLiteral("azp"), &fresh->azp, &fresh->hasAzp)
            || !optionalString(QStringLiteral("iss"), &fresh->iss, &hasIss))
            return reject(Reason::Malformed, QStringLiteral("the token's azp or iss is not a string"));
        payload = fresh;
        QMutexLocker lock(&memoLock);
        if (payloadMemo.size() >= maxClaimsMemo)
            payloadMemo.clear();
        payloadMemo.insert(QByteArray(payloadSegment.constData(), payloadSegment.size()), payload);
        if (headerMemo.size() >= maxHeaderMemo)
            headerMemo.removeFirst();
        bool known = false;
        for (const Header &h : std::as_const(headerMemo))
            known = known || h.segment == parsed.header.segment;
        if (!known)
            headerMemo.append(parsed.header);
    }

    // 3. The claims, in @clerk/backend's order: azp, (iss), exp, nbf, iat.
    if (payload->hasAzp && !payload->azp.isEmpty() && !config.authorizedParties.isEmpty()
        && !config.authorizedParties.contains(payload->azp))
        return reject(Reason::InvalidAuthorizedParty,
                      QStringLiteral("the token's authorized party is not allowed"));
    if (!config.issuer.isEmpty() && payload->iss != config.issuer)
        return reject(Reason::InvalidIssuer, QStringLiteral("the token was issued by another instance"));
    const double now = double(nowMs());
    const double skew = double(config.clockSkew.count());
    if (payload->exp * 1000.0 <= now - skew)
        return reject(Reason::Expired, QStringLiteral("the token has expired"));
    if (payload->hasNbf && payload->nbf * 1000.0 > now + skew)
        return reject(Reason::NotActiveYet, QStringLiteral("the token is not valid yet (nbf)"));
    if (payload->hasIat && payload->iat * 1000.0 > now + skew)
        return reject(Reason::NotActiveYet, QStringLiteral("the token was issued in the future (iat)"));
    return TokenVerification::success(payload->claims);
}

TokenVerification TokenVerifierPrivate::verifyNow(const QString &token, FetchNeed *need) const
{
    *need = FetchNeed::None;
    const Parsed parsed = parse(token);
    if (parsed.failure)
        return *parsed.failure;
    bool stale = false;
    const RsaPublicKeyPtr key = keyFor(parsed.header, &stale);
    if (!config.jwksUrl.isEmpty() && (!key || stale)) {
        QReadLocker lock(&keyLock);
        *need = fetchedKeys.isEmpty() || stale
                || monotonic.elapsed() - fetchedAt >= config.jwksCacheTtl.count()
            ? FetchNeed::Refresh
            : FetchNeed::UnknownKid;
    }
    if (!key)
        return noKey(parsed.header);
    return check(token, parsed, *key);
}

// ----------------------------------------------------------------------------------------------------------------
// JWKS fetching
// ----------------------------------------------------------------------------------------------------------------

void TokenVerifierPrivate::scheduleFetch(FetchNeed need) const
{
    if (fetchScheduled.exchange(true))
        return;
    auto *self = const_cast<TokenVerifierPrivate *>(this);
    QMetaObject::invokeMethod(
        q,
        [self, need] {
            self->fetchScheduled = false;
            if (!self->inFlight && self->fetchAllowed(need))
                self->startFetch(need);
        },
        Qt::QueuedConnection);
}

void TokenVerifierPrivate::startFetch(FetchNeed need)
{
    if (inFlight || config.jwksUrl.isEmpty())
        return;
    QNetworkAccessManager *nam = config.networkAccessManager;
    if (!nam) {
        if (!ownNam)
            ownNam = std::make_unique<QNetworkAccessManager>();
        nam = ownNam.get();
    }
    QNetworkRequest request(config.jwksUrl);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(int(config.requestTimeout.count()));
    lastFetchStart = monotonic.elapsed();
    if (need == FetchNeed::UnknownKid)
        lastMissFetch = lastFetchStart;
    QNetworkReply *reply = nam->get(request);
    inFlight = reply;
    qCDebug(lcVerifier) << "fetching JWKS" << config.jwksUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply] { fetchFinished(reply); });
    Q_EMIT q->fetchingKeysChanged();
}

void TokenVerifierPrivate::fetchFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (inFlight == reply)
        inFlight.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Error error;
    QHash<QString, RsaPublicKeyPtr> keys;
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        error = Error(Error::Kind::Network, TokenVerifier::reasonCode(Reason::JwksUnavailable),
                      QStringLiteral("the JWKS could not be fetched: %1").arg(reply->errorString()));
    } else if (status != 200) {
        error = Error(status >= 500 ? Error::Kind::Server : Error::Kind::Protocol,
                      TokenVerifier::reasonCode(Reason::JwksUnavailable),
                      QStringLiteral("the JWKS endpoint answered HTTP %1").arg(status), {}, status);
    } else {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(reply->isOpen() ? reply->readAll() : QByteArray(), &parseError);
        QString problem;
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            problem = QStringLiteral("the JWKS is not a JSON object");
        else
            keys = parseJwks(doc.object(), &problem);
        if (keys.isEmpty())
            error = Error(Error::Kind::Protocol, TokenVerifier::reasonCode(Reason::JwksUnavailable), problem);
    }

    bool changed = false;
    {
        QWriteLocker lock(&keyLock);
        if (error.isNull()) {
            changed = QSet<QString>(keys.keyBegin(), keys.keyEnd())
                != QSet<QString>(fetchedKeys.keyBegin(), fetchedKeys.keyEnd());
            // Keep the parsed key objects of unchanged kids: their contexts are warm.
            for (auto it = keys.begin(); it != keys.end(); ++it) {
                if (RsaPublicKeyPtr old = fetchedKeys.value(it.key()))
                    it.value() = old;
            }
            fetchedKeys = keys;
            fetchedAt = monotonic.elapsed();
            lastFetchError = Error();
        } else {
            lastFetchError = error;
        }
    }
    if (error.isNull())
        qCDebug(lcVerifier) << "JWKS fetched:" << keys.size() << "keys";
    else
        qCWarning(lcVerifier).noquote() << "JWKS fetch failed:" << error.toString();

    Q_EMIT q->fetchingKeysChanged();
    if (changed)
        Q_EMIT q->keysChanged();
    if (!error.isNull())
        Q_EMIT q->keyFetchFailed(error);

    // Everything that waited for this fetch is answered with what is known now; no further fetch for them.
    const QList<Pending> pending = std::exchange(waiting, {});
    for (const Pending &p : pending) {
        FetchNeed unused = FetchNeed::None;
        deliver(p.context, p.hasContext, p.callback, verifyNow(p.token, &unused));
    }
}

void TokenVerifierPrivate::deliver(const QPointer<const QObject> &context, bool hasContext,
                                   const TokenVerifier::Callback &callback, const TokenVerification &result)
{
    if (!callback || (hasContext && !context))
        return;
    QObject *target = hasContext ? const_cast<QObject *>(context.data()) : q;
    QMetaObject::invokeMethod(
        target,
        [context, hasContext, callback, result] {
            if (!hasContext || context)
                callback(result);
        },
        Qt::QueuedConnection);
}

// ----------------------------------------------------------------------------------------------------------------
// TokenVerifier
// ----------------------------------------------------------------------------------------------------------------

TokenVerifier::TokenVerifier(const TokenVerifierConfig &config, QObject *parent)
    : QObject(parent), d(std::make_unique<TokenVerifierPrivate>(this, config))
{
    QStringList problems;
    if (!config.publicKeyPem.isEmpty()) {
        QString problem;
        d->pemKey = RsaPublicKey::fromPem(config.publicKeyPem, &problem);
        if (!d->pemKey)
            problems << QStringLiteral("publicKeyPem: ") + problem;
    }
    if (!config.jwks.isEmpty()) {
        QString problem;
        d->configuredKeys = parseJwks(config.jwks, &problem);
        if (d->configuredKeys.isEmpty())
            problems << QStringLiteral("jwks: ") + problem;
    }
    if (config.jwksUrl.isValid() && !config.jwksUrl.isEmpty()) {
        const QString scheme = config.jwksUrl.scheme();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            problems << QStringLiteral("jwksUrl: not an http(s) URL");
    }
    if (!problems.isEmpty()) {
        d->configError = Error(Error::Kind::Configuration, QStringLiteral("clerkqt_verifier_configuration"),
                               problems.join(QStringLiteral("; ")));
        qCWarning(lcVerifier).noquote() << d->configError.toString();
    }
}

TokenVerifier::~TokenVerifier()
{
    if (d->inFlight) {
        QNetworkReply *reply = d->inFlight;
        QObject::disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

TokenVerifierConfig TokenVerifier::config() const { return d->config; }

Error TokenVerifier::configurationError() const { return d->configError; }

TokenVerification TokenVerifier::verify(const QString &token) const
{
    FetchNeed need = FetchNeed::None;
    TokenVerification result = d->verifyNow(token, &need);
    if (need != FetchNeed::None)
        d->scheduleFetch(need);
    return result;
}

void TokenVerifier::verifyAsync(const QString &token, const QObject *context, Callback callback)
{
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    FetchNeed need = FetchNeed::None;
    TokenVerification result = d->verifyNow(token, &need);
    if (need != FetchNeed::None) {
        if (d->inFlight) {
            d->waiting.append({token, guard, hasContext, std::move(callback)});
            return;
        }
        if (d->fetchAllowed(need)) {
            d->waiting.append({token, guard, hasContext, std::move(callback)});
            d->startFetch(need);
            return;
        }
        // Within the minimum refetch interval: answer with what is known (a stale key still verifies).
    }
    d->deliver(guard, hasContext, callback, result);
}

bool TokenVerifier::hasKeys() const
{
    QReadLocker lock(&d->keyLock);
    return d->pemKey || !d->configuredKeys.isEmpty() || !d->fetchedKeys.isEmpty();
}

QStringList TokenVerifier::keyIds() const
{
    QReadLocker lock(&d->keyLock);
    QStringList ids = d->configuredKeys.keys() + d->fetchedKeys.keys();
    ids.removeDuplicates();
    ids.sort();
    return ids;
}

bool TokenVerifier::isFetchingKeys() const { return !d->inFlight.isNull(); }

void TokenVerifier::refreshKeys() { d->startFetch(FetchNeed::Refresh); }

QString TokenVerifier::reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::None: return QString();
    case Reason::Malformed: return QStringLiteral("token_malformed");
    case Reason::InvalidAlgorithm: return QStringLiteral("token_invalid_algorithm");
    case Reason::UnknownKid: return QStringLiteral("token_unknown_kid");
    case Reason::InvalidSignature: return QStringLiteral("token_invalid_signature");
    case Reason::Expired: return QStringLiteral("token_expired");
    case Reason::NotActiveYet: return QStringLiteral("token_not_active_yet");
    case Reason::InvalidAuthorizedParty: return QStringLiteral("token_invalid_authorized_party");
    case Reason::InvalidIssuer: return QStringLiteral("token_invalid_issuer");
    case Reason::JwksUnavailable: return QStringLiteral("jwks_unavailable");
    }
    return QString();
}

QString TokenVerifier::tokenFromAuthorizationHeader(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.size() > 7 && v.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0) {
        const QByteArray token = v.mid(7).trimmed();
        return token.contains(' ') ? QString() : QString::fromLatin1(token);
    }
    // Clerk's backend SDKs also take a bare token (they only strip a "Bearer " prefix).
    if (v.isEmpty() || v.contains(' ') || v.contains('\t') || v.compare("Bearer", Qt::CaseInsensitive) == 0)
        return QString();
    return QString::fromLatin1(v);
}

QString TokenVerifier::tokenFromCookieHeader(const QByteArray &value)
{
    for (const QByteArray &part : value.split(';')) {
        const QByteArray pair = part.trimmed();
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0 || pair.left(eq).trimmed() != "__session")
            continue;
        QByteArray token = pair.mid(eq + 1).trimmed();
        if (token.size() >= 2 && token.startsWith('"') && token.endsWith('"'))
            token = token.mid(1, token.size() - 2);
        if (!token.isEmpty())
            return QString::fromLatin1(token);
    }
    return QString();
}

QString TokenVerifier::tokenFromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (const auto &h : headers) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0) {
            const QString token = tokenFromAuthorizationHeader(h.second);
            if (!token.isEmpty())
                return token;
        }
    }
    for (const auto &h : headers) {
        if (h.first.compare("Cookie", Qt::CaseInsensitive) == 0) {
            const QString token = tokenFromCookieHeader(h.second);
            if (!token.isEmpty())
                return token;
        }
    }
    return QString();
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
QString TokenVerifier::tokenFromHeaders(const QHttpHeaders &headers)
{
    return tokenFromHeaders(headers.toListOfPairs());
}
#endif

// ----------------------------------------------------------------------------------------------------------------
// TokenVerification
// ----------------------------------------------------------------------------------------------------------------

TokenVerification TokenVerification::success(const TokenClaims &claims)
{
    TokenVerification v;
    v.m_reason = TokenVerifier::Reason::None;
    v.m_claims = claims;
    return v;
}

TokenVerification TokenVerification::failure(TokenVerifier::Reason reason, const Error &error)
{
    TokenVerification v;
    v.m_reason = reason == TokenVerifier::Reason::None ? TokenVerifier::Reason::Malformed : reason;
    v.m_error = error;
    return v;
}

} // namespace Clerk
