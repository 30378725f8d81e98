// Reading a token and checking it: structure, header, signature, claims. No I/O: the keys come from
// keyFor()/noKey() in jwkscache.cpp.
#include "tokenverifier_p.h"

#include "jwtscan_p.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <cstring>

namespace Clerk {

using namespace VerifierDetail;

namespace {

/// Bound of the header memo (the payload memo has TokenVerifierPrivate::payloadMemoSize slots). Entries are only
/// added for tokens whose signature verified, so an attacker cannot fill them; they only save re-decoding the
/// header and payload of tokens seen before.
constexpr int maxHeaderMemo = 16;
constexpr qsizetype maxHeaderSize = 2048;

/// A slot of the payload memo: a signature's first bytes are as good as random, and cost nothing to hash.
size_t memoSlot(const QByteArray &signature)
{
    quint64 bits = 0;
    std::memcpy(&bits, signature.constData(), size_t(qMin<qsizetype>(signature.size(), qsizetype(sizeof bits))));
    return size_t(bits % TokenVerifierPrivate::payloadMemoSize);
}

/// The checked claims of a payload QJsonDocument read (the scan declined it): the types and values the scan
/// would give, or why the payload is malformed.
QString readClaims(const QByteArray &json, Payload *out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject claims = doc.object();
    if (!doc.isObject() || claims.isEmpty())
        return QStringLiteral("the token payload is not a JSON object");
    const QJsonValue sub = claims.value(QLatin1String("sub"));
    if (!sub.isString() || sub.toString().isEmpty())
        return QStringLiteral("the token has no subject (sub)");
    const auto number = [&](const char *name, double *value, bool *has) {
        const QJsonValue v = claims.value(QLatin1String(name));
        *has = !v.isUndefined();
        *value = v.toDouble();
        return !*has || (v.isDouble() && std::isfinite(*value));
    };
    bool hasExp = false;
    if (!number("exp", &out->exp, &hasExp) || !hasExp)
        return QStringLiteral("the token has no numeric expiry (exp)");
    if (!number("nbf", &out->nbf, &out->hasNbf) || !number("iat", &out->iat, &out->hasIat))
        return QStringLiteral("the token's nbf or iat is not a number");
    const auto string = [&](const char *name, QString *value, bool *has) {
        const QJsonValue v = claims.value(QLatin1String(name));
        *has = !v.isUndefined();
        *value = v.toString();
        return !*has || v.isString();
    };
    bool hasIss = false;
    if (!string("azp", &out->azp, &out->hasAzp) || !string("iss", &out->iss, &hasIss))
        return QStringLiteral("the token's azp or iss is not a string");
    return QString();
}

/// The same from the scan of a payload within its strict subset. A string equal to a configured one shares it
/// (no allocation: the common case, as every token of an app names the same issuer and party).
QString readClaims(const JwtScan::Claims &scanned, const TokenVerifierConfig &config, Payload *out)
{
    using Type = JwtScan::Claim::Type;
    if (scanned.sub.type != Type::String || scanned.sub.size == 0)
        return QStringLiteral("the token has no subject (sub)");
    if (scanned.exp.type != Type::Number)
        return QStringLiteral("the token has no numeric expiry (exp)");
    out->exp = scanned.exp.number;
    const auto number = [](const JwtScan::Claim &claim, double *value, bool *has) {
        *has = claim.type != Type::Absent;
        *value = claim.number;
        return !*has || claim.type == Type::Number;
    };
    if (!number(scanned.nbf, &out->nbf, &out->hasNbf) || !number(scanned.iat, &out->iat, &out->hasIat))
        return QStringLiteral("the token's nbf or iat is not a number");
    const auto string = [&](const JwtScan::Claim &claim, QString *value, bool *has) {
        *has = claim.type != Type::Absent;
        if (claim.type == Type::String) {
            // Scanned strings are ASCII without escapes: their bytes compare as Latin-1.
            const QLatin1String text(claim.text, claim.size);
            if (text == config.issuer)
                *value = config.issuer;
            for (const QString &party : config.authorizedParties) {
                if (value->isNull() && text == party)
                    *value = party;
            }
            if (value->isNull())
                *value = claim.string();
        }
        return !*has || claim.type == Type::String;
    };
    bool hasIss = false;
    if (!string(scanned.azp, &out->azp, &out->hasAzp) || !string(scanned.iss, &out->iss, &hasIss))
        return QStringLiteral("the token's azp or iss is not a string");
    return QString();
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
    // The Latin-1 bytes (SIMD in Qt). A character outside Latin-1 becomes '?', and any character outside
    // base64url fails the decoding (or the memo comparison) of its segment below.
    p.bytes = token.toLatin1();
    const qsizetype n = p.bytes.size();
    const char *bytes = p.bytes.constData();
    const auto dotAfter = [&](qsizetype from) -> qsizetype {
        const void *dot = from < n ? std::memchr(bytes + from, '.', size_t(n - from)) : nullptr;
        return dot ? static_cast<const char *>(dot) - bytes : -1;
    };
    p.dot1 = dotAfter(0);
    p.dot2 = p.dot1 < 0 ? -1 : dotAfter(p.dot1 + 1);
    const int dots = p.dot1 < 0 ? 0 : p.dot2 < 0 ? 1 : dotAfter(p.dot2 + 1) < 0 ? 2 : 3;
    // An empty signature is left to the algorithm and signature checks ("alg":"none" tokens have one).
    if (dots != 2 || p.dot1 == 0 || p.dot2 == p.dot1 + 1) {
        p.failure = reject(Reason::Malformed, QStringLiteral("the token is not three base64url segments"));
        return p;
    }

    // The signature and the payload decoded, so that a character outside base64url is found before the header,
    // the key and the signature are looked at. (The payload memo is consulted only once the signature verified,
    // so no unverified text is ever compared with a remembered token's.)
    if (!JwtScan::base64UrlDecode(bytes + p.dot2 + 1, n - p.dot2 - 1, &p.signature)
        || !JwtScan::base64UrlDecode(bytes + p.dot1 + 1, p.dot2 - p.dot1 - 1, &p.payloadJson)) {
        p.failure = reject(Reason::Malformed, QStringLiteral("the token is not base64url"));
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
    QByteArray headerJson;
    if (!JwtScan::base64UrlDecode(headerSegment.constData(), headerSegment.size(), &headerJson)) {
        p.failure = reject(Reason::Malformed, QStringLiteral("the token header is not base64url"));
        return p;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(headerJson, &error);
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

TokenVerification TokenVerifierPrivate::check(const Parsed &parsed, const RsaPublicKey &key) const
{
    // 1. The signature, over the exact bytes "<header>.<payload>". Nothing in the payload is read before.
    const QByteArray &signature = parsed.signature;
    if (signature.isEmpty())
        return reject(Reason::InvalidSignature, QStringLiteral("the token has no signature"));
    if (!key.verify(parsed.bytes.constData(), parsed.dot2, signature.constData(), signature.size()))
        return reject(Reason::InvalidSignature, QStringLiteral("the token signature does not verify"));

    // 2. The payload: scanned for the checked claims once per distinct verified payload; its claims are decoded
    //    for the caller only when read (TokenClaims decodes lazily). The memo slot comes from the signature, but
    //    an entry counts only for the very same payload (its decoded bytes, which the claims keep anyway).
    const QByteArray &json = parsed.payloadJson;
    const size_t slot = memoSlot(signature);
    std::shared_ptr<const Payload> payload;
    {
        QMutexLocker lock(&memoLock);
        const std::shared_ptr<const Payload> &memo = payloadMemo[slot];
        if (memo && memo->json == json)
            payload = memo;
    }
    if (!payload) {
        auto fresh = std::make_shared<Payload>();
        const JwtScan::Claims scanned = JwtScan::scanClaims(json.constData(), json.size());
        const QString problem = scanned.result == JwtScan::Claims::Result::Scanned
            ? readClaims(scanned, config, fresh.get())
            : readClaims(json, fresh.get());
        if (!problem.isEmpty())
            return reject(Reason::Malformed, problem);
        fresh->json = json; // shared with the claims, not copied
        fresh->claims = TokenClaims::fromPayloadJson(json);
        payload = fresh;
        QMutexLocker lock(&memoLock);
        payloadMemo[slot] = payload; // replaces whatever held the slot: the memo never grows
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
    return check(parsed, *key);
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
