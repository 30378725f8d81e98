// Clerk::TokenVerifier: a table of tampered and edge-case tokens (own keys, fixed clock), valid tokens from the
// emulator over real HTTP (default, template and organization tokens), the JWKS refetch policy, and the
// token extraction helpers.
#include "../emulator/fapitestclient.h"
#include "testsigner.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/tokenverifier.h>

#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace Clerk;
using namespace VerifierTest;
using Reason = TokenVerifier::Reason;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QString trustedKid = QStringLiteral("ins_test_trusted");
const qint64 T0 = 1700000000; // the fixed "now" of the table (seconds)
const QString issuer = QStringLiteral("https://clerk.example.com");
const QString origin = QStringLiteral("https://app.example.com");

QJsonObject rsHeader(const QString &kid = trustedKid)
{
    return {{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")},
            {QStringLiteral("kid"), kid}};
}

QJsonObject claims(const QJsonObject &changes = {}, const QStringList &remove = {})
{
    QJsonObject c{{QStringLiteral("sub"), QStringLiteral("user_2jane0000000000000000000001")},
                  {QStringLiteral("sid"), QStringLiteral("sess_2abc")},
                  {QStringLiteral("iss"), issuer},
                  {QStringLiteral("azp"), origin},
                  {QStringLiteral("iat"), T0},
                  {QStringLiteral("nbf"), T0 - 5},
                  {QStringLiteral("exp"), T0 + 60},
                  {QStringLiteral("v"), 2}};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        c.insert(it.key(), it.value());
    for (const QString &r : remove)
        c.remove(r);
    return c;
}

/// Replaces one character of segment `segment` (0..2) of a compact JWS.
QString flipChar(const QString &token, int segment)
{
    QStringList parts = token.split(QLatin1Char('.'));
    QString &s = parts[segment];
    const int i = s.size() / 2;
    s[i] = s[i] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return parts.join(QLatin1Char('.'));
}

QString segments(const QByteArray &h, const QByteArray &p, const QByteArray &s)
{
    return QString::fromLatin1(h + '.' + p + '.' + s);
}

/// Waits for one verifyAsync result.
struct AsyncResult
{
    bool done = false;
    TokenVerification result;
};

} // namespace

