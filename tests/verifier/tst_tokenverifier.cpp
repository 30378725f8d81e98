// Clerk::TokenVerifier: a table of tampered and edge-case tokens (own keys, fixed clock), the key sources, and
// the token extraction helpers. (Valid tokens from the emulator over real HTTP, the JWKS refetch policy and
// verifyAsync are in tst_tokenverifier_emulator.cpp; the shared fixture is verifierfixtures.h.)
#include "verifierfixtures.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Clerk;
using namespace VerifierTest;
using namespace VerifierFixtures;
using Reason = TokenVerifier::Reason;
using Headers = QList<QPair<QByteArray, QByteArray>>;

class tst_TokenVerifier : public VerifierFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = setUpKeysAndSession();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
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
