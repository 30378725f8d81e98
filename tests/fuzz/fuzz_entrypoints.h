// The fuzzed entry points, shared by the libFuzzer targets (clang, -fsanitize=fuzzer) and by tst_fuzz_replay
// (any compiler: replays the seed corpus plus random mutations through the very same functions).
// Every entry point takes arbitrary bytes and must neither crash nor trip a sanitizer; results are touched so
// that the parsers' work is not optimised away.
#pragma once

#include "publishablekey_p.h"
#include "resources_p.h"

#include <ClerkQt/tokenclaims.h>
#include <ClerkQt/tokenverifier.h>

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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

/// JWT decoding (`TokenClaims::fromJwt`) and verification (`TokenVerifier::verify`, fixed key and clock).
inline void jwt(const uint8_t *data, size_t size)
{
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
