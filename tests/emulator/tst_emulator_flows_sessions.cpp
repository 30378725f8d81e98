// End-to-end FAPI flows against the emulator over real HTTP on loopback, as a native Clerk client drives them:
// organizations and templates, sessions, /me, method override, the control API, concurrency. (Endpoints,
// sign-in, sign-up and client tokens are in tst_emulator_flows_signin.cpp.)
#include "flowsfixture.h"

#include <QtTest>

using namespace EmuTest;

class tst_EmulatorFlowsSessions : public FlowsTestCase
{
    Q_OBJECT

private slots:
    // --- organizations and templates ---------------------------------------------------------------------------
    void touchSwitchesOrganization()
    {
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        const QJsonObject jwks = fetchJwks();
        const QString touchPath = QStringLiteral("/v1/client/sessions/%1/touch").arg(flow.sessionId);

        FapiResponse touched = c.post(touchPath, {{QStringLiteral("active_organization_id"), Seed::acmeId}});
        EMU_EXPECT_STATUS(touched, 200);
        QCOMPARE(touched.response().value(QLatin1String("last_active_organization_id")).toString(), Seed::acmeId);
        FapiResponse t = mint(flow.sessionId);
        EMU_EXPECT_STATUS(t, 200);
        Jwt jwt;
        QString problem = verifyJwtAgainstJwks(t.object().value(QLatin1String("jwt")).toString(), jwks, &jwt);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(jwt.payload.value(QLatin1String("v")).toInt(), 2);
        QJsonObject o = jwt.payload.value(QLatin1String("o")).toObject();
        QVERIFY2(!o.isEmpty(), qPrintable(compactJson(jwt.payload)));
        QCOMPARE(o.value(QLatin1String("id")).toString(), Seed::acmeId);
        QCOMPARE(o.value(QLatin1String("slg")).toString(), QStringLiteral("acme"));
        QVERIFY2(o.value(QLatin1String("rol")).toString().endsWith(QLatin1String("admin")), qPrintable(compactJson(o)));
        // Acme's membership has no custom permissions, so `per` may be absent or empty; Globex's has some.
        QVERIFY2(!jwt.payload.contains(QLatin1String("org_id")), "v2 tokens carry `o`, not the v1 org claims");

        touched = c.post(touchPath, {{QStringLiteral("active_organization_id"), Seed::globexId}});
        EMU_EXPECT_STATUS(touched, 200);
        t = mint(flow.sessionId);
        EMU_EXPECT_STATUS(t, 200);
        problem = verifyJwtAgainstJwks(t.object().value(QLatin1String("jwt")).toString(), jwks, &jwt);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        o = jwt.payload.value(QLatin1String("o")).toObject();
        QCOMPARE(o.value(QLatin1String("id")).toString(), Seed::globexId);
        QCOMPARE(o.value(QLatin1String("slg")).toString(), QStringLiteral("globex"));
        QVERIFY2(o.value(QLatin1String("rol")).toString().endsWith(QLatin1String("member")), qPrintable(compactJson(o)));
        // Seeded permissions org:sys_profile:read, org:invoices:read → the custom one appears in `per` (v2 names
        // the permission without its feature, e.g. "read", with the feature in `fea`/`fpm`).
        QVERIFY2(o.value(QLatin1String("per")).isString() && o.value(QLatin1String("per")).toString().contains(QLatin1String("read")),
                 qPrintable(compactJson(jwt.payload)));

        // Empty = personal account: no organization claim any more.
        touched = c.post(touchPath, {{QStringLiteral("active_organization_id"), QString()}});
        EMU_EXPECT_STATUS(touched, 200);
        QVERIFY2(touched.response().value(QLatin1String("last_active_organization_id")).isNull(),
                 qPrintable(touched.describe()));
        t = mint(flow.sessionId);
        EMU_EXPECT_STATUS(t, 200);
        jwt = decodeJwt(t.object().value(QLatin1String("jwt")).toString());
        QVERIFY2(jwt.ok, qPrintable(jwt.problem));
        QVERIFY2(!jwt.payload.contains(QLatin1String("o")), qPrintable(compactJson(jwt.payload)));

        // organization_id on /tokens mints for that organization.
        t = mint(flow.sessionId, {}, {{QStringLiteral("organization_id"), Seed::acmeId}});
        EMU_EXPECT_STATUS(t, 200);
        jwt = decodeJwt(t.object().value(QLatin1String("jwt")).toString());
        QCOMPARE(jwt.payload.value(QLatin1String("o")).toObject().value(QLatin1String("id")).toString(), Seed::acmeId);
    }