class tst_TokenVerifier : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestKey> m_trusted; // the key the table's verifier trusts (JWKS doc, kid trustedKid)
    std::unique_ptr<TestKey> m_other;   // an attacker's key
    ClerkEmulator::Server m_server;
    EmuTest::FapiTestClient m_client;
    QString m_sessionId;

    TokenVerifierConfig tableConfig(const QStringList &parties, const QString &iss, qint64 nowMs) const
    {
        TokenVerifierConfig config;
        config.jwks = m_trusted->jwks(trustedKid);
        config.authorizedParties = parties;
        config.issuer = iss;
        config.clock = [nowMs] { return QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()); };
        return config;
    }

    TokenVerification waitFor(TokenVerifier &verifier, const QString &token)
    {
        auto out = std::make_shared<AsyncResult>();
        verifier.verifyAsync(token, this, [out](const TokenVerification &r) {
            out->done = true;
            out->result = r;
        });
        if (!QTest::qWaitFor([out] { return out->done; }, 20000))
            qWarning("verifyAsync did not answer");
        return out->result;
    }

    /// A session token from the emulator: POST /v1/client/sessions/{sid}/tokens[/{template}].
    QString emulatorToken(const QString &templ = {}, const EmuTest::FormFields &form = {})
    {
        const QString path = QStringLiteral("/v1/client/sessions/%1/tokens%2")
                                 .arg(m_sessionId, templ.isEmpty() ? QString() : QLatin1Char('/') + templ);
        const EmuTest::FapiResponse r = m_client.post(path, form);
        if (r.status != 200)
            qWarning().noquote() << r.describe();
        return r.object().value(QLatin1String("jwt")).toString();
    }

    QUrl jwksUrl(const QString &path = QStringLiteral("/v1/jwks")) const
    {
        QUrl url = m_server.baseUrl();
        url.setPath(path);
        return url;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_trusted = std::make_unique<TestKey>();
        m_other = std::make_unique<TestKey>();
        QVERIFY(m_trusted->isValid());
        QVERIFY(m_other->isValid());
        QVERIFY(m_server.listen());
        m_client.setBaseUrl(m_server.baseUrl());
        m_client.setOrigin(origin.toLatin1());
        const EmuTest::FlowResult flow =
            EmuTest::signInWithPassword(m_client, EmuTest::Seed::janeEmail, EmuTest::Seed::janePassword);
        QVERIFY2(flow.ok, qPrintable(flow.failure));
        m_sessionId = flow.sessionId;
    }

    // --- The table ------------------------------------------------------------------------------------------
    void table_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QStringList>("parties");
        QTest::addColumn<QString>("iss");
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<Reason>("reason");

        const TestKey &k = *m_trusted;
        const QStringList parties{origin, QStringLiteral("http://localhost:3000")};
        const qint64 now = T0 * 1000;
        const QString valid = k.sign(rsHeader(), claims());
        const QByteArray pem = k.publicKeyPem();
        const QByteArray goodHeader = b64url(json(rsHeader()));
        const QByteArray goodPayload = b64url(json(claims()));
        const QByteArray goodSignature = valid.split(QLatin1Char('.')).at(2).toLatin1();
        auto row = [&](const char *name, const QString &token, Reason reason, qint64 at = T0 * 1000,
                       const QStringList &p = {origin, QStringLiteral("http://localhost:3000")},
                       const QString &iss = issuer) { QTest::newRow(name) << token << p << iss << at << reason; };

        row("valid", valid, Reason::None);
        row("valid, no azp/iss checks configured", valid, Reason::None, now, {}, QString());

        // Algorithm.
        QJsonObject none = rsHeader();
        none.insert(QStringLiteral("alg"), QStringLiteral("none"));
        row("alg none, empty signature", segments(b64url(json(none)), goodPayload, {}), Reason::InvalidAlgorithm);
        row("alg none, with signature", segments(b64url(json(none)), goodPayload, goodSignature),
            Reason::InvalidAlgorithm);
        QJsonObject hs = rsHeader();
        hs.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
        row("HS256 with the public key PEM as secret", signHs256(hs, claims(), pem), Reason::InvalidAlgorithm);
        for (const char *alg : {"RS512", "rs256", "PS256", "ES256"}) {
            QJsonObject h = rsHeader();
            h.insert(QStringLiteral("alg"), QLatin1String(alg));
            row(qPrintable(QStringLiteral("alg %1").arg(QLatin1String(alg))), k.sign(h, claims()),
                Reason::InvalidAlgorithm);
        }
        row("alg missing", k.sign(QJsonObject{{QStringLiteral("kid"), trustedKid}}, claims()),
            Reason::InvalidAlgorithm);
        QJsonObject algNumber = rsHeader();
        algNumber.insert(QStringLiteral("alg"), 256);
        row("alg not a string", k.sign(algNumber, claims()), Reason::InvalidAlgorithm);

        // Keys and signatures.
        row("signed by another key, same kid", m_other->sign(rsHeader(), claims()), Reason::InvalidSignature);
        row("signed by another key, its own kid", m_other->sign(rsHeader(QStringLiteral("ins_attacker")), claims()),
            Reason::UnknownKid);
        row("no kid", k.sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}}, claims()),
            Reason::UnknownKid);
        row("payload tampered after signing",
            segments(goodHeader, b64url(json(claims({{QStringLiteral("sub"), QStringLiteral("user_evil")}}))),
                     goodSignature),
            Reason::InvalidSignature);
        row("header tampered after signing (kid kept)",
            segments(b64url(json(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                             {QStringLiteral("kid"), trustedKid}})),
                     goodPayload, goodSignature),
            Reason::InvalidSignature);
        row("signature tampered", flipChar(valid, 2), Reason::InvalidSignature);
        row("payload char flipped", flipChar(valid, 1), Reason::InvalidSignature);
        row("signature truncated", valid.left(valid.size() - 10), Reason::InvalidSignature);
        row("signature segment empty", segments(goodHeader, goodPayload, {}), Reason::InvalidSignature);
        row("signature of another token", segments(goodHeader, b64url(json(claims({{QStringLiteral("sid"),
                                                                                      QStringLiteral("x")}}))),
                                                   goodSignature),
            Reason::InvalidSignature);

        // Shape.
        row("empty", QString(), Reason::Malformed);
        row("truncated into the payload", valid.left(valid.indexOf(QLatin1Char('.')) + 10), Reason::Malformed);
        row("one segment", QString::fromLatin1(goodHeader), Reason::Malformed);
        row("two segments", QString::fromLatin1(goodHeader + '.' + goodPayload), Reason::Malformed);
        row("four segments", valid + QStringLiteral(".AAAA"), Reason::Malformed);
        row("empty header segment", segments({}, goodPayload, goodSignature), Reason::Malformed);
        row("empty payload segment", segments(goodHeader, {}, goodSignature), Reason::Malformed);
        row("huge (> 1 MB)", segments(goodHeader, QByteArray(1100 * 1024, 'A'), goodSignature), Reason::Malformed);
        row("just over the 16 KiB cap", segments(goodHeader, QByteArray(16 * 1024, 'A'), goodSignature),
            Reason::Malformed);
        row("bad base64 in header", segments("eyJhbGciOi*", goodPayload, goodSignature), Reason::Malformed);
        row("standard base64 (+/) in payload", segments(goodHeader, "ab+c/d", goodSignature), Reason::Malformed);
        row("padding in signature", valid + QStringLiteral("=="), Reason::Malformed);
        row("whitespace inside", valid.left(20) + QLatin1Char(' ') + valid.mid(20), Reason::Malformed);
        row("non-ASCII character", valid.left(20) + QChar(0x00e9) + valid.mid(21), Reason::Malformed);
        row("header not JSON", segments(b64url("not json"), goodPayload, goodSignature), Reason::Malformed);
        row("header a JSON array", segments(b64url("[\"RS256\"]"), goodPayload, goodSignature), Reason::Malformed);
        row("payload not JSON (signed)", k.sign(json(rsHeader()), QByteArray("hello, world")), Reason::Malformed);
        row("payload a JSON array (signed)", k.sign(json(rsHeader()), QByteArray("[1,2,3]")), Reason::Malformed);
        row("payload truncated JSON (signed)", k.sign(json(rsHeader()), json(claims()).chopped(1)),
            Reason::Malformed);
        QJsonObject typ = rsHeader();
        typ.insert(QStringLiteral("typ"), QStringLiteral("at+jwt"));
        row("typ not JWT", k.sign(typ, claims()), Reason::Malformed);
        QJsonObject crit = rsHeader();
        crit.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")});
        row("crit header", k.sign(crit, claims()), Reason::Malformed);
        row("no sub", k.sign(rsHeader(), claims({}, {QStringLiteral("sub")})), Reason::Malformed);
        row("sub not a string", k.sign(rsHeader(), claims({{QStringLiteral("sub"), 42}})), Reason::Malformed);
        row("no exp", k.sign(rsHeader(), claims({}, {QStringLiteral("exp")})), Reason::Malformed);
        row("exp a string", k.sign(rsHeader(), claims({{QStringLiteral("exp"), QString::number(T0 + 60)}})),
            Reason::Malformed);
        row("nbf a string", k.sign(rsHeader(), claims({{QStringLiteral("nbf"), QStringLiteral("soon")}})),
            Reason::Malformed);
        row("azp not a string", k.sign(rsHeader(), claims({{QStringLiteral("azp"), QJsonArray{origin}}})),
            Reason::Malformed);

        // exp / nbf / iat at the clock-skew boundaries (skew 5 s; exp = T0 + 60, nbf = T0 - 5).
        const qint64 exp = (T0 + 60) * 1000, nbf = (T0 - 5) * 1000;
        row("exp: 1 ms before exp", valid, Reason::None, exp - 1);
        row("exp: at exp, within skew", valid, Reason::None, exp);
        row("exp: exp + skew - 1 ms", valid, Reason::None, exp + 4999);
        row("exp: exp + skew", valid, Reason::Expired, exp + 5000);
        row("exp: an hour later", valid, Reason::Expired, exp + 3600 * 1000);
        const QString noIat = k.sign(rsHeader(), claims({}, {QStringLiteral("iat")}));
        row("nbf: at nbf", noIat, Reason::None, nbf);
        row("nbf: nbf - skew", noIat, Reason::None, nbf - 5000);
        row("nbf: nbf - skew - 1 ms", noIat, Reason::NotActiveYet, nbf - 5001);
        row("iat: iat - skew", valid, Reason::None, T0 * 1000 - 5000);
        row("iat: iat - skew - 1 ms (nbf still fine)", valid, Reason::NotActiveYet, T0 * 1000 - 5001);
        row("nbf absent, before iat - skew", k.sign(rsHeader(), claims({}, {QStringLiteral("nbf")})),
            Reason::NotActiveYet, T0 * 1000 - 5001);
        row("nbf absent, iat - skew", k.sign(rsHeader(), claims({}, {QStringLiteral("nbf")})), Reason::None,
            T0 * 1000 - 5000);
        row("nbf and iat absent, long before", k.sign(rsHeader(), claims({}, {QStringLiteral("nbf"),
                                                                              QStringLiteral("iat")})),
            Reason::None, T0 * 1000 - 3600 * 1000);
        row("fractional exp", k.sign(rsHeader(), claims({{QStringLiteral("exp"), double(T0) + 60.5}})),
            Reason::Expired, exp + 5500);

        // Authorized parties.
        row("azp allowed (second in list)",
            k.sign(rsHeader(), claims({{QStringLiteral("azp"), QStringLiteral("http://localhost:3000")}})),
            Reason::None);
        row("azp not allowed", k.sign(rsHeader(), claims({{QStringLiteral("azp"), QStringLiteral("https://evil.com")}})),
            Reason::InvalidAuthorizedParty);
        row("azp differs by a trailing slash", k.sign(rsHeader(), claims({{QStringLiteral("azp"), origin + '/'}})),
            Reason::InvalidAuthorizedParty);
        row("azp absent", k.sign(rsHeader(), claims({}, {QStringLiteral("azp")})), Reason::None);
        row("azp empty string", k.sign(rsHeader(), claims({{QStringLiteral("azp"), QString()}})), Reason::None);
        row("azp any when no parties configured",
            k.sign(rsHeader(), claims({{QStringLiteral("azp"), QStringLiteral("https://evil.com")}})), Reason::None,
            now, {});

        // Issuer.
        row("iss matches", valid, Reason::None, now, parties, issuer);
        row("iss mismatch", k.sign(rsHeader(), claims({{QStringLiteral("iss"), QStringLiteral("https://clerk.evil.com")}})),
            Reason::InvalidIssuer);
        row("iss absent but required", k.sign(rsHeader(), claims({}, {QStringLiteral("iss")})), Reason::InvalidIssuer);
        row("iss not checked when not configured",
            k.sign(rsHeader(), claims({{QStringLiteral("iss"), QStringLiteral("https://clerk.evil.com")}})),
            Reason::None, now, parties, QString());

        // Order: the signature comes before every claim check.
        row("expired AND badly signed -> signature",
            m_other->sign(rsHeader(), claims({{QStringLiteral("exp"), T0 - 3600}})), Reason::InvalidSignature);
        row("bad azp AND badly signed -> signature",
            m_other->sign(rsHeader(), claims({{QStringLiteral("azp"), QStringLiteral("https://evil.com")}})),
            Reason::InvalidSignature);
    }

    void table()
    {
        QFETCH(QString, token);
        QFETCH(QStringList, parties);
        QFETCH(QString, iss);
        QFETCH(qint64, nowMs);
        QFETCH(Reason, reason);

        TokenVerifier verifier(tableConfig(parties, iss, nowMs));
        QVERIFY2(verifier.configurationError().isNull(), qPrintable(verifier.configurationError().toString()));
        // Twice: the second run goes through the memo of decoded headers/payloads and must agree.
        for (int round = 0; round < 2; ++round) {
            const TokenVerification v = verifier.verify(token);
            QCOMPARE(v.reason(), reason);
            QCOMPARE(v.ok(), reason == Reason::None);
            QCOMPARE(v.reasonCode(), TokenVerifier::reasonCode(reason));
            if (v.ok()) {
                QVERIFY(v.error().isNull());
                QVERIFY(v.claims().isValid());
                QVERIFY(!v.claims().subject().isEmpty());
            } else {
                QCOMPARE(v.error().code(), TokenVerifier::reasonCode(reason));
                QVERIFY(!v.error().message().isEmpty());
                QVERIFY(!v.claims().isValid());
                // Never echo the token.
                QVERIFY(token.size() < 16 || !v.error().toString().contains(token.left(token.size())));
            }
        }
    }

    void reasonCodes_data()
    {
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("code");
        QTest::newRow("none") << Reason::None << QString();
        QTest::newRow("malformed") << Reason::Malformed << "token_malformed";
        QTest::newRow("algorithm") << Reason::InvalidAlgorithm << "token_invalid_algorithm";
        QTest::newRow("kid") << Reason::UnknownKid << "token_unknown_kid";
        QTest::newRow("signature") << Reason::InvalidSignature << "token_invalid_signature";
        QTest::newRow("expired") << Reason::Expired << "token_expired";
        QTest::newRow("nbf") << Reason::NotActiveYet << "token_not_active_yet";
        QTest::newRow("azp") << Reason::InvalidAuthorizedParty << "token_invalid_authorized_party";
        QTest::newRow("iss") << Reason::InvalidIssuer << "token_invalid_issuer";
        QTest::newRow("jwks") << Reason::JwksUnavailable << "jwks_unavailable";
    }
    void reasonCodes()
    {
        QFETCH(Reason, reason);
        QFETCH(QString, code);
        QCOMPARE(TokenVerifier::reasonCode(reason), code);
    }

    void actorAndCustomClaims()
    {
        const QJsonObject act{{QStringLiteral("iss"), QStringLiteral("https://dashboard.clerk.com")},
                              {QStringLiteral("sid"), QStringLiteral("sess_admin")},
                              {QStringLiteral("sub"), QStringLiteral("user_admin")}};
        const QString token = m_trusted->sign(
            rsHeader(), claims({{QStringLiteral("act"), act},
                                {QStringLiteral("plan"), QStringLiteral("pro")},
                                {QStringLiteral("org_id"), QStringLiteral("org_v1")},
                                {QStringLiteral("org_role"), QStringLiteral("org:admin")},
                                {QStringLiteral("org_permissions"), QJsonArray{QStringLiteral("org:a:b")}},
                                {QStringLiteral("v"), 1}}));
        TokenVerifier verifier(tableConfig({origin}, issuer, T0 * 1000));
        const TokenVerification v = verifier.verify(token);
        QVERIFY2(v.ok(), qPrintable(v.error().toString()));
        QCOMPARE(v.claims().actor().value(QStringLiteral("sub")).toString(), QStringLiteral("user_admin"));
        QCOMPARE(v.claims().raw().value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
        QCOMPARE(v.claims().organizationId(), QStringLiteral("org_v1"));
        QCOMPARE(v.claims().organizationRole(), QStringLiteral("org:admin"));
        QCOMPARE(v.claims().organizationPermissions(), QStringList{QStringLiteral("org:a:b")});
        QCOMPARE(v.claims().sessionId(), QStringLiteral("sess_2abc"));
    }

    void keySources()
    {
        const QString token = m_trusted->sign(rsHeader(), claims());
        const auto at = [](TokenVerifierConfig c) {
            c.clock = [] { return QDateTime::fromSecsSinceEpoch(T0, QTimeZone::utc()); };
            return c;
        };
        {   // PEM: any kid.
            TokenVerifierConfig c;
            c.publicKeyPem = m_trusted->publicKeyPem();
            TokenVerifier v(at(c));
            QVERIFY(v.configurationError().isNull());
            QVERIFY(v.hasKeys());
            QVERIFY(v.verify(token).ok());
            QVERIFY(v.verify(m_trusted->sign(rsHeader(QStringLiteral("whatever")), claims())).ok());
            QCOMPARE(v.verify(m_other->sign(rsHeader(), claims())).reason(), Reason::InvalidSignature);
        }
        {   // Nothing configured.
            TokenVerifier v(at({}));
            QVERIFY(!v.hasKeys());
            const TokenVerification r = v.verify(token);
            QCOMPARE(r.reason(), Reason::JwksUnavailable);
            QCOMPARE(r.error().kind(), Error::Kind::Configuration);
        }
        {   // Unreadable PEM / JWKS.
            TokenVerifierConfig c;
            c.publicKeyPem = "-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n";
            c.jwks = QJsonObject{{QStringLiteral("keys"), QJsonArray{QJsonObject{{QStringLiteral("kty"),
                                                                                  QStringLiteral("EC")}}}}};
            TokenVerifier v(at(c));
            QCOMPARE(v.configurationError().kind(), Error::Kind::Configuration);
            QCOMPARE(v.verify(token).reason(), Reason::JwksUnavailable);
        }
        {   // A weak (1024-bit) key is refused.
            TestKey weak(1024);
            TokenVerifierConfig c;
            c.jwks = weak.jwks(trustedKid);
            TokenVerifier v(at(c));
            QVERIFY(!v.configurationError().isNull());
            QCOMPARE(v.verify(weak.sign(rsHeader(), claims())).reason(), Reason::JwksUnavailable);
        }
        {   // The emulator's PEM verifies the emulator's tokens, synchronously.
            TokenVerifierConfig c;
            c.publicKeyPem = m_server.publicKeyPem();
            TokenVerifier v(c);
            const TokenVerification r = v.verify(emulatorToken());
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            QCOMPARE(r.claims().subject(), EmuTest::Seed::janeId);
        }
        {   // … and so does its JWKS document.
            TokenVerifierConfig c;
            c.jwks = m_server.jwks();
            TokenVerifier v(c);
            QCOMPARE(v.keyIds(), QStringList{m_server.keyId()});
            QVERIFY(v.verify(emulatorToken()).ok());
        }
    }

    // --- Valid tokens from the emulator over real HTTP -------------------------------------------------------
    void emulatorTokens_data()
    {
        QTest::addColumn<QString>("jwksPath");
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("expectOrgId");
        QTest::addColumn<QString>("expectRole");
        QTest::addColumn<QStringList>("expectPermissionsInclude");

        const QString acme = EmuTest::Seed::acmeId, globex = EmuTest::Seed::globexId;
        QTest::newRow("session token, personal") << "/v1/jwks" << QString() << QString() << QString() << QString()
                                                 << QStringList();
        QTest::newRow("session token, .well-known JWKS") << "/.well-known/jwks.json" << QString() << QString()
                                                         << QString() << QString() << QStringList();
        QTest::newRow("acme admin (v2 o claims)") << "/v1/jwks" << QString() << acme << acme << "org:admin"
                                                  << QStringList();
        QTest::newRow("globex member with permission") << "/v1/jwks" << QString() << globex << globex << "org:member"
                                                       << QStringList{QStringLiteral("org:invoices:read")};
        QTest::newRow("template api") << "/v1/jwks" << "api" << QString() << QString() << QString() << QStringList();
        QTest::newRow("template api with org") << "/v1/jwks" << "api" << acme << QString() << QString()
                                               << QStringList();
    }

    void emulatorTokens()
    {
        QFETCH(QString, jwksPath);
        QFETCH(QString, templ);
        QFETCH(QString, org);
        QFETCH(QString, expectOrgId);
        QFETCH(QString, expectRole);
        QFETCH(QStringList, expectPermissionsInclude);

        EmuTest::FormFields form;
        if (!org.isEmpty())
            form.append({QStringLiteral("organization_id"), org});
        const QString token = emulatorToken(templ, form);
        QVERIFY(!token.isEmpty());

        TokenVerifierConfig config;
        config.jwksUrl = jwksUrl(jwksPath);
        config.authorizedParties = {origin};
        config.issuer = m_server.issuer();
        TokenVerifier verifier(config);
        QSignalSpy keys(&verifier, &TokenVerifier::keysChanged);
        const TokenVerification v = waitFor(verifier, token);
        QVERIFY2(v.ok(), qPrintable(v.error().toString()));
        QCOMPARE(keys.count(), 1);
        QCOMPARE(verifier.keyIds(), QStringList{m_server.keyId()});

        const TokenClaims c = v.claims();
        QCOMPARE(c.subject(), EmuTest::Seed::janeId);
        QCOMPARE(c.issuer(), m_server.issuer());
        QCOMPARE(c.authorizedParty(), origin);
        // The verified claims are exactly what the token says.
        QCOMPARE(c, TokenClaims::fromJwt(token));
        if (templ.isEmpty()) {
            QCOMPARE(c.sessionId(), m_sessionId);
            QCOMPARE(c.organizationId(), expectOrgId);
            QCOMPARE(c.organizationRole(), expectRole);
            for (const QString &p : expectPermissionsInclude)
                QVERIFY2(c.organizationPermissions().contains(p), qPrintable(c.organizationPermissions().join(',')));
            if (!org.isEmpty()) {
                QCOMPARE(c.version(), 2);
                QVERIFY(c.raw().contains(QStringLiteral("o")));
            }
        } else {
            const QVariantMap raw = c.raw();
            QCOMPARE(raw.value(QStringLiteral("aud")).toString(), QStringLiteral("clerk-qt-demo-api"));
            QCOMPARE(raw.value(QStringLiteral("email")).toString(), EmuTest::Seed::janeEmail);
            QCOMPARE(raw.value(QStringLiteral("name")).toString(), QStringLiteral("Jane Doe"));
            QCOMPARE(raw.value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
            if (!org.isEmpty())
                QCOMPARE(raw.value(QStringLiteral("org")).toString(), QStringLiteral("acme"));
        }

        // Warm cache: the synchronous path answers the same.
        const TokenVerification again = verifier.verify(token);
        QVERIFY(again.ok());
        QCOMPARE(again.claims(), c);
    }

    void emulatorTokenOtherOrigin()
    {
        const QString token = emulatorToken();
        TokenVerifierConfig config;
        config.jwks = m_server.jwks();
        config.authorizedParties = {QStringLiteral("https://other.example.com")};
        TokenVerifier verifier(config);
        QCOMPARE(verifier.verify(token).reason(), Reason::InvalidAuthorizedParty);
        config.issuer = QStringLiteral("https://clerk.other.com");
        config.authorizedParties = {origin};
        TokenVerifier wrongIssuer(config);
        QCOMPARE(wrongIssuer.verify(token).reason(), Reason::InvalidIssuer);
    }

    void emulatorTokenExpires()
    {
        // A token the emulator minted an hour ago (clock offset) is expired for the real clock.
        m_server.setClockOffset(-3600 * 1000);
        const QString token = emulatorToken();
        m_server.setClockOffset(0);
        TokenVerifierConfig config;
        config.jwks = m_server.jwks();
        TokenVerifier verifier(config);
        QCOMPARE(verifier.verify(token).reason(), Reason::Expired);
    }

    // --- The JWKS URL: caching and the refetch policy --------------------------------------------------------
    void jwksColdSyncThenWarm()
    {
        m_server.resetCounters();
        TokenVerifierConfig config;
        config.jwksUrl = jwksUrl();
        TokenVerifier verifier(config);
        const QString token = emulatorToken();
        const TokenVerification cold = verifier.verify(token);
        QCOMPARE(cold.reason(), Reason::JwksUnavailable);
        // verify() scheduled a fetch in the verifier's thread.
        QTRY_VERIFY(verifier.hasKeys());
        QVERIFY(verifier.verify(token).ok());
        QCOMPARE(m_server.requestCount(QStringLiteral("GET /v1/jwks")), 1);
    }

    void jwksConcurrentColdRequestsShareOneFetch()
    {
        m_server.resetCounters();
        TokenVerifierConfig config;
        config.jwksUrl = jwksUrl();
        TokenVerifier verifier(config);
        const QString token = emulatorToken();
        QList<TokenVerification> results;
        for (int i = 0; i < 20; ++i)
            verifier.verifyAsync(token, this, [&results](const TokenVerification &r) { results.append(r); });
        QVERIFY(verifier.isFetchingKeys());
        QTRY_COMPARE(results.size(), 20);
        for (const TokenVerification &r : results)
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(m_server.requestCount(QStringLiteral("GET /v1/jwks")), 1);
    }

    void jwksUnknownKidRefetchesOnce()
    {
        m_server.resetCounters();
        TokenVerifierConfig config;
        config.jwksUrl = jwksUrl();
        config.jwksMinRefetchInterval = std::chrono::minutes(10);
        TokenVerifier verifier(config);
        QSignalSpy keys(&verifier, &TokenVerifier::keysChanged);
        verifier.refreshKeys();
        QVERIFY(keys.wait());
        QCOMPARE(m_server.requestCount(QStringLiteral("GET /v1/jwks")), 1);

        // A kid the JWKS does not have: exactly one refetch, then token_unknown_kid.
        const TokenVerification r = waitFor(verifier, m_other->sign(rsHeader(QStringLiteral("ins_rotated")),
                                                                     claims()));
        QCOMPARE(r.reason(), Reason::UnknownKid);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET /v1/jwks")), 2);

        // Within the interval, another unknown kid costs no fetch; known tokens still verify.
        const TokenVerification r2 = waitFor(verifier, m_other->sign(rsHeader(QStringLiteral("ins_x")), claims()));
        QCOMPARE(r2.reason(), Reason::UnknownKid);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET /v1/jwks")), 2);
        QVERIFY(waitFor(verifier, emulatorToken()).ok());
        QCOMPARE(m_server.requestCount(QStringLiteral("GET /v1/jwks")), 2);
    }

    void jwksFloodOfUnknownKids_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("verifyAsync") << true;
        QTest::newRow("verify") << false;
    }
    void jwksFloodOfUnknownKids()
    {
        QFETCH(bool, async);
        m_server.resetCounters();
        TokenVerifierConfig config;
        config.jwksUrl = jwksUrl();
        config.jwksMinRefetchInterval = std::chrono::minutes(10);
        TokenVerifier verifier(config);
        QSignalSpy keys(&verifier, &TokenVerifier::keysChanged);
        verifier.refreshKeys();
        QVERIFY(keys.wait());
        QCOMPARE(m_server.requestCount(QStringLiteral("GET /v1/jwks")), 1);

        // 1000 tokens, each with its own made-up kid (signing once and swapping headers is enough: the
        // signature is never reached).
        const QString signedOnce = m_other->sign(rsHeader(QStringLiteral("ins_flood")), claims());
        const QString rest = signedOnce.mid(signedOnce.indexOf(QLatin1Char('.')));
        int answered = 0, unknownKid = 0;
        for (int i = 0; i < 1000; ++i) {
            const QString token = QString::fromLatin1(b64url(json(rsHeader(QStringLiteral("ins_flood_%1").arg(i)))))
                + rest;
            if (async) {
                verifier.verifyAsync(token, this, [&](const TokenVerification &r) {
                    ++answered;
                    unknownKid += r.reason() == Reason::UnknownKid;
                });
            } else {
                ++answered;
                unknownKid += verifier.verify(token).reason() == Reason::UnknownKid;
                if (i % 100 == 0)
                    QCoreApplication::processEvents();
            }
        }
        QTRY_COMPARE(answered, 1000);
        QCOMPARE(unknownKid, 1000);
        // Let any scheduled fetch run and finish.
        QTRY_VERIFY(!verifier.isFetchingKeys());
        QTest::qWait(50);
        QTRY_VERIFY(!verifier.isFetchingKeys());
        const int fetches = m_server.requestCount(QStringLiteral("GET /v1/jwks"));
        QVERIFY2(fetches <= 2, qPrintable(QString::number(fetches)));
        if (async)
            QCOMPARE(fetches, 2); // the first unknown kid did refetch
        // Valid tokens are unaffected.
        QVERIFY(verifier.verify(emulatorToken()).ok());
    }

    void jwksUnavailable()
    {
        m_server.resetCounters();
        ClerkEmulator::Fault fault;
        fault.pattern = QStringLiteral("GET /v1/jwks");
        fault.kind = ClerkEmulator::Fault::Kind::Status;
        fault.status = 503;
        const QString id = m_server.addFault(fault);
        TokenVerifierConfig config;
        config.jwksUrl = jwksUrl();
        config.jwksMinRefetchInterval = std::chrono::minutes(10);
        TokenVerifier verifier(config);
        QSignalSpy failed(&verifier, &TokenVerifier::keyFetchFailed);
        const QString token = emulatorToken();
        const TokenVerification r = waitFor(verifier, token);
        QCOMPARE(r.reason(), Reason::JwksUnavailable);
        QCOMPARE(r.error().code(), QStringLiteral("jwks_unavailable"));
        QCOMPARE(r.error().httpStatus(), 503);
        QCOMPARE(failed.count(), 1);
        // Within the interval the endpoint is not asked again.
        QCOMPARE(waitFor(verifier, token).reason(), Reason::JwksUnavailable);
        QCOMPARE(failed.count(), 1);
        m_server.removeFault(id);
        // An explicit refresh recovers.
        verifier.refreshKeys();
        QTRY_VERIFY(verifier.hasKeys());
        QVERIFY(waitFor(verifier, token).ok());

        // A JWKS body that is not JSON, and an unreachable endpoint.
        fault.kind = ClerkEmulator::Fault::Kind::Malformed;
        const QString id2 = m_server.addFault(fault);
        TokenVerifier malformed(config);
        const TokenVerification m = waitFor(malformed, token);
        QCOMPARE(m.reason(), Reason::JwksUnavailable);
        QCOMPARE(m.error().kind(), Error::Kind::Protocol);
        m_server.removeFault(id2);

        TokenVerifierConfig dead;
        dead.jwksUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1/jwks"));
        TokenVerifier unreachable(dead);
        const TokenVerification u = waitFor(unreachable, token);
        QCOMPARE(u.reason(), Reason::JwksUnavailable);
        QCOMPARE(u.error().kind(), Error::Kind::Network);
    }

    void asyncRejectsWithoutFetching()
    {
        m_server.resetCounters();
        TokenVerifierConfig config;
        config.jwksUrl = jwksUrl();
        TokenVerifier verifier(config);
        QCOMPARE(waitFor(verifier, QStringLiteral("not.a.jwt!")).reason(), Reason::Malformed);
        QJsonObject hs = rsHeader();
        hs.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
        QCOMPARE(waitFor(verifier, signHs256(hs, claims(), "secret")).reason(), Reason::InvalidAlgorithm);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET /v1/jwks")), 0);
    }

    void asyncNeverBeforeReturnAndContextGuard()
    {
        TokenVerifierConfig config;
        config.jwks = m_server.jwks();
        TokenVerifier verifier(config);
        const QString token = emulatorToken();
        bool called = false;
        verifier.verifyAsync(token, this, [&called](const TokenVerification &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);

        bool guardedCalled = false;
        auto *context = new QObject;
        verifier.verifyAsync(token, context, [&guardedCalled](const TokenVerification &) { guardedCalled = true; });
        delete context;
        // Callbacks are delivered through this thread's event queue, first in first out: once a later call's
        // callback has run, the guarded one has had its turn.
        bool laterCalled = false;
        verifier.verifyAsync(token, this, [&](const TokenVerification &) {
            laterCalled = true;
            QVERIFY(!guardedCalled);
        });
        QTRY_VERIFY_WITH_TIMEOUT(laterCalled, 10000);
        QVERIFY(!guardedCalled);
    }

    // --- Token extraction -------------------------------------------------------------------------------------
    void extraction_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("token");
        QTest::newRow("bearer") << Headers{{"Authorization", "Bearer a.b.c"}} << "a.b.c";
        QTest::newRow("bearer lower-case scheme and name") << Headers{{"authorization", "bearer a.b.c"}} << "a.b.c";
        QTest::newRow("bearer extra spaces") << Headers{{"Authorization", "  Bearer   a.b.c  "}} << "a.b.c";
        QTest::newRow("bare token") << Headers{{"Authorization", "a.b.c"}} << "a.b.c";
        QTest::newRow("basic auth is not a token") << Headers{{"Authorization", "Basic dXNlcjpwdw=="}} << QString();
        QTest::newRow("bearer without token") << Headers{{"Authorization", "Bearer"}} << QString();
        QTest::newRow("cookie") << Headers{{"Cookie", "__session=a.b.c"}} << "a.b.c";
        QTest::newRow("cookie among others") << Headers{{"Cookie", "theme=dark; __session=a.b.c; __client_uat=1"}}
                                             << "a.b.c";
        QTest::newRow("cookie lookalike names") << Headers{{"Cookie", "x__session=bad; __session_x=bad"}} << QString();
        QTest::newRow("quoted cookie") << Headers{{"Cookie", "__session=\"a.b.c\""}} << "a.b.c";
        QTest::newRow("second cookie header") << Headers{{"Cookie", "a=1"}, {"cookie", "__session=a.b.c"}} << "a.b.c";
        QTest::newRow("header wins over cookie") << Headers{{"Cookie", "__session=cookie.t.k"},
                                                            {"Authorization", "Bearer header.t.k"}}
                                                 << "header.t.k";
        QTest::newRow("empty bearer falls back to cookie") << Headers{{"Authorization", "Bearer "},
                                                                      {"Cookie", "__session=a.b.c"}}
                                                           << "a.b.c";
        QTest::newRow("nothing") << Headers{{"Accept", "application/json"}} << QString();
    }
    void extraction()
    {
        QFETCH(Headers, headers);
        QFETCH(QString, token);
        QCOMPARE(TokenVerifier::tokenFromHeaders(headers), token);
    }
};

QTEST_GUILESS_MAIN(tst_TokenVerifier)
#include "tst_tokenverifier.moc"
