// bench_verifier: Clerk::TokenVerifier::verify() per second on one core with a warm key cache, against the
// limit — raw OpenSSL EVP_DigestVerify with a pre-built key and context — in the same run, in two cases:
//
// - repeated: one token, verified again and again by one warm verifier (an app whose client re-sends its token).
//   The token is minted by an in-process emulator (signed in over loopback HTTP); the verifier gets the
//   emulator's JWKS document (Server::jwks()).
// - first-seen: a set of distinct tokens (distinct sid, iat, jti) of the emulator token's shape, signed with the
//   bench's own RSA-2048 key; each pass over the set uses a fresh verifier given that key's JWKS and warmed with
//   a token outside the set (construction and warm-up untimed), so every timed verify() is the verifier's first
//   sight of its token.
//
// Each ratio is taken against raw EVP_DigestVerify over the same tokens (the one token, or the distinct set),
// the faster of a re-initialised and a copied context, signature and signing input decoded beforehand.
//
//   bench_verifier [--seconds S] [--rounds R] [--tokens N]
#include "../emulator/fapitestclient.h"
#include "../verifier/testsigner.h"
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

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

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

/// Passes over a set of `count` items for about `seconds` of timed work: `setUp()` before each pass and
/// `tearDown()` after it are not timed; `f(i)` for every i of the pass is. Returns calls per timed second.
template <typename SetUp, typename F, typename TearDown>
double passRate(double seconds, qsizetype count, SetUp &&setUp, F &&f, TearDown &&tearDown)
{
    qint64 timedNs = 0, calls = 0;
    const qint64 budget = qint64(seconds * 1e9);
    QElapsedTimer t;
    while (timedNs < budget) {
        setUp();
        int ok = 0;
        t.start();
        for (qsizetype i = 0; i < count; ++i)
            ok += f(i);
        timedNs += t.nsecsElapsed();
        calls += count;
        tearDown();
        if (ok != count) {
            std::fprintf(stderr, "only %d of %lld verifications succeeded\n", ok, qlonglong(count));
            std::exit(1);
        }
        g_sink = g_sink + ok;
    }
    return double(calls) * 1e9 / double(timedNs);
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

/// Raw OpenSSL RS256 verification with a pre-built key: a re-initialised context, or a copy of one initialised
/// once (the verifier's way); the faster is the limit.
class RawVerifier
{
public:
    explicit RawVerifier(EVP_PKEY *pkey) : m_pkey(pkey)
    {
        EVP_DigestVerifyInit_ex(m_template, nullptr, "SHA256", nullptr, nullptr, m_pkey, nullptr);
    }
    ~RawVerifier()
    {
        EVP_MD_CTX_free(m_template);
        EVP_MD_CTX_free(m_ctx);
        EVP_PKEY_free(m_pkey);
    }
    RawVerifier(const RawVerifier &) = delete;
    RawVerifier &operator=(const RawVerifier &) = delete;

    int reinit(const EmuTest::Jwt &jwt) const
    {
        return int(EVP_DigestVerifyInit_ex(m_ctx, nullptr, "SHA256", nullptr, nullptr, m_pkey, nullptr) == 1
                   && verifyWith(jwt));
    }
    int copy(const EmuTest::Jwt &jwt) const
    {
        return int(EVP_MD_CTX_copy_ex(m_ctx, m_template) == 1 && verifyWith(jwt));
    }

private:
    bool verifyWith(const EmuTest::Jwt &jwt) const
    {
        return EVP_DigestVerify(m_ctx, reinterpret_cast<const unsigned char *>(jwt.signature.constData()),
                                size_t(jwt.signature.size()),
                                reinterpret_cast<const unsigned char *>(jwt.signingInput.constData()),
                                size_t(jwt.signingInput.size()))
            == 1;
    }

    EVP_PKEY *m_pkey;
    EVP_MD_CTX *m_template = EVP_MD_CTX_new();
    EVP_MD_CTX *m_ctx = EVP_MD_CTX_new();
};

/// `count` distinct tokens shaped like `model` (its header with `kid`, its claims with a distinct sid, jti and
/// iat each), all valid at `nowSecs`, signed with `key`.
QStringList mintDistinct(const VerifierTest::TestKey &key, const QString &kid, const EmuTest::Jwt &model,
                         qint64 nowSecs, int count)
{
    QJsonObject header = model.header;
    header.insert(QStringLiteral("kid"), kid);
    const QByteArray headerJson = VerifierTest::json(header);
    QStringList tokens;
    tokens.reserve(count);
    for (int i = 0; i < count; ++i) {
        QJsonObject claims = model.payload;
        const qint64 iat = nowSecs - (i % 40); // issued within the last 40 s, valid for 60 s
        claims.insert(QStringLiteral("sid"), QStringLiteral("sess_bench%1").arg(i, 6, 10, QLatin1Char('0')));
        claims.insert(QStringLiteral("jti"), QStringLiteral("%1").arg(quint64(i) * 0x9E3779B97F4A7C15ull, 16, 16,
                                                                       QLatin1Char('0')));
        claims.insert(QStringLiteral("iat"), iat);
        claims.insert(QStringLiteral("nbf"), iat - 10);
        claims.insert(QStringLiteral("exp"), iat + 60);
        tokens << key.sign(headerJson, VerifierTest::json(claims));
    }
    return tokens;
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
    QCommandLineOption tokensOption(QStringLiteral("tokens"), QStringLiteral("Distinct tokens of the first-seen set."),
                                    QStringLiteral("N"), QStringLiteral("2000"));
    parser.addOptions({secondsOption, roundsOption, tokensOption});
    parser.process(app);
    const double seconds = parser.value(secondsOption).toDouble();
    const int rounds = parser.value(roundsOption).toInt();
    const int tokenCount = std::max(1, parser.value(tokensOption).toInt());

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
    std::printf("token: %lld characters, kid %s\n", qlonglong(token.size()), qPrintable(server.keyId()));

    // The verifier's configuration: issuer and authorized party checked. The tokens live 60 s; the bench may run
    // longer than that, so the verifier's clock is frozen at mint time.
    Clerk::TokenVerifierConfig config;
    config.jwks = server.jwks();
    config.issuer = server.issuer();
    config.authorizedParties = {QStringLiteral("http://localhost:3000")};
    const QDateTime mintedAt = QDateTime::currentDateTimeUtc();
    config.clock = [mintedAt] { return mintedAt; };
    Clerk::TokenVerifier verifier(config);
    const Clerk::TokenVerification check = verifier.verify(token);
    if (!check.ok()) {
        std::fprintf(stderr, "the token does not verify: %s\n", qPrintable(check.error().toString()));
        return 1;
    }

    // The first-seen set, and the configuration of the fresh verifiers that see it.
    const EmuTest::Jwt model = EmuTest::decodeJwt(token);
    VerifierTest::TestKey benchKey;
    const QString benchKid = QStringLiteral("ins_bench_first_seen");
    QElapsedTimer mintTimer;
    mintTimer.start();
    // One more than the set: the first warms each fresh verifier (key parsed, header seen) and is not timed.
    QStringList distinct = mintDistinct(benchKey, benchKid, model, mintedAt.toSecsSinceEpoch(), tokenCount + 1);
    const QString warmUp = distinct.takeFirst();
    std::printf("first-seen set: %d distinct tokens of %lld characters, minted in %lld ms\n", tokenCount,
                qlonglong(distinct.first().size()), qlonglong(mintTimer.elapsed()));
    Clerk::TokenVerifierConfig freshConfig = config;
    freshConfig.jwks = benchKey.jwks(benchKid);
    std::vector<EmuTest::Jwt> distinctJwts;
    distinctJwts.reserve(size_t(tokenCount));
    for (const QString &t : std::as_const(distinct))
        distinctJwts.push_back(EmuTest::decodeJwt(t));

    // The limit: EVP_DigestVerify only, key built and signatures decoded beforehand.
    const RawVerifier rawSingle(keyFromJwk(EmuTest::jwkFor(server.jwks(), server.keyId())));
    const RawVerifier rawSet(keyFromJwk(benchKey.jwk(benchKid)));
    if (!rawSingle.reinit(model) || !rawSingle.copy(model) || !rawSet.reinit(distinctJwts.front())
        || !rawSet.copy(distinctJwts.front())) {
        std::fprintf(stderr, "raw OpenSSL verification failed\n");
        return 1;
    }

    const auto nothing = [] {};
    std::unique_ptr<Clerk::TokenVerifier> fresh;
    const auto freshVerifier = [&] {
        fresh = std::make_unique<Clerk::TokenVerifier>(freshConfig);
        if (!fresh->verify(warmUp).ok()) {
            std::fprintf(stderr, "the warm-up token does not verify\n");
            std::exit(1);
        }
    };
    const auto dropVerifier = [&] { fresh.reset(); };

    double bestRepeated = 0, bestFirstSeen = 0, bestSingleReinit = 0, bestSingleCopy = 0, bestSetReinit = 0,
           bestSetCopy = 0;
    for (int r = 0; r < rounds; ++r) {
        bestSingleReinit = std::max(bestSingleReinit, rate(seconds, [&] { return rawSingle.reinit(model); }));
        bestSingleCopy = std::max(bestSingleCopy, rate(seconds, [&] { return rawSingle.copy(model); }));
        bestRepeated = std::max(bestRepeated, rate(seconds, [&] { return int(verifier.verify(token).ok()); }));
        bestSetReinit = std::max(bestSetReinit, passRate(seconds, tokenCount, nothing, [&](qsizetype i) {
            return rawSet.reinit(distinctJwts[size_t(i)]);
        }, nothing));
        bestSetCopy = std::max(bestSetCopy, passRate(seconds, tokenCount, nothing, [&](qsizetype i) {
            return rawSet.copy(distinctJwts[size_t(i)]);
        }, nothing));
        bestFirstSeen = std::max(bestFirstSeen, passRate(seconds, tokenCount, freshVerifier, [&](qsizetype i) {
            return int(fresh->verify(distinct.at(i)).ok());
        }, dropVerifier));
        std::printf("round %d: verifier repeated %.0f/s, first-seen %.0f/s; EVP one token reinit %.0f/s, copy "
                    "%.0f/s; EVP distinct set reinit %.0f/s, copy %.0f/s\n",
                    r + 1, bestRepeated, bestFirstSeen, bestSingleReinit, bestSingleCopy, bestSetReinit, bestSetCopy);
    }
    const double limitOne = std::max(bestSingleReinit, bestSingleCopy);
    const double limitSet = std::max(bestSetReinit, bestSetCopy);

    std::printf("figure: verifications_per_second_first_seen = %.0f 1/s\n", bestFirstSeen);
    std::printf("figure: verifications_per_second_repeated = %.0f 1/s\n", bestRepeated);
    std::printf("figure: openssl_verify_per_second = %.0f 1/s\n", limitOne);
    std::printf("figure: openssl_verify_per_second_first_seen = %.0f 1/s\n", limitSet);
    // Each case against raw OpenSSL over the same tokens; for information, first-seen against the faster limit
    // too (one token, always in cache), which is stricter than the work it compares with.
    std::printf("ratio: verifier_vs_openssl_first_seen = %.3f\n", bestFirstSeen / limitSet);
    std::printf("ratio: verifier_vs_openssl_repeated = %.3f\n", bestRepeated / limitOne);
    std::printf("info: first_seen_vs_fastest_openssl = %.3f\n", bestFirstSeen / std::max(limitOne, limitSet));
    return g_sink == -1 ? 2 : 0;
}
