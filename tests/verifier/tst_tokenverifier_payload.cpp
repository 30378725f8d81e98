// Clerk::TokenVerifier: reading the payload of a verified token. The verifier scans a strict subset of JSON itself
// and leaves everything else to QJsonDocument; both ways must judge a token alike (rows marked "Qt:" fall outside
// the scan). Its memo of verified payloads must never let one token answer for another, nor a remembered token
// escape the checks that depend on the time. The claims it hands out are decoded on first read, in any thread.
#include "verifierfixtures.h"

#include <QtTest>

#include <thread>

using namespace Clerk;
using namespace VerifierTest;
using namespace VerifierFixtures;
using Reason = TokenVerifier::Reason;

namespace {

/// The table's claims as JSON text, with `extra` (raw JSON members, e.g. `"x":1.`) spliced in before `"v"`.
QByteArray payload(const QByteArray &extra = {}, const QByteArray &exp = QByteArray::number(T0 + 60))
{
    return "{\"sub\":\"user_2jane0000000000000000000001\",\"sid\":\"sess_2abc\",\"iss\":\"" + issuer.toLatin1()
        + "\",\"azp\":\"" + origin.toLatin1() + "\",\"iat\":" + QByteArray::number(T0) + ",\"nbf\":"
        + QByteArray::number(T0 - 5) + ",\"exp\":" + exp + (extra.isEmpty() ? QByteArray() : "," + extra)
        + ",\"v\":2}";
}

} // namespace