    void templateTokenCarriesTemplateClaims()
    {
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        FapiResponse touched = c.post(QStringLiteral("/v1/client/sessions/%1/touch").arg(flow.sessionId),
                                      {{QStringLiteral("active_organization_id"), Seed::acmeId}});
        EMU_EXPECT_STATUS(touched, 200);
        FapiResponse t = mint(flow.sessionId, QStringLiteral("api"));
        EMU_EXPECT_STATUS(t, 200);
        QCOMPARE(t.object().value(QLatin1String("object")).toString(), QStringLiteral("token"));
        Jwt jwt;
        const QString problem = verifyJwtAgainstJwks(t.object().value(QLatin1String("jwt")).toString(), fetchJwks(), &jwt);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonObject &p = jwt.payload;
        const QJsonValue aud = p.value(QLatin1String("aud"));
        QVERIFY2(aud.toString() == QLatin1String("clerk-qt-demo-api")
                     || aud.toArray().contains(QStringLiteral("clerk-qt-demo-api")),
                 qPrintable(compactJson(p)));
        QCOMPARE(p.value(QLatin1String("email")).toString(), Seed::janeEmail);
        QCOMPARE(p.value(QLatin1String("name")).toString(), QStringLiteral("Jane Doe"));
        QCOMPARE(p.value(QLatin1String("plan")).toString(), QStringLiteral("pro"));
        QCOMPARE(p.value(QLatin1String("org")).toString(), QStringLiteral("acme"));
        QCOMPARE(p.value(QLatin1String("sub")).toString(), Seed::janeId);
        QCOMPARE(claimSeconds(p, "exp") - claimSeconds(p, "iat"), qint64(120));

        // The spec's createSessionTokenWithTemplate answers 200, 401 or 404 (no 422): a missing template is 404.
        FapiResponse unknown = mint(flow.sessionId, QStringLiteral("no_such_template"));
        EMU_EXPECT_STATUS(unknown, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("resource_not_found"));
        QVERIFY2(envelopeProblem(unknown).isEmpty(), qPrintable(envelopeProblem(unknown)));
    }

