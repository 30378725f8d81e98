// End-to-end FAPI flows against the emulator over real HTTP on loopback, as a native Clerk client drives them:
// the endpoints and clock, password/code/second-factor sign-in, sign-up, client tokens. (Organizations,
// templates, sessions, /me, the control API and concurrency are in tst_emulator_flows_sessions.cpp.)
#include "flowsfixture.h"

#include <QtTest>

using namespace EmuTest;

class tst_EmulatorFlowsSignIn : public FlowsTestCase
{
    Q_OBJECT

private slots:
    // --- helpers' own correctness ------------------------------------------------------------------------------
    void totpImplementationMatchesRfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("expected");
        // RFC 6238 Appendix B, SHA-1, 8 digits, key "12345678901234567890".
        QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
    }
    void totpImplementationMatchesRfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(QString, expected);
        QCOMPARE(totp(QByteArrayLiteral("12345678901234567890"), time, 8), expected);
        QCOMPARE(base32Decode(QByteArrayLiteral("JBSWY3DPEHPK3PXP")), QByteArray("Hello!\xDE\xAD\xBE\xEF"));
    }

    // --- infrastructure endpoints ------------------------------------------------------------------------------
    void healthHead()
    {
        FapiResponse head = c.request("HEAD", QStringLiteral("/v1/health"));
        EMU_EXPECT_STATUS(head, 200);
        QVERIFY(head.body.isEmpty());
        FapiResponse get = c.get(QStringLiteral("/v1/health"));
        EMU_EXPECT_STATUS(get, 200);
    }

    void jwksEndpoints()
    {
        const QJsonObject v1 = fetchJwks(QStringLiteral("/v1/jwks"));
        const QJsonObject wellKnown = fetchJwks(QStringLiteral("/.well-known/jwks.json"));
        QVERIFY2(!v1.value(QLatin1String("keys")).toArray().isEmpty(), qPrintable(compactJson(v1)));
        QCOMPARE(wellKnown, v1);
        const QJsonObject key = v1.value(QLatin1String("keys")).toArray().at(0).toObject();
        QCOMPARE(key.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
        QCOMPARE(key.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(key.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        QVERIFY(!key.value(QLatin1String("kid")).toString().isEmpty());
        QVERIFY(!key.value(QLatin1String("n")).toString().isEmpty());
        QVERIFY(!key.value(QLatin1String("e")).toString().isEmpty());
        QCOMPARE(key.value(QLatin1String("kid")).toString(), server.keyId());
    }

    void dateHeaderOnEveryResponse_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("environment") << QByteArray("GET") << QStringLiteral("/v1/environment") << 200;
        QTest::newRow("client") << QByteArray("GET") << QStringLiteral("/v1/client") << 200;
        QTest::newRow("health HEAD") << QByteArray("HEAD") << QStringLiteral("/v1/health") << 200;
        QTest::newRow("health GET") << QByteArray("GET") << QStringLiteral("/v1/health") << 200;
        QTest::newRow("jwks") << QByteArray("GET") << QStringLiteral("/v1/jwks") << 200;
        QTest::newRow("well-known jwks") << QByteArray("GET") << QStringLiteral("/.well-known/jwks.json") << 200;
        QTest::newRow("404 unknown session") << QByteArray("POST")
                                             << QStringLiteral("/v1/client/sessions/sess_nope/tokens") << 404;
        QTest::newRow("405 wrong method") << QByteArray("PUT") << QStringLiteral("/v1/environment") << 405;
    }
    void dateHeaderOnEveryResponse()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        FapiResponse r = c.request(method, path);
        EMU_EXPECT_STATUS(r, status);
        QVERIFY2(r.hasHeader("Date"), qPrintable(r.describe()));
        const QDateTime date = parseHttpDate(r.header("Date"));
        QVERIFY2(date.isValid(), r.header("Date").constData());
        // The server clock is the real clock (offset 0): the Date is today, not some fixed value.
        QVERIFY2(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 600, r.header("Date").constData());
    }

    void clockOffsetShiftsDateAndTokens()
    {
        const qint64 dayMs = 24 * 3600 * 1000LL;
        FapiResponse s = settings({{QStringLiteral("clock_offset_ms"), double(dayMs)}});
        EMU_EXPECT_STATUS(s, 200);
        FapiResponse got = c.control("GET", QStringLiteral("/__emulator/settings"));
        EMU_EXPECT_STATUS(got, 200);
        QCOMPARE(qint64(got.object().value(QLatin1String("clock_offset_ms")).toDouble()), dayMs);

        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        const QDateTime date = parseHttpDate(flow.last.header("Date"));
        QVERIFY2(date.isValid(), flow.last.header("Date").constData());
        const qint64 shift = QDateTime::currentDateTimeUtc().secsTo(date);
        QVERIFY2(shift > 23 * 3600 && shift < 25 * 3600, qPrintable(QString::number(shift)));
        FapiResponse t = mint(flow.sessionId);
        EMU_EXPECT_STATUS(t, 200);
        const Jwt jwt = decodeJwt(t.object().value(QLatin1String("jwt")).toString());
        QVERIFY2(jwt.ok, qPrintable(jwt.problem));
        const qint64 iatShift = claimSeconds(jwt.payload, "iat") - QDateTime::currentSecsSinceEpoch();
        QVERIFY2(iatShift > 23 * 3600 && iatShift < 25 * 3600, qPrintable(QString::number(iatShift)));
    }

    void frozenClockMintsTheSameTokenAgain()
    {
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        EMU_EXPECT_STATUS(settings({{QStringLiteral("clock_frozen"), true}}), 200);
        FapiResponse first = mint(flow.sessionId);
        EMU_EXPECT_STATUS(first, 200);
        const QString jwt = first.object().value(QLatin1String("jwt")).toString();
        const qint64 iat = claimSeconds(decodeJwt(jwt).payload, "iat");
        // Real time moves past the token's second; the server's does not.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > iat, 5000);
        FapiResponse second = mint(flow.sessionId);
        EMU_EXPECT_STATUS(second, 200);
        QCOMPARE(second.object().value(QLatin1String("jwt")).toString(), jwt);

        // The offset still moves a frozen clock, by exactly its change.
        EMU_EXPECT_STATUS(settings({{QStringLiteral("clock_offset_ms"), 3600 * 1000.0}}), 200);
        FapiResponse later = mint(flow.sessionId);
        EMU_EXPECT_STATUS(later, 200);
        QCOMPARE(claimSeconds(decodeJwt(later.object().value(QLatin1String("jwt")).toString()).payload, "iat"),
                 iat + 3600);

        EMU_EXPECT_STATUS(settings({{QStringLiteral("clock_frozen"), false}}), 200);
        FapiResponse got = c.control("GET", QStringLiteral("/__emulator/settings"));
        QCOMPARE(got.object().value(QLatin1String("clock_frozen")).toBool(), false);
        // It runs on from where it stood.
        const qint64 runningIat =
            claimSeconds(decodeJwt(mint(flow.sessionId).object().value(QLatin1String("jwt")).toString()).payload,
                         "iat");
        QVERIFY2(runningIat >= iat + 3600 && runningIat < iat + 3600 + 60, qPrintable(QString::number(runningIat)));
    }

    // --- password sign-in and the session JWT ------------------------------------------------------------------
    void passwordSignInGivesVerifiableSessionJwt()
    {
        const QByteArray origin = QByteArrayLiteral("http://localhost:5173");
        c.setOrigin(origin);
        FapiResponse created =
            c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("identifier"), Seed::janeEmail}});
        EMU_EXPECT_STATUS(created, 200);
        QVERIFY2(created.hasHeader("Authorization"), qPrintable(created.describe()));
        QCOMPARE(created.response().value(QLatin1String("object")).toString(), QStringLiteral("sign_in_attempt"));
        QCOMPARE(created.response().value(QLatin1String("status")).toString(), QStringLiteral("needs_first_factor"));
        QVERIFY(!factorIn(created.response(), QStringLiteral("password")).isEmpty());
        const QString signInId = created.response().value(QLatin1String("id")).toString();
        const QByteArray tokenBefore = c.clientToken();
        QVERIFY(!tokenBefore.isEmpty());
        QVERIFY2(!tokenBefore.startsWith("Bearer"), tokenBefore.constData());

        FapiResponse attempt = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(signInId),
                                      {{QStringLiteral("strategy"), QStringLiteral("password")},
                                       {QStringLiteral("password"), Seed::janePassword}});
        EMU_EXPECT_STATUS(attempt, 200);
        QVERIFY2(attempt.hasHeader("Authorization"), qPrintable(attempt.describe()));
        QVERIFY(!attempt.header("Authorization").startsWith("Bearer"));
        QCOMPARE(attempt.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        const QString sid = attempt.response().value(QLatin1String("created_session_id")).toString();
        QVERIFY(sid.startsWith(QLatin1String("sess_")));
        QCOMPARE(attempt.client().value(QLatin1String("last_active_session_id")).toString(), sid);

        const QJsonObject session = sessionIn(attempt.client(), sid);
        QVERIFY2(!session.isEmpty(), qPrintable(attempt.describe()));
        QCOMPARE(session.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QCOMPARE(session.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString(), Seed::janeId);
        const QString token =
            session.value(QLatin1String("last_active_token")).toObject().value(QLatin1String("jwt")).toString();
        QVERIFY2(!token.isEmpty(), qPrintable(compactJson(session)));

        const QJsonObject jwks = fetchJwks(QStringLiteral("/v1/jwks"));
        const QJsonObject jwksWellKnown = fetchJwks(QStringLiteral("/.well-known/jwks.json"));
        Jwt jwt;
        QString problem = verifyJwtAgainstJwks(token, jwks, &jwt);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = verifyJwtAgainstJwks(token, jwksWellKnown);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The verifier is not trivially accepting: a tampered payload must fail.
        QJsonObject forged = jwt.payload;
        forged.insert(QStringLiteral("sub"), QStringLiteral("user_someone_else"));
        const QByteArray forgedInput = jwt.signingInput.split('.').at(0) + '.'
                                       + QJsonDocument(forged).toJson(QJsonDocument::Compact).toBase64(
                                           QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(!verifyRs256(forgedInput, jwt.signature, jwkFor(jwks, jwt.header.value(QLatin1String("kid")).toString()))
                     .isEmpty());

        // Header.
        QCOMPARE(jwt.header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(jwt.header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(jwt.header.value(QLatin1String("kid")).toString(),
                 jwks.value(QLatin1String("keys")).toArray().at(0).toObject().value(QLatin1String("kid")).toString());
        // Claims.
        const QJsonObject &p = jwt.payload;
        QCOMPARE(p.value(QLatin1String("sub")).toString(), Seed::janeId);
        QCOMPARE(p.value(QLatin1String("sid")).toString(), sid);
        QCOMPARE(p.value(QLatin1String("iss")).toString(), server.issuer());
        QVERIFY2(p.value(QLatin1String("iss")).toString().contains(server.instanceHost()), qPrintable(compactJson(p)));
        QCOMPARE(p.value(QLatin1String("azp")).toString(), QString::fromLatin1(origin));
        const qint64 iat = claimSeconds(p, "iat");
        QVERIFY2(qAbs(iat - QDateTime::currentSecsSinceEpoch()) < 600, qPrintable(compactJson(p)));
        QCOMPARE(claimSeconds(p, "nbf"), iat - 5);
        QCOMPARE(claimSeconds(p, "exp") - iat, qint64(60)); // the default token TTL
        QVERIFY2(p.contains(QLatin1String("fva")), qPrintable(compactJson(p)));
        QCOMPARE(p.value(QLatin1String("v")).toInt(), 2);
        QVERIFY2(!p.contains(QLatin1String("o")), qPrintable(compactJson(p))); // no active organization yet
    }

    void mintedTokensUseConfiguredTtl()
    {
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        const QJsonObject jwks = fetchJwks();

        FapiResponse before = mint(flow.sessionId);
        EMU_EXPECT_STATUS(before, 200);
        QCOMPARE(before.object().value(QLatin1String("object")).toString(), QStringLiteral("token"));
        Jwt jwt;
        QString problem = verifyJwtAgainstJwks(before.object().value(QLatin1String("jwt")).toString(), jwks, &jwt);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(claimSeconds(jwt.payload, "exp") - claimSeconds(jwt.payload, "iat"), qint64(60));

        FapiResponse s = settings({{QStringLiteral("token_ttl"), 2}});
        EMU_EXPECT_STATUS(s, 200);
        FapiResponse got = c.control("GET", QStringLiteral("/__emulator/settings"));
        QCOMPARE(got.object().value(QLatin1String("token_ttl")).toInt(), 2);

        FapiResponse after = mint(flow.sessionId);
        EMU_EXPECT_STATUS(after, 200);
        problem = verifyJwtAgainstJwks(after.object().value(QLatin1String("jwt")).toString(), jwks, &jwt);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(claimSeconds(jwt.payload, "exp") - claimSeconds(jwt.payload, "iat"), qint64(2));
        QCOMPARE(claimSeconds(jwt.payload, "nbf"), claimSeconds(jwt.payload, "iat") - 5);
        QCOMPARE(jwt.payload.value(QLatin1String("sid")).toString(), flow.sessionId);

        // After the TTL the token's exp is in the past while a newly minted one is valid again.
        const qint64 exp = claimSeconds(jwt.payload, "exp");
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > exp, 10000);
        FapiResponse fresh = mint(flow.sessionId);
        EMU_EXPECT_STATUS(fresh, 200);
        Jwt freshJwt = decodeJwt(fresh.object().value(QLatin1String("jwt")).toString());
        QVERIFY2(freshJwt.ok, qPrintable(freshJwt.problem));
        QVERIFY(claimSeconds(freshJwt.payload, "exp") > exp);
    }

    // --- code sign-ins -----------------------------------------------------------------------------------------
    void codeSignIn_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("idField");
        QTest::newRow("email_code") << Seed::janeEmail << QStringLiteral("email_code")
                                    << QStringLiteral("email_address_id");
        QTest::newRow("phone_code") << Seed::janePhone << QStringLiteral("phone_code")
                                    << QStringLiteral("phone_number_id");
    }
    void codeSignIn()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, strategy);
        QFETCH(QString, idField);
        FapiResponse created = c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("identifier"), identifier}});
        EMU_EXPECT_STATUS(created, 200);
        const QString signInId = created.response().value(QLatin1String("id")).toString();
        const QJsonObject factor = factorIn(created.response(), strategy);
        const QString identId = factor.value(idField).toString();
        QVERIFY2(identId.startsWith(QLatin1String("idn_")), qPrintable(created.describe()));

        FapiResponse prepared =
            c.post(QStringLiteral("/v1/client/sign_ins/%1/prepare_first_factor").arg(signInId),
                   {{QStringLiteral("strategy"), strategy}, {idField, identId}});
        EMU_EXPECT_STATUS(prepared, 200);
        const QJsonObject verification =
            prepared.response().value(QLatin1String("first_factor_verification")).toObject();
        QCOMPARE(verification.value(QLatin1String("strategy")).toString(), strategy);
        QCOMPARE(verification.value(QLatin1String("status")).toString(), QStringLiteral("unverified"));

        FapiResponse attempt =
            c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(signInId),
                   {{QStringLiteral("strategy"), strategy}, {QStringLiteral("code"), Seed::testCode}});
        EMU_EXPECT_STATUS(attempt, 200);
        QCOMPARE(attempt.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        const QString sid = attempt.response().value(QLatin1String("created_session_id")).toString();
        const QJsonObject session = sessionIn(attempt.client(), sid);
        QCOMPARE(session.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QCOMPARE(session.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString(), Seed::janeId);
        const QString token =
            session.value(QLatin1String("last_active_token")).toObject().value(QLatin1String("jwt")).toString();
        const QString problem = verifyJwtAgainstJwks(token, fetchJwks());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // --- second factor -----------------------------------------------------------------------------------------
    void secondFactorTotp()
    {
        FlowResult flow = signInWithPassword(c, Seed::bobEmail, Seed::bobPassword, QStringLiteral("needs_second_factor"));
        EMU_EXPECT_FLOW(flow);
        QVERIFY2(!factorIn(flow.last.response(), QStringLiteral("totp"), "supported_second_factors").isEmpty(),
                 qPrintable(flow.last.describe()));
        QVERIFY2(!factorIn(flow.last.response(), QStringLiteral("backup_code"), "supported_second_factors").isEmpty(),
                 qPrintable(flow.last.describe()));
        QVERIFY(flow.last.response().value(QLatin1String("created_session_id")).isNull());

        // Avoid computing a code in the last seconds of its 30 s step.
        while (QDateTime::currentSecsSinceEpoch() % 30 >= 27)
            QTest::qWait(500);
        const QString code = totp(base32Decode(Seed::bobTotpSecret), QDateTime::currentSecsSinceEpoch());
        FapiResponse attempt = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_second_factor").arg(flow.signInId),
                                      {{QStringLiteral("strategy"), QStringLiteral("totp")},
                                       {QStringLiteral("code"), code}});
        EMU_EXPECT_STATUS(attempt, 200);
        QCOMPARE(attempt.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        // The spec's Stubs.Verification.TOTP.
        const QJsonObject verification = attempt.response().value(QLatin1String("second_factor_verification")).toObject();
        QCOMPARE(verification.value(QLatin1String("object")).toString(), QStringLiteral("verification_totp"));
        QCOMPARE(verification.value(QLatin1String("strategy")).toString(), QStringLiteral("totp"));
        QCOMPARE(verification.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
        const QString sid = attempt.response().value(QLatin1String("created_session_id")).toString();
        const QJsonObject session = sessionIn(attempt.client(), sid);
        QCOMPARE(session.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString(), Seed::bobId);
        const QString token =
            session.value(QLatin1String("last_active_token")).toObject().value(QLatin1String("jwt")).toString();
        Jwt jwt;
        const QString problem = verifyJwtAgainstJwks(token, fetchJwks(), &jwt);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(jwt.payload.value(QLatin1String("sub")).toString(), Seed::bobId);
    }

    // Stubs.Verification.TOTP: status is unverified or verified, nothing else, even once attempts run out.
    void lockedTotpStaysASpecVerification()
    {
        const FlowResult flow = signInWithPassword(c, Seed::bobEmail, Seed::bobPassword,
                                                   QStringLiteral("needs_second_factor"));
        EMU_EXPECT_FLOW(flow);
        const QString attempt = QStringLiteral("/v1/client/sign_ins/%1/attempt_second_factor").arg(flow.signInId);
        const FormFields wrong{{QStringLiteral("strategy"), QStringLiteral("totp")},
                               {QStringLiteral("code"), QStringLiteral("abcdef")}}; // never a TOTP code
        FapiResponse r = c.post(attempt, wrong);
        for (int i = 0; i < 20 && r.status == 422; ++i)
            r = c.post(attempt, wrong);
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("verification_failed"));
        FapiResponse signIn = c.get(QStringLiteral("/v1/client/sign_ins/") + flow.signInId);
        EMU_EXPECT_STATUS(signIn, 200);
        const QJsonObject v = signIn.response().value(QLatin1String("second_factor_verification")).toObject();
        QCOMPARE(v.value(QLatin1String("object")).toString(), QStringLiteral("verification_totp"));
        QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("unverified"));
    }

    // Stubs.Verification.Oauth requires expire_at, also on the sign-up an OAuth transfer makes.
    void oauthTransferVerifiesTheEmailFromOAuth()
    {
        FapiResponse created = c.post(QStringLiteral("/v1/client/sign_ins"),
                                      {{QStringLiteral("strategy"), QStringLiteral("oauth_google")},
                                       {QStringLiteral("redirect_url"), QStringLiteral("com.example.app://callback")}});
        EMU_EXPECT_STATUS(created, 200);
        // The seeded Google account "google-newbie" belongs to no user: the sign-in becomes transferable.
        QUrl provider(created.response().value(QLatin1String("first_factor_verification")).toObject()
                          .value(QLatin1String("external_verification_redirect_url")).toString());
        FapiResponse page = c.get(provider.path() + QLatin1Char('?') + provider.query() + QStringLiteral("&account=google-newbie"));
        EMU_EXPECT_STATUS(page, 302);
        const QUrl callback(QString::fromUtf8(page.header("Location")));
        FapiResponse back = c.get(callback.path() + QLatin1Char('?') + callback.query());
        EMU_EXPECT_STATUS(back, 302);

        FapiResponse signUp = c.post(QStringLiteral("/v1/client/sign_ups"), {{QStringLiteral("transfer"), QStringLiteral("true")}});
        EMU_EXPECT_STATUS(signUp, 200);
        const QJsonObject v = signUp.response().value(QLatin1String("verifications")).toObject()
                                  .value(QLatin1String("email_address")).toObject();
        // The spec's Client.SignUp.Verifications: an email address the provider vouched for is a
        // Stubs.Verification.FromOauth (the account itself would be a verification_oauth).
        QCOMPARE(v.value(QLatin1String("object")).toString(), QStringLiteral("verification_from_oauth"));
        QCOMPARE(v.value(QLatin1String("strategy")).toString(), QStringLiteral("from_oauth_google"));
        QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
    }

    void backupCodeIsSingleUse()
    {
        auto attemptBackup = [this](const QString &signInId, const QString &code) {
            return c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_second_factor").arg(signInId),
                          {{QStringLiteral("strategy"), QStringLiteral("backup_code")}, {QStringLiteral("code"), code}});
        };
        FlowResult first = signInWithPassword(c, Seed::bobEmail, Seed::bobPassword, QStringLiteral("needs_second_factor"));
        EMU_EXPECT_FLOW(first);
        FapiResponse ok = attemptBackup(first.signInId, QStringLiteral("bkp-11111111"));
        EMU_EXPECT_STATUS(ok, 200);
        QCOMPARE(ok.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));

        c.forgetClient(); // another device
        FlowResult second = signInWithPassword(c, Seed::bobEmail, Seed::bobPassword, QStringLiteral("needs_second_factor"));
        EMU_EXPECT_FLOW(second);
        FapiResponse reused = attemptBackup(second.signInId, QStringLiteral("bkp-11111111"));
        EMU_EXPECT_STATUS(reused, 422);
        QCOMPARE(reused.errorCode(), QStringLiteral("form_code_incorrect"));
        QVERIFY2(envelopeProblem(reused).isEmpty(), qPrintable(envelopeProblem(reused)));

        FapiResponse other = attemptBackup(second.signInId, QStringLiteral("bkp-22222222"));
        EMU_EXPECT_STATUS(other, 200);
        QCOMPARE(other.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
    }

    // --- sign-up -----------------------------------------------------------------------------------------------
    void signUpWithEmailCode()
    {
        const QString email = uniqueEmail();
        const QString password = QStringLiteral("a-fine-password-42");
        FapiResponse created = c.post(QStringLiteral("/v1/client/sign_ups"),
                                      {{QStringLiteral("email_address"), email},
                                       {QStringLiteral("password"), password},
                                       {QStringLiteral("first_name"), QStringLiteral("Grace")},
                                       {QStringLiteral("last_name"), QStringLiteral("Hopper")}});
        EMU_EXPECT_STATUS(created, 200);
        const QJsonObject signUp = created.response();
        QCOMPARE(signUp.value(QLatin1String("object")).toString(), QStringLiteral("sign_up_attempt"));
        QCOMPARE(signUp.value(QLatin1String("status")).toString(), QStringLiteral("missing_requirements"));
        QVERIFY2(signUp.value(QLatin1String("unverified_fields")).toArray().contains(QStringLiteral("email_address")),
                 qPrintable(created.describe()));
        QCOMPARE(signUp.value(QLatin1String("email_address")).toString(), email);
        const QString signUpId = signUp.value(QLatin1String("id")).toString();
        const QByteArray tokenBefore = c.clientToken();
        QVERIFY(!tokenBefore.isEmpty());

        FapiResponse prepared = c.post(QStringLiteral("/v1/client/sign_ups/%1/prepare_verification").arg(signUpId),
                                       {{QStringLiteral("strategy"), QStringLiteral("email_code")}});
        EMU_EXPECT_STATUS(prepared, 200);
        const QJsonObject v = prepared.response()
                                  .value(QLatin1String("verifications")).toObject()
                                  .value(QLatin1String("email_address")).toObject();
        QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("unverified"));
        QCOMPARE(v.value(QLatin1String("strategy")).toString(), QStringLiteral("email_code"));

        FapiResponse attempt = c.post(QStringLiteral("/v1/client/sign_ups/%1/attempt_verification").arg(signUpId),
                                      {{QStringLiteral("strategy"), QStringLiteral("email_code")},
                                       {QStringLiteral("code"), Seed::testCode}});
        EMU_EXPECT_STATUS(attempt, 200);
        QCOMPARE(attempt.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        const QString sid = attempt.response().value(QLatin1String("created_session_id")).toString();
        const QString uid = attempt.response().value(QLatin1String("created_user_id")).toString();
        QVERIFY2(sid.startsWith(QLatin1String("sess_")), qPrintable(attempt.describe()));
        QVERIFY2(uid.startsWith(QLatin1String("user_")), qPrintable(attempt.describe()));
        QVERIFY2(c.clientToken() != tokenBefore, "a completed sign-up must rotate the client token");
        const QJsonObject session = sessionIn(attempt.client(), sid);
        QCOMPARE(session.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        const QJsonObject user = session.value(QLatin1String("user")).toObject();
        QCOMPARE(user.value(QLatin1String("id")).toString(), uid);
        QCOMPARE(user.value(QLatin1String("first_name")).toString(), QStringLiteral("Grace"));
        Jwt jwt;
        const QString problem = verifyJwtAgainstJwks(
            session.value(QLatin1String("last_active_token")).toObject().value(QLatin1String("jwt")).toString(),
            fetchJwks(), &jwt);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(jwt.payload.value(QLatin1String("sub")).toString(), uid);

        // The new user signs in with its password on another device.
        c.forgetClient();
        FlowResult again = signInWithPassword(c, email, password);
        EMU_EXPECT_FLOW(again);
    }

    // --- client token ------------------------------------------------------------------------------------------
    void clientTokenRotatesOnSignIn()
    {
        RequestOptions probe;
        probe.captureToken = false;
        probe.overrideToken = true;

        FapiResponse first = c.get(QStringLiteral("/v1/client"));
        EMU_EXPECT_STATUS(first, 200);
        const QByteArray t0 = c.clientToken();
        QVERIFY2(!t0.isEmpty(), "the first FAPI response must hand out a client token");

        FlowResult jane = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(jane);
        const QByteArray t1 = c.clientToken();
        QVERIFY2(t1 != t0, "a completed sign-in must rotate the client token");

        probe.tokenOverride = t0; // the previous token stays accepted until the next rotation
        FapiResponse withT0 = c.get(QStringLiteral("/v1/client"), probe);
        EMU_EXPECT_STATUS(withT0, 200);

        FlowResult ada = signInWithPassword(c, Seed::adaEmail, Seed::adaPassword);
        EMU_EXPECT_FLOW(ada);
        const QByteArray t2 = c.clientToken();
        QVERIFY(t2 != t1 && t2 != t0);

        probe.tokenOverride = t0;
        FapiResponse stale = c.get(QStringLiteral("/v1/client"), probe);
        EMU_EXPECT_STATUS(stale, 401);
        QCOMPARE(stale.errorCode(), QStringLiteral("signed_out"));
        QVERIFY2(envelopeProblem(stale).isEmpty(), qPrintable(envelopeProblem(stale)));

        probe.tokenOverride = t1;
        FapiResponse previous = c.get(QStringLiteral("/v1/client"), probe);
        EMU_EXPECT_STATUS(previous, 200);
        FapiResponse current = c.get(QStringLiteral("/v1/client"));
        EMU_EXPECT_STATUS(current, 200);
        QCOMPARE(current.response().value(QLatin1String("sessions")).toArray().size(), 2);
    }

    void revokedOrUnknownClientIsSignedOut_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QStringList>("codes");
        const QStringList signedOut{QStringLiteral("signed_out")};
        QTest::newRow("revoked client") << QStringLiteral("revoke") << signedOut;
        QTest::newRow("unknown JWT-shaped token") << QStringLiteral("unknown") << signedOut;
        QTest::newRow("placeholder jwt") << QStringLiteral("jwt") << signedOut;
        // README: a token that is not even JWT-shaped gets 401 authentication_invalid.
        QTest::newRow("malformed token") << QStringLiteral("malformed")
                                         << QStringList{QStringLiteral("authentication_invalid")};
    }
    void revokedOrUnknownClientIsSignedOut()
    {
        QFETCH(QString, how);
        QFETCH(QStringList, codes);
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        if (how == QLatin1String("revoke")) {
            FapiResponse cl = c.get(QStringLiteral("/v1/client"));
            EMU_EXPECT_STATUS(cl, 200);
            const QString clientId = cl.response().value(QLatin1String("id")).toString();
            QVERIFY2(clientId.startsWith(QLatin1String("client_")), qPrintable(cl.describe()));
            FapiResponse rv = c.control("POST", QStringLiteral("/__emulator/clients/%1/revoke").arg(clientId));
            EMU_EXPECT_STATUS(rv, 200);
        } else {
            const QByteArray token = how == QLatin1String("unknown") ? unknownClientToken()
                                     : how == QLatin1String("jwt")   ? QByteArrayLiteral("e30=.e30=.e30=")
                                                                     : QByteArrayLiteral("not-a-client-token");
            c.setClientToken(token);
        }
        for (const QString &path : {QStringLiteral("/v1/client"), QStringLiteral("/v1/me")}) {
            FapiResponse r = c.get(path);
            EMU_EXPECT_STATUS(r, 401);
            QVERIFY2(codes.contains(r.errorCode()), qPrintable(r.describe()));
            QVERIFY2(envelopeProblem(r).isEmpty(), qPrintable(envelopeProblem(r)));
        }
        FapiResponse t = mint(flow.sessionId);
        EMU_EXPECT_STATUS(t, 401);
        QVERIFY2(codes.contains(t.errorCode()), qPrintable(t.describe()));
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorFlowsSignIn)
#include "tst_emulator_flows_signin.moc"
