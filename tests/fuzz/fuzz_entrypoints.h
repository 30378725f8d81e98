// The fuzzed entry points, shared by the libFuzzer targets (clang, -fsanitize=fuzzer) and by tst_fuzz_replay
// (any compiler: replays the seed corpus plus random mutations through the very same functions).
// Every entry point takes arbitrary bytes and must neither crash nor trip a sanitizer; results are touched so
// that the parsers' work is not optimised away.
#pragma once

#include "jwtscan_p.h"
#include "publishablekey_p.h"
#include "resources_p.h"

#include <ClerkQt/tokenclaims.h>
#include <ClerkQt/tokenverifier.h>

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace FuzzEntry {

/// Keeps a value alive for the optimiser.
template <typename T>
inline void touch(const T &value)
{
    static volatile std::size_t sink = 0;
    sink = sink + std::size_t(sizeof(value));
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The public half of tests/fuzz/fuzz-signing-key.pem (the corpus generator signs seed tokens with it).
inline const Clerk::TokenVerifier &verifier()
{
    static std::unique_ptr<Clerk::TokenVerifier> v = [] {
        Clerk::TokenVerifierConfig config;
        QFile pem(QStringLiteral(CLERKQT_FUZZ_PUBLIC_KEY));
        if (pem.open(QIODevice::ReadOnly))
            config.publicKeyPem = pem.readAll();
        config.issuer = QStringLiteral("https://clerk.fuzz.example");
        config.authorizedParties = {QStringLiteral("https://app.fuzz.example")};
        // A fixed clock: the seed tokens are valid around it, whatever the date of the run.
        config.clock = [] { return QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc()); };
        return std::make_unique<Clerk::TokenVerifier>(config);
    }();
    return *v;
}

/// The verifier's own payload scan (jwtscan_p.h) against QJsonDocument, the differential oracle: whenever the
/// scan reads a payload, Qt must read the same JSON object with the same checked claims (a scan that declines
/// leaves the payload to Qt, so declining is always safe). A disagreement is a finding: qFatal.
inline void payloadScan(const QByteArray &json)
{
    using Clerk::JwtScan::Claim;
    const Clerk::JwtScan::Claims scanned = Clerk::JwtScan::scanClaims(json.constData(), json.size());
    if (scanned.result != Clerk::JwtScan::Claims::Result::Scanned)
        return;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("payload scan read JSON that QJsonDocument rejects: %s", qPrintable(error.errorString()));
    const QJsonObject object = doc.object();
    const auto same = [&](const Claim &claim, const char *name) {
        const QJsonValue v = object.value(QLatin1String(name));
        switch (claim.type) {
        case Claim::Type::Absent: return v.isUndefined();
        case Claim::Type::String: return v.isString() && v.toString() == claim.string();
        case Claim::Type::Number: return v.isDouble() && v.toDouble() == claim.number;
        case Claim::Type::Other: return !v.isUndefined() && !v.isString() && !v.isDouble();
        }
        return false;
    };
    if (!same(scanned.sub, "sub") || !same(scanned.exp, "exp") || !same(scanned.nbf, "nbf")
        || !same(scanned.iat, "iat") || !same(scanned.azp, "azp") || !same(scanned.iss, "iss"))
        qFatal("payload scan and QJsonDocument disagree on a checked claim");
}

/// JWT decoding (`TokenClaims::fromJwt`) and verification (`TokenVerifier::verify`, fixed key and clock), and the
/// payload scan on the input as JSON and on a token's decoded payload.
inline void jwt(const uint8_t *data, size_t size)
{
    payloadScan(bytes(data, size));
    const QList<QByteArray> segments = bytes(data, size).split('.');
    if (segments.size() == 3) {
        payloadScan(QByteArray::fromBase64(segments.at(1), QByteArray::Base64UrlEncoding
                                                               | QByteArray::OmitTrailingEquals));
    }
    const QString token = QString::fromUtf8(bytes(data, size));
    const Clerk::TokenClaims claims = Clerk::TokenClaims::fromJwt(token);
    touch(claims.subject().size() + claims.expiresAtSecs() + claims.organizationPermissions().size()
          + claims.actor().size() + claims.version());
    touch(claims.expiresAt());
    const Clerk::TokenVerification v = verifier().verify(token);
    touch(v.ok());
    touch(v.reasonCode().size() + v.error().toString().size() + v.claims().issuer().size());
    touch(Clerk::TokenVerifier::tokenFromAuthorizationHeader(bytes(data, size)).size());
    touch(Clerk::TokenVerifier::tokenFromCookieHeader(bytes(data, size)).size());
}

/// FAPI bodies: the envelope, then every resource parser on whatever object it holds, and the error parser.
inline void fapi(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size);
    Clerk::Error error;
    const Clerk::FapiEnvelope env = Clerk::parseEnvelope(body, &error);
    touch(error.toString().size());
    const QJsonObject response = env.response.toObject();
    const Clerk::ClientModel client = Clerk::parseClient(env.client.isEmpty() ? response : env.client);
    touch(client.sessions.size() + client.lastActiveTokens.size());
    for (const Clerk::Session &s : client.sessions)
        touch(client.findSession(s.id));
    touch(Clerk::parseUser(response));
    touch(Clerk::parseSession(response));
    touch(Clerk::parseSignInAttempt(response));
    touch(Clerk::parseSignUpAttempt(response));
    touch(Clerk::parseOrganization(response));
    touch(Clerk::parseMembership(response));
    touch(Clerk::parseEmailAddress(response));
    touch(Clerk::parsePhoneNumber(response));
    touch(Clerk::parseTimestamp(env.response));
    // A list response (`{"response": [...]}`): every element through the parsers too.
    const QJsonArray list = env.response.toArray();
    for (const QJsonValue &v : list) {
        touch(Clerk::parseSession(v.toObject()));
        touch(Clerk::parseMembership(v.toObject()));
    }
    const int status = size ? 400 + (data[0] % 200) : 500;
    const int retryAfter = size > 1 ? int(data[1]) - 1 : -1;
    const Clerk::Error e = Clerk::parseErrorResponse(status, body, retryAfter);
    touch(e.toString().size() + e.meta().size());
}

/// Publishable keys, base-URL overrides and the keychain key derivation.
inline void publishableKey(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(bytes(data, size));
    const Clerk::PublishableKey key = Clerk::parsePublishableKey(text);
    touch(key.host.size() + key.fapiBaseUrl.toString().size() + int(key.isValid()));
    touch(Clerk::isLoopbackHost(text));
    Clerk::Error error;
    touch(Clerk::normalizeFapiBaseUrl(QUrl(text), &error).toString().size() + error.code().size());
    touch(Clerk::keychainKeyFor(text).size() + Clerk::keychainKeyFor(text, text, text).size());
}

} // namespace FuzzEntry
