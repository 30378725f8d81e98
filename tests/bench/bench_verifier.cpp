// bench_verifier: Clerk::TokenVerifier::verify() per second on one core with a warm key cache, against the
// limit — raw OpenSSL EVP_DigestVerify on the same token with a pre-built key and context — in the same run.
// The token is minted by an in-process emulator (signed in over loopback HTTP); the verifier gets the
// emulator's JWKS document (Server::jwks()).
//
//   bench_verifier [--seconds S] [--rounds R]
#include "../emulator/fapitestclient.h"
#include "cpupin.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/tokenverifier.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <cstdio>

namespace {

volatile int g_sink = 0;

/// Runs `f` in batches for about `seconds`; returns calls per second.
template <typename F>
double rate(double seconds, F &&f)
{
    QElapsedTimer t;
    t.start();
    qint64 calls = 0;
    const qint64 budget = qint64(seconds * 1e9);
    while (t.nsecsElapsed() < budget) {
        for (int i = 0; i < 64; ++i)
            g_sink = g_sink + f();
        calls += 64;
    }
    return double(calls) * 1e9 / double(t.nsecsElapsed());
}

EVP_PKEY *keyFromJwk(const QJsonObject &jwk)
{
    const QByteArray n = EmuTest::base64UrlDecode(jwk.value(QLatin1String("n")).toString().toLatin1());
    const QByteArray e = EmuTest::base64UrlDecode(jwk.value(QLatin1String("e")).toString().toLatin1());
    BIGNUM *bnN = BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *bnE = BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bnN);
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bnE);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *pkey = nullptr;
    EVP_PKEY_fromdata_init(pctx);
    EVP_PKEY_fromdata(pctx, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(pctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bnN);
    BN_free(bnE);
    return pkey;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Seconds per measurement."),
                                     QStringLiteral("S"), QStringLiteral("1.5"));
    QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Alternating rounds (best kept)."),
                                    QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({secondsOption, roundsOption});
    parser.process(app);
    const double seconds = parser.value(secondsOption).toDouble();
    const int rounds = parser.value(roundsOption).toInt();

    std::printf("%s\n", qPrintable(Bench::pinToOneCore()));

    // A real session token from the emulator.
    ClerkEmulator::Server server;
    if (!server.listen()) {
        std::fprintf(stderr, "emulator: listen failed\n");
        return 1;
    }
    EmuTest::FapiTestClient client(server.baseUrl());
    client.setOrigin("http://localhost:3000");
    const EmuTest::FlowResult flow = EmuTest::signInWithPassword(client, EmuTest::Seed::janeEmail,
                                                                 EmuTest::Seed::janePassword);
    if (!flow.ok) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(flow.failure));
        return 1;
    }
    const EmuTest::FapiResponse tokenResponse = client.post(
        QStringLiteral("/v1/client/sessions/%1/tokens").arg(flow.sessionId),
        {{QStringLiteral("organization_id"), EmuTest::Seed::acmeId}});
    const QString token = tokenResponse.object().value(QLatin1String("jwt")).toString();
    if (token.isEmpty()) {
        std::fprintf(stderr, "no token: %s\n", qPrintable(tokenResponse.describe()));
        return 1;
    }
    server.setTokenTtl(3600); // irrelevant for the already-minted token; its exp is what matters
    std::printf("token: %lld characters, kid %s\n", qlonglong(token.size()), qPrintable(server.keyId()));

    // The verifier, warm: keys from the JWKS document, issuer and authorized party checked.
    Clerk::TokenVerifierConfig config;
    config.jwks = server.jwks();
    config.issuer = server.issuer();
    config.authorizedParties = {QStringLiteral("http://localhost:3000")};
    // The token lives 60 s; the bench may run longer than that. Freeze the verifier's clock at mint time.
    const QDateTime mintedAt = QDateTime::currentDateTimeUtc();
    config.clock = [mintedAt] { return mintedAt; };
    Clerk::TokenVerifier verifier(config);
    const Clerk::TokenVerification check = verifier.verify(token);
    if (!check.ok()) {
        std::fprintf(stderr, "the token does not verify: %s\n", qPrintable(check.error().toString()));
        return 1;
    }

    // The limit: EVP_DigestVerify only, key built and signature decoded beforehand.
    const EmuTest::Jwt jwt = EmuTest::decodeJwt(token);
    EVP_PKEY *pkey = keyFromJwk(EmuTest::jwkFor(server.jwks(), server.keyId()));
    const auto *sig = reinterpret_cast<const unsigned char *>(jwt.signature.constData());
    const auto *data = reinterpret_cast<const unsigned char *>(jwt.signingInput.constData());
    const size_t sigLen = size_t(jwt.signature.size()), dataLen = size_t(jwt.signingInput.size());
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_MD_CTX *tmpl = EVP_MD_CTX_new();
    EVP_DigestVerifyInit_ex(tmpl, nullptr, "SHA256", nullptr, nullptr, pkey, nullptr);
    // Two ways to use a pre-built key and context; the faster one is the limit.
    const auto rawReinit = [&] {
        return int(EVP_DigestVerifyInit_ex(ctx, nullptr, "SHA256", nullptr, nullptr, pkey, nullptr) == 1
                   && EVP_DigestVerify(ctx, sig, sigLen, data, dataLen) == 1);
    };
    const auto rawCopy = [&] {
        return int(EVP_MD_CTX_copy_ex(ctx, tmpl) == 1 && EVP_DigestVerify(ctx, sig, sigLen, data, dataLen) == 1);
    };
    if (!rawReinit() || !rawCopy()) {
        std::fprintf(stderr, "raw OpenSSL verification failed\n");
        return 1;
    }
    const auto viaVerifier = [&] { return int(verifier.verify(token).ok()); };

    double bestVerifier = 0, bestReinit = 0, bestCopy = 0;
    for (int r = 0; r < rounds; ++r) {
        bestReinit = std::max(bestReinit, rate(seconds, rawReinit));
        bestCopy = std::max(bestCopy, rate(seconds, rawCopy));
        bestVerifier = std::max(bestVerifier, rate(seconds, viaVerifier));
        std::printf("round %d: verifier %.0f/s, EVP reinit %.0f/s, EVP ctx copy %.0f/s\n", r + 1, bestVerifier,
                    bestReinit, bestCopy);
    }
    const double limit = std::max(bestReinit, bestCopy);

    // For information: what a token seen for the first time adds. verify() decodes each distinct verified
    // payload once (TokenClaims::fromJwt) and memoizes it; this is that decode alone. Not part of the ratio.
    const double decodeRate = rate(seconds, [&] { return int(Clerk::TokenClaims::fromJwt(token).isValid()); });
    std::printf("info: first_sight_payload_decode_per_second = %.0f 1/s\n", decodeRate);
    std::printf("figure: verifications_per_second = %.0f 1/s\n", bestVerifier);
    std::printf("figure: openssl_verify_per_second = %.0f 1/s\n", limit);
    std::printf("ratio: verifier_vs_openssl = %.3f\n", bestVerifier / limit);

    EVP_MD_CTX_free(tmpl);
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    return g_sink == -1 ? 2 : 0;
}
