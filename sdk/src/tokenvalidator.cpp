// Reading a token and checking it: structure, header, signature, claims. No I/O: the keys come from
// keyFor()/noKey() in jwkscache.cpp.
#include "tokenverifier_p.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Clerk {

using namespace VerifierDetail;

namespace {

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

} // namespace

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
