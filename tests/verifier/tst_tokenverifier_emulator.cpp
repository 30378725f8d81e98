// Clerk::TokenVerifier against the emulator: valid tokens over real HTTP (default, template and organization
// tokens), the JWKS refetch policy, and verifyAsync. (The table of tampered tokens, the key sources and the
// extraction helpers are in tst_tokenverifier.cpp; the shared fixture is verifierfixtures.h.)
#include "verifierfixtures.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Clerk;
using namespace VerifierTest;
using namespace VerifierFixtures;
using Reason = TokenVerifier::Reason;

class tst_TokenVerifierEmulator : public VerifierFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = setUpKeysAndSession();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    // --- The table ------------------------------------------------------------------------------------------
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
};

QTEST_GUILESS_MAIN(tst_TokenVerifierEmulator)
#include "tst_tokenverifier_emulator.moc"