class tst_TokenVerifierPayload : public VerifierFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_trusted = std::make_unique<TestKey>();
        QVERIFY(m_trusted->isValid());
    }

    void payloadJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Reason>("reason");
        const QByteArray past = QByteArray::number(T0 - 3600), future = QByteArray::number(T0 + 60);
        const auto row = [](const char *name, const QByteArray &json, Reason reason) {
            QTest::newRow(name) << json << reason;
        };
        row("plain Clerk payload", payload(), Reason::None);
        row("with whitespace", "  \n" + payload().replace(",\"", " ,\n\"").replace("\":", "\" :\t") + "\r\n",
            Reason::None);
        row("nested custom claims", payload(R"("o":{"id":"org_1","per":"a,b"},"fva":[0,-1],"x":[[{"y":null}]])"),
            Reason::None);
        row("exp in exponent form", payload({}, QByteArray::number(double(T0 + 60), 'e', 9)), Reason::None);
        row("exp with a fraction", payload({}, QByteArray::number(T0 + 59) + ".75"), Reason::None);
        row("duplicate exp: the last one counts (valid)", payload("\"exp\":" + future, past), Reason::None);
        row("duplicate exp: the last one counts (expired)", payload("\"exp\":" + past, future), Reason::Expired);
        row("Qt: escaped key spelling exp, expired", payload("\"\\u0065xp\":" + past), Reason::Expired);
        row("Qt: escaped slashes in iss", payload(R"("iss":"https:\/\/clerk.example.com")"), Reason::None);
        row("Qt: escaped iss of another instance", payload(R"("iss":"https:\/\/evil.example.com")"),
            Reason::InvalidIssuer);
        row("Qt: non-ASCII custom claim", payload("\"name\":\"Zo\xc3\xab\""), Reason::None);
        row("Qt: non-ASCII azp not allowed", payload("\"azp\":\"https://\xc3\xa9vil.example\""),
            Reason::InvalidAuthorizedParty);
        row("Qt: control character in a string", payload("\"note\":\"a\tb\""), Reason::None);
        row("Qt: number 1.", payload("\"x\":1."), Reason::None);
        row("Qt: unknown escape", payload(R"("x":"\q")"), Reason::None);
        row("Qt: byte order mark", "\xef\xbb\xbf" + payload(), Reason::None);
        row("Qt: nested 100 deep", payload("\"deep\":" + QByteArray(100, '[') + QByteArray(100, ']')), Reason::None);
        row("Qt: exp out of range", payload({}, "1e999"), Reason::Malformed);
        row("Qt: invalid UTF-8", payload("\"name\":\"\xc0\x80\""), Reason::Malformed);
        row("trailing garbage", payload() + " x", Reason::Malformed);
        row("two objects", payload() + payload(), Reason::Malformed);
        row("empty object", "{}", Reason::Malformed);
        row("exp null", payload({}, "null"), Reason::Malformed);
        row("exp true", payload({}, "true"), Reason::Malformed);
        row("exp +1 (not JSON)", payload({}, "+" + future), Reason::Malformed);
        row("exp 01 (not JSON)", payload({}, "0" + future), Reason::Malformed);
        row("sub empty", payload(R"("sub":"")"), Reason::Malformed);
        row("sub null", payload(R"("sub":null)"), Reason::Malformed);
        row("azp null", payload(R"("azp":null)"), Reason::Malformed);
        row("iss a number", payload(R"("iss":1)"), Reason::Malformed);
        row("iat an object", payload(R"("iat":{})"), Reason::Malformed);
        row("unterminated string", payload().chopped(1) + ",\"x\":\"abc}", Reason::Malformed);
        row("trailing comma", payload().chopped(1) + ",}", Reason::Malformed);
    }

    void payloadJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(Reason, reason);
        const QString token = m_trusted->sign(json(rsHeader()), text);
        TokenVerifier verifier(tableConfig({origin}, issuer, T0 * 1000));
        for (int sight = 0; sight < 2; ++sight) { // first sight, then from the memo
            const TokenVerification v = verifier.verify(token);
            QCOMPARE(v.reason(), reason);
            if (v.ok()) {
                // The lazily decoded claims are the ones QJsonDocument reads, whichever way the checks went.
                QCOMPARE(v.claims(), TokenClaims::fromJwt(token));
                QCOMPARE(v.claims().subject(), QStringLiteral("user_2jane0000000000000000000001"));
            } else {
                QVERIFY(!v.claims().isValid());
            }
        }
    }

    void signatureOfARememberedTokenOnAnotherPayload()
    {
        TokenVerifier verifier(tableConfig({origin}, issuer, T0 * 1000));
        const QString valid = m_trusted->sign(json(rsHeader()), payload());
        QVERIFY(verifier.verify(valid).ok());
        const QStringList parts = valid.split(QLatin1Char('.'));
        const QString evil = parts[0] + QLatin1Char('.')
            + QString::fromLatin1(b64url(payload(R"("sub":"user_evil")"))) + QLatin1Char('.') + parts[2];
        QCOMPARE(verifier.verify(evil).reason(), Reason::InvalidSignature);
        QCOMPARE(verifier.verify(evil).reason(), Reason::InvalidSignature);
        QVERIFY(verifier.verify(valid).ok());
    }

    // Characters outside base64url are found before the header, the key and the signature are looked at, on
    // first sight and for a payload the memo holds alike.
    void badCharactersComeFirst_data()
    {
        QTest::addColumn<QString>("kid");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QChar>("bad");
        QTest::newRow("unknown kid, '+'") << QStringLiteral("ins_unknown") << QStringLiteral("RS256") << QChar(u'+');
        QTest::newRow("HS256, '/'") << trustedKid << QStringLiteral("HS256") << QChar(u'/');
        QTest::newRow("trusted, U+0100 ('?' in Latin-1)") << trustedKid << QStringLiteral("RS256") << QChar(0x100);
        QTest::newRow("trusted, U+00E9 (Latin-1)") << trustedKid << QStringLiteral("RS256") << QChar(0xe9);
    }
    void badCharactersComeFirst()
    {
        QFETCH(QString, kid);
        QFETCH(QString, alg);
        QFETCH(QChar, bad);
        TokenVerifier verifier(tableConfig({origin}, issuer, T0 * 1000));
        QJsonObject header = rsHeader(kid);
        header.insert(QStringLiteral("alg"), alg);
        const QString good = m_trusted->sign(json(rsHeader()), payload());
        QVERIFY(verifier.verify(good).ok()); // the memo now holds this payload
        for (const QString &base : {m_trusted->sign(json(header), payload()), good}) {
            QString token = base;
            const qsizetype middle = (token.indexOf(QLatin1Char('.')) + token.lastIndexOf(QLatin1Char('.'))) / 2;
            token[middle] = bad;
            QCOMPARE(verifier.verify(token).reason(), Reason::Malformed);
        }
        QVERIFY(verifier.verify(good).ok());
    }

    void rememberedTokenExpires()
    {
        auto now = std::make_shared<qint64>(T0 * 1000);
        Clerk::TokenVerifierConfig config = tableConfig({origin}, issuer, 0);
        config.clock = [now] { return QDateTime::fromMSecsSinceEpoch(*now, QTimeZone::utc()); };
        TokenVerifier verifier(config);
        const QString token = m_trusted->sign(json(rsHeader()), payload());
        QVERIFY(verifier.verify(token).ok());
        *now = (T0 + 60) * 1000 + 5000; // exp plus the 5 s skew
        QCOMPARE(verifier.verify(token).reason(), Reason::Expired);
        *now = (T0 - 5) * 1000 - 5001; // before nbf minus the skew
        QCOMPARE(verifier.verify(token).reason(), Reason::NotActiveYet);
        *now = T0 * 1000;
        QVERIFY(verifier.verify(token).ok());
    }

    void rememberedTokenAgainstAnotherConfiguration()
    {
        const QString token = m_trusted->sign(json(rsHeader()), payload());
        TokenVerifier strict(tableConfig({QStringLiteral("https://other.example.com")}, issuer, T0 * 1000));
        QCOMPARE(strict.verify(token).reason(), Reason::InvalidAuthorizedParty);
        QCOMPARE(strict.verify(token).reason(), Reason::InvalidAuthorizedParty);
        TokenVerifier otherIssuer(tableConfig({origin}, QStringLiteral("https://clerk.other.com"), T0 * 1000));
        QCOMPARE(otherIssuer.verify(token).reason(), Reason::InvalidIssuer);
        QCOMPARE(otherIssuer.verify(token).reason(), Reason::InvalidIssuer);
    }

    // More distinct tokens than the memo has slots, so slots are shared: each answer is its own token's.
    void manyTokensKeepTheirOwnClaims()
    {
        TokenVerifier verifier(tableConfig({origin}, issuer, T0 * 1000));
        QStringList tokens;
        for (int i = 0; i < 1100; ++i)
            tokens << m_trusted->sign(json(rsHeader()), payload("\"sid\":\"sess_" + QByteArray::number(i) + "\""));
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < tokens.size(); i += (pass ? 1 : 3)) {
                const TokenVerification v = verifier.verify(tokens.at(i));
                QVERIFY2(v.ok(), qPrintable(v.error().toString()));
                QCOMPARE(v.claims().sessionId(), QStringLiteral("sess_%1").arg(i));
            }
        }
    }

    // One verified payload's claims are shared by every answer for it and decoded on first read: reading them
    // from several threads at once must give every thread the same, whole claims.
    void claimsReadInSeveralThreads()
    {
        TokenVerifier verifier(tableConfig({origin}, issuer, T0 * 1000));
        const QString token = m_trusted->sign(json(rsHeader()), payload(R"("o":{"id":"org_1","rol":"admin"})"));
        const TokenVerification first = verifier.verify(token);
        QVERIFY(first.ok());
        std::vector<std::thread> threads;
        std::vector<QString> roles(8);
        for (size_t t = 0; t < roles.size(); ++t) {
            threads.emplace_back([&, t] { roles[t] = verifier.verify(token).claims().organizationRole(); });
        }
        for (std::thread &t : threads)
            t.join();
        for (const QString &role : roles)
            QCOMPARE(role, QStringLiteral("org:admin"));
        QCOMPARE(first.claims().organizationId(), QStringLiteral("org_1"));
    }

    void defaultClaimsAreEmpty()
    {
        const TokenClaims none;
        QVERIFY(!none.isValid());
        QVERIFY(none.subject().isEmpty());
        QCOMPARE(none.expiresAtSecs(), qint64(0));
        QVERIFY(!none.expiresAt().isValid());
        QCOMPARE(none.version(), 1);
        QCOMPARE(none, TokenClaims::fromJwt(QStringLiteral("not.a.jwt")));
    }
};

QTEST_GUILESS_MAIN(tst_TokenVerifierPayload)
#include "tst_tokenverifier_payload.moc"