    // --- sessions ----------------------------------------------------------------------------------------------
    void endAndRemoveSession_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("status");
        QTest::newRow("end") << QStringLiteral("end") << QStringLiteral("ended");
        QTest::newRow("remove") << QStringLiteral("remove") << QStringLiteral("removed");
    }
    void endAndRemoveSession()
    {
        QFETCH(QString, action);
        QFETCH(QString, status);
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        FapiResponse r = c.post(QStringLiteral("/v1/client/sessions/%1/%2").arg(flow.sessionId, action));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("session"));
        QCOMPARE(r.response().value(QLatin1String("id")).toString(), flow.sessionId);
        QCOMPARE(r.response().value(QLatin1String("status")).toString(), status);
        const QJsonObject inClient = sessionIn(r.client(), flow.sessionId);
        QVERIFY2(inClient.isEmpty() || inClient.value(QLatin1String("status")).toString() != QLatin1String("active"),
                 qPrintable(r.describe()));
        // Reference README: 401 signed_out is Clerk's answer once the client token has no valid session.
        FapiResponse t = mint(flow.sessionId);
        EMU_EXPECT_STATUS(t, 401);
        QCOMPARE(t.errorCode(), QStringLiteral("signed_out"));
        QVERIFY2(envelopeProblem(t).isEmpty(), qPrintable(envelopeProblem(t)));
    }

    void multiSessionOnOneClient()
    {
        FlowResult jane = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(jane);
        FlowResult ada = signInWithPassword(c, Seed::adaEmail, Seed::adaPassword);
        EMU_EXPECT_FLOW(ada);
        QVERIFY(jane.sessionId != ada.sessionId);

        FapiResponse cl = c.get(QStringLiteral("/v1/client"));
        EMU_EXPECT_STATUS(cl, 200);
        const QJsonObject client = cl.response();
        QCOMPARE(client.value(QLatin1String("sessions")).toArray().size(), 2);
        QCOMPARE(client.value(QLatin1String("last_active_session_id")).toString(), ada.sessionId);
        for (const auto &pair : {qMakePair(jane.sessionId, Seed::janeId), qMakePair(ada.sessionId, Seed::adaId)}) {
            const QJsonObject s = sessionIn(client, pair.first);
            QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("active"));
            QCOMPARE(s.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString(), pair.second);
            FapiResponse t = mint(pair.first);
            EMU_EXPECT_STATUS(t, 200);
            const Jwt jwt = decodeJwt(t.object().value(QLatin1String("jwt")).toString());
            QCOMPARE(jwt.payload.value(QLatin1String("sub")).toString(), pair.second);
            QCOMPARE(jwt.payload.value(QLatin1String("sid")).toString(), pair.first);
        }
        FapiResponse meDefault = c.get(QStringLiteral("/v1/me"));
        EMU_EXPECT_STATUS(meDefault, 200);
        QCOMPARE(meDefault.response().value(QLatin1String("id")).toString(), Seed::adaId);
        FapiResponse meJane = c.get(QStringLiteral("/v1/me?_clerk_session_id=%1").arg(jane.sessionId));
        EMU_EXPECT_STATUS(meJane, 200);
        QCOMPARE(meJane.response().value(QLatin1String("id")).toString(), Seed::janeId);
    }

    // --- /v1/me ------------------------------------------------------------------------------------------------
    void meGetPatchDelete()
    {
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        FapiResponse me = c.get(QStringLiteral("/v1/me"));
        EMU_EXPECT_STATUS(me, 200);
        QCOMPARE(me.response().value(QLatin1String("object")).toString(), QStringLiteral("user"));
        QCOMPARE(me.response().value(QLatin1String("id")).toString(), Seed::janeId);
        QCOMPARE(me.response().value(QLatin1String("first_name")).toString(), QStringLiteral("Jane"));
        QCOMPARE(me.response().value(QLatin1String("email_addresses")).toArray().at(0).toObject()
                     .value(QLatin1String("email_address")).toString(),
                 Seed::janeEmail);

        FapiResponse patched = c.request("PATCH", QStringLiteral("/v1/me"),
                                         {{QStringLiteral("first_name"), QStringLiteral("Janet")},
                                          {QStringLiteral("last_name"), QStringLiteral("Smith")}});
        EMU_EXPECT_STATUS(patched, 200);
        QCOMPARE(patched.response().value(QLatin1String("first_name")).toString(), QStringLiteral("Janet"));
        QCOMPARE(patched.response().value(QLatin1String("last_name")).toString(), QStringLiteral("Smith"));
        me = c.get(QStringLiteral("/v1/me"));
        QCOMPARE(me.response().value(QLatin1String("first_name")).toString(), QStringLiteral("Janet"));
        QCOMPARE(me.response().value(QLatin1String("last_name")).toString(), QStringLiteral("Smith"));

        // API version 2026-05-12: unsafe_metadata is refused by PATCH /v1/me and deep-merged by PATCH /v1/me/metadata.
        FapiResponse refused = c.request("PATCH", QStringLiteral("/v1/me"),
                                         {{QStringLiteral("unsafe_metadata"), QStringLiteral("{\"a\":1}")}});
        EMU_EXPECT_STATUS(refused, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("form_param_unknown"));
        FapiResponse merged = c.request("PATCH", QStringLiteral("/v1/me/metadata"),
                                        {{QStringLiteral("unsafe_metadata"), QStringLiteral("{\"a\":{\"x\":1},\"b\":2}")}});
        EMU_EXPECT_STATUS(merged, 200);
        merged = c.request("PATCH", QStringLiteral("/v1/me/metadata"),
                           {{QStringLiteral("unsafe_metadata"), QStringLiteral("{\"a\":{\"y\":2},\"b\":null}")}});
        EMU_EXPECT_STATUS(merged, 200);
        const QJsonObject meta = merged.response().value(QLatin1String("unsafe_metadata")).toObject();
        QCOMPARE(meta, (QJsonObject{{QStringLiteral("a"), QJsonObject{{QStringLiteral("x"), 1}, {QStringLiteral("y"), 2}}}}));
        FapiResponse missing = c.request("PATCH", QStringLiteral("/v1/me/metadata"), {});
        EMU_EXPECT_STATUS(missing, 422);
        QCOMPARE(missing.errorCode(), QStringLiteral("form_param_missing"));

        FapiResponse deleted = c.request("DELETE", QStringLiteral("/v1/me"));
        EMU_EXPECT_STATUS(deleted, 200);
        QCOMPARE(deleted.response().value(QLatin1String("id")).toString(), Seed::janeId);
        QCOMPARE(deleted.response().value(QLatin1String("object")).toString(), QStringLiteral("user"));
        QCOMPARE(deleted.response().value(QLatin1String("deleted")).toBool(), true);
        QVERIFY2(sessionIn(deleted.client(), flow.sessionId).value(QLatin1String("status")).toString()
                     != QLatin1String("active"),
                 qPrintable(deleted.describe()));

        c.forgetClient();
        FapiResponse gone = c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("identifier"), Seed::janeEmail}});
        EMU_EXPECT_STATUS(gone, 422);
        QCOMPARE(gone.errorCode(), QStringLiteral("form_identifier_not_found"));
    }

    void methodOverrideViaPost_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("_method=PATCH") << QStringLiteral("PATCH");
        QTest::newRow("_method=DELETE") << QStringLiteral("DELETE");
    }
    void methodOverrideViaPost()
    {
        QFETCH(QString, verb);
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        if (verb == QLatin1String("PATCH")) {
            FapiResponse r = c.post(QStringLiteral("/v1/me"), {{QStringLiteral("_method"), QStringLiteral("PATCH")},
                                                               {QStringLiteral("first_name"), QStringLiteral("Overridden")}});
            EMU_EXPECT_STATUS(r, 200);
            QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("user"));
            QCOMPARE(r.response().value(QLatin1String("first_name")).toString(), QStringLiteral("Overridden"));
            FapiResponse me = c.get(QStringLiteral("/v1/me"));
            QCOMPARE(me.response().value(QLatin1String("first_name")).toString(), QStringLiteral("Overridden"));
        } else {
            // POST /v1/client with _method=DELETE ends every session (a plain POST would create a client).
            FapiResponse r = c.post(QStringLiteral("/v1/client"), {{QStringLiteral("_method"), QStringLiteral("DELETE")}});
            EMU_EXPECT_STATUS(r, 200);
            // The same answer as DELETE /v1/client (see deleteClientEndsEverySession).
            FapiResponse after = c.get(QStringLiteral("/v1/client"));
            EMU_EXPECT_STATUS(after, 401);
            QCOMPARE(after.errorCode(), QStringLiteral("signed_out"));
        }
    }

    void deleteClientEndsEverySession()
    {
        FlowResult jane = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(jane);
        FlowResult ada = signInWithPassword(c, Seed::adaEmail, Seed::adaPassword);
        EMU_EXPECT_FLOW(ada);
        FapiResponse r = c.request("DELETE", QStringLiteral("/v1/client"));
        EMU_EXPECT_STATUS(r, 200);
        const QJsonArray remaining = r.response().value(QLatin1String("sessions")).toArray();
        for (const QJsonValue &s : remaining)
            QVERIFY2(s.toObject().value(QLatin1String("status")).toString() != QLatin1String("active"),
                     qPrintable(r.describe()));

        // The spec sets DELETE /v1/client/sessions apart as the one that keeps the __client cookie: this one
        // retires the client, and a token with no valid session behind it is 401 signed_out (reference README).
        FapiResponse after = c.get(QStringLiteral("/v1/client"));
        EMU_EXPECT_STATUS(after, 401);
        QCOMPARE(after.errorCode(), QStringLiteral("signed_out"));
        for (const QString &sid : {jane.sessionId, ada.sessionId}) {
            FapiResponse t = mint(sid);
            EMU_EXPECT_STATUS(t, 401);
            QCOMPARE(t.errorCode(), QStringLiteral("signed_out"));
        }
    }

    // --- more of the contract ----------------------------------------------------------------------------------
    void everyClientScopedResponseRepeatsTheToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("GET /v1/client") << QByteArray("GET") << QStringLiteral("/v1/client");
        QTest::newRow("GET /v1/me") << QByteArray("GET") << QStringLiteral("/v1/me");
        QTest::newRow("POST touch") << QByteArray("POST") << QStringLiteral("/v1/client/sessions/%1/touch");
        QTest::newRow("POST tokens") << QByteArray("POST") << QStringLiteral("/v1/client/sessions/%1/tokens");
    }
    void everyClientScopedResponseRepeatsTheToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        const QByteArray token = c.clientToken();
        FapiResponse r = c.request(method, path.contains(QLatin1String("%1")) ? path.arg(flow.sessionId) : path);
        EMU_EXPECT_STATUS(r, 200);
        QVERIFY2(r.hasHeader("Authorization"), qPrintable(r.describe()));
        QCOMPARE(r.header("Authorization"), token);
    }

    void controlApiCreatesUsersAndRevokesSessions()
    {
        const QJsonObject seedUser{{QStringLiteral("id"), QStringLiteral("user_2grace000000000000000000004")},
                                   {QStringLiteral("first_name"), QStringLiteral("Grace")},
                                   {QStringLiteral("last_name"), QStringLiteral("Hopper")},
                                   {QStringLiteral("email_addresses"), QJsonArray{QStringLiteral("grace+clerk_test@example.com")}},
                                   {QStringLiteral("password"), QStringLiteral("cobol-compiler-1959")}};
        // The control API is the emulator's own, not Clerk's: 200 is what it sends for every success.
        FapiResponse created = c.control("POST", QStringLiteral("/__emulator/users"), seedUser);
        EMU_EXPECT_STATUS(created, 200);
        QCOMPARE(created.object().value(QLatin1String("object")).toString(), QStringLiteral("user"));
        QCOMPARE(created.object().value(QLatin1String("id")).toString(), QStringLiteral("user_2grace000000000000000000004"));

        FlowResult grace = signInWithPassword(c, QStringLiteral("grace+clerk_test@example.com"),
                                              QStringLiteral("cobol-compiler-1959"));
        EMU_EXPECT_FLOW(grace);
        FapiResponse t = mint(grace.sessionId);
        EMU_EXPECT_STATUS(t, 200);

        FapiResponse rv = c.control("POST", QStringLiteral("/__emulator/sessions/%1/revoke").arg(grace.sessionId));
        EMU_EXPECT_STATUS(rv, 200);
        // Revoking a session leaves its client alive (200), and the client lists no session that is over: the
        // recorded DELETE /v1/me answers (user_details/*) show the same client with "sessions": [].
        FapiResponse cl = c.get(QStringLiteral("/v1/client"));
        EMU_EXPECT_STATUS(cl, 200);
        QVERIFY2(sessionIn(cl.response(), grace.sessionId).isEmpty(), qPrintable(cl.describe()));
        t = mint(grace.sessionId);
        EMU_EXPECT_STATUS(t, 401);
        QCOMPARE(t.errorCode(), QStringLiteral("signed_out"));
        QVERIFY2(envelopeProblem(t).isEmpty(), qPrintable(envelopeProblem(t)));

        // After a reset the user is gone again (back to the seed).
        FapiResponse reset = c.control("POST", QStringLiteral("/__emulator/reset"));
        EMU_EXPECT_STATUS(reset, 200);
        c.forgetClient();
        FapiResponse gone = c.post(QStringLiteral("/v1/client/sign_ins"),
                                   {{QStringLiteral("identifier"), QStringLiteral("grace+clerk_test@example.com")}});
        EMU_EXPECT_STATUS(gone, 422);
        QCOMPARE(gone.errorCode(), QStringLiteral("form_identifier_not_found"));
    }

    void sessionTokenVersion1OrgClaims()
    {
        QJsonObject seed = ClerkEmulator::Server::defaultSeed();
        QJsonObject instance = seed.value(QLatin1String("instance")).toObject();
        instance.insert(QStringLiteral("session_token_version"), 1);
        seed.insert(QStringLiteral("instance"), instance);
        QString error;
        QVERIFY2(server.loadSeed(seed, &error), qPrintable(error));
        c.forgetClient();

        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        FapiResponse touched = c.post(QStringLiteral("/v1/client/sessions/%1/touch").arg(flow.sessionId),
                                      {{QStringLiteral("active_organization_id"), Seed::globexId}});
        EMU_EXPECT_STATUS(touched, 200);
        FapiResponse t = mint(flow.sessionId);
        EMU_EXPECT_STATUS(t, 200);
        Jwt jwt;
        const QString problem = verifyJwtAgainstJwks(t.object().value(QLatin1String("jwt")).toString(), fetchJwks(), &jwt);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonObject &p = jwt.payload;
        QCOMPARE(p.value(QLatin1String("org_id")).toString(), Seed::globexId);
        QCOMPARE(p.value(QLatin1String("org_slug")).toString(), QStringLiteral("globex"));
        QCOMPARE(p.value(QLatin1String("org_role")).toString(), QStringLiteral("org:member"));
        QVERIFY2(p.value(QLatin1String("org_permissions")).toArray().contains(QStringLiteral("org:invoices:read")),
                 qPrintable(compactJson(p)));
        QVERIFY2(!p.contains(QLatin1String("o")), qPrintable(compactJson(p)));
        QVERIFY2(p.value(QLatin1String("v")).toInt(1) != 2, qPrintable(compactJson(p)));
    }

    void templateTokenStandardClaims()
    {
        const QByteArray origin = QByteArrayLiteral("https://app.example.test");
        c.setOrigin(origin);
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        FapiResponse a = mint(flow.sessionId, QStringLiteral("api"));
        FapiResponse b = mint(flow.sessionId, QStringLiteral("api"));
        EMU_EXPECT_STATUS(a, 200);
        EMU_EXPECT_STATUS(b, 200);
        const Jwt ja = decodeJwt(a.object().value(QLatin1String("jwt")).toString());
        const Jwt jb = decodeJwt(b.object().value(QLatin1String("jwt")).toString());
        QVERIFY2(ja.ok && jb.ok, qPrintable(ja.problem + jb.problem));
        for (const char *claim : {"azp", "exp", "iat", "iss", "jti", "nbf", "sub"})
            QVERIFY2(ja.payload.contains(QLatin1String(claim)), qPrintable(QLatin1String(claim) + QStringLiteral(" missing: ") + compactJson(ja.payload)));
        QCOMPARE(ja.payload.value(QLatin1String("azp")).toString(), QString::fromLatin1(origin));
        QCOMPARE(ja.payload.value(QLatin1String("iss")).toString(), server.issuer());
        QVERIFY2(ja.payload.value(QLatin1String("jti")).toString() != jb.payload.value(QLatin1String("jti")).toString(),
                 "every template token needs its own jti");
        // Personal account: the {{org.slug}} claim has no organization to name.
        QVERIFY2(ja.payload.value(QLatin1String("org")).toString().isEmpty(), qPrintable(compactJson(ja.payload)));
    }

    void concurrentRequestsOnOneClient()
    {
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        QList<FapiTestClient::Call> calls;
        for (int i = 0; i < 12; ++i)
            calls.append({"POST", QStringLiteral("/v1/client/sessions/%1/tokens").arg(flow.sessionId), {}});
        for (int i = 0; i < 4; ++i)
            calls.append({"GET", QStringLiteral("/v1/client"), {}});
        const QList<FapiResponse> answers = c.concurrently(calls);
        const QJsonObject jwks = fetchJwks();
        for (const FapiResponse &r : answers) {
            EMU_EXPECT_STATUS(r, 200);
            if (r.url.contains(QLatin1String("/tokens"))) {
                const QString problem = verifyJwtAgainstJwks(r.object().value(QLatin1String("jwt")).toString(), jwks);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        }
    }

    void inFlightSignInDoesNotSignOutOlderRequests()
    {
        // A request sent with the pre-sign-in token, answered after the rotation, must not be signed out.
        FapiResponse first = c.get(QStringLiteral("/v1/client"));
        EMU_EXPECT_STATUS(first, 200);
        FapiResponse created = c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("identifier"), Seed::janeEmail}});
        EMU_EXPECT_STATUS(created, 200);
        const QString signInId = created.response().value(QLatin1String("id")).toString();
        const QByteArray before = c.clientToken();
        RequestOptions noCapture;
        noCapture.captureToken = false;
        const QList<FapiResponse> answers = c.concurrently(
            {{"POST", QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(signInId),
              {{QStringLiteral("strategy"), QStringLiteral("password")}, {QStringLiteral("password"), Seed::janePassword}}},
             {"GET", QStringLiteral("/v1/environment"), {}},
             {"GET", QStringLiteral("/v1/client"), {}}},
            noCapture);
        for (const FapiResponse &r : answers)
            EMU_EXPECT_STATUS(r, 200);
        QVERIFY2(answers.at(0).header("Authorization") != before, "the completed sign-in must rotate the token");
        FapiResponse withOld = c.get(QStringLiteral("/v1/client"), noCapture); // still the pre-rotation token
        EMU_EXPECT_STATUS(withOld, 200);
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorFlowsSessions)
#include "tst_emulator_flows_sessions.moc"
