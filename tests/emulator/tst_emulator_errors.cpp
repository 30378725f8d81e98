// Error answers of the emulator: HTTP status, Clerk error code and Clerk's error envelope, one row per case.
#include "fapitestclient.h"

#include <QtTest>

using namespace EmuTest;

class tst_EmulatorErrors : public QObject
{
    Q_OBJECT

private:
    ClerkEmulator::Server server;
    FapiTestClient c;

    /// Creates a sign-in for `identifier` and returns its id ("" on failure, with a warning).
    QString createSignIn(const QString &identifier, FapiResponse *out = nullptr)
    {
        FapiResponse r = c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("identifier"), identifier}});
        if (out)
            *out = r;
        if (r.status != 200)
            qWarning("create sign-in failed: %s", qPrintable(r.describe()));
        return r.response().value(QLatin1String("id")).toString();
    }

    /// Sign-in with a prepared email_code first factor; returns the sign-in id and its verification.
    QString preparedEmailCodeSignIn(QJsonObject *verification)
    {
        FapiResponse created;
        const QString id = createSignIn(Seed::janeEmail, &created);
        const QString emailId =
            factorIn(created.response(), QStringLiteral("email_code")).value(QLatin1String("email_address_id")).toString();
        FapiResponse prepared = c.post(QStringLiteral("/v1/client/sign_ins/%1/prepare_first_factor").arg(id),
                                       {{QStringLiteral("strategy"), QStringLiteral("email_code")},
                                        {QStringLiteral("email_address_id"), emailId}});
        if (prepared.status != 200)
            qWarning("prepare email_code failed: %s", qPrintable(prepared.describe()));
        if (verification)
            *verification = prepared.response().value(QLatin1String("first_factor_verification")).toObject();
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        c.setBaseUrl(server.baseUrl());
    }

    void init()
    {
        FapiResponse r = c.control("POST", QStringLiteral("/__emulator/reset"));
        EMU_EXPECT_STATUS(r, 200);
        c.forgetClient();
    }

    void cleanup()
    {
        // Rows may load another seed in-process; every row starts from the default one.
        QString error;
        QVERIFY2(server.loadSeed(ClerkEmulator::Server::defaultSeed(), &error), qPrintable(error));
    }

    void errorAnswers_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QList<int>>("statuses"); // the accepted status(es); more than one only where Clerk is vague
        QTest::addColumn<QStringList>("codes");     // the accepted code(s); likewise

        auto row = [](const char *name, const QList<int> &statuses, const QStringList &codes) {
            QTest::newRow(name) << QString::fromLatin1(name) << statuses << codes;
        };
        row("wrong_password", {422}, {QStringLiteral("form_password_incorrect")});
        row("unknown_identifier", {422}, {QStringLiteral("form_identifier_not_found")});
        row("wrong_code", {422}, {QStringLiteral("form_code_incorrect")});
        row("wrong_totp", {422}, {QStringLiteral("form_code_incorrect")});
        row("expired_verification", {400}, {QStringLiteral("verification_expired")});
        row("unknown_session", {404}, {QStringLiteral("resource_not_found")});
        row("unknown_sign_in", {404}, {QStringLiteral("resource_not_found")});
        row("missing_identifier", {422}, {QStringLiteral("form_param_missing")});
        row("missing_password", {422}, {QStringLiteral("form_param_missing")});
        row("missing_strategy", {422}, {QStringLiteral("form_param_missing")});
        row("missing_code", {422}, {QStringLiteral("form_param_missing")});
        // Bodies of a route with required fields (attempt_first_factor needs `strategy` and, for it, `password`).
        // A JSON document sent as a form, empty keys ("==", "=x"), broken percent-escapes or bytes that are not
        // UTF-8 make the body itself invalid (README "Requests": 400 request_body_invalid, the emulator's own code);
        // a JSON body is never read as one meaningless form key.
        row("json_body_as_form", {400}, {QStringLiteral("request_body_invalid")});
        row("garbage_form_body", {400}, {QStringLiteral("request_body_invalid")});
        row("bad_percent_encoding", {400}, {QStringLiteral("request_body_invalid")});
        row("non_utf8_body", {400}, {QStringLiteral("request_body_invalid")});
        row("oversized_body", {413}, {QStringLiteral("request_body_too_large")});
        row("wrong_method_environment", {405}, {QStringLiteral("method_not_allowed")});
        row("wrong_method_client", {405}, {QStringLiteral("method_not_allowed")});
        row("rate_limit", {429}, {QStringLiteral("too_many_requests")});
        row("unknown_client_token", {401}, {QStringLiteral("signed_out")});
        row("unknown_path", {404}, {QStringLiteral("resource_not_found")});
        row("identifier_already_signed_in", {400}, {QStringLiteral("identifier_already_signed_in")});
        row("session_exists_single_session_mode", {400}, {QStringLiteral("session_exists")});
        row("attempt_without_prepare", {400}, {QStringLiteral("verification_missing")});
        row("sign_up_already_verified", {400}, {QStringLiteral("verification_already_verified")});
        row("strategy_for_user_invalid", {422}, {QStringLiteral("strategy_for_user_invalid")});
        row("sign_up_identifier_exists", {422}, {QStringLiteral("form_identifier_exists")});
        row("sign_up_password_too_short", {422}, {QStringLiteral("form_password_length_too_short")});
        // One row for each place the emulator checks a value that some other route checks too.
        row("sign_up_email_invalid", {422}, {QStringLiteral("form_param_format_invalid")});
        // Clerk's own code for a username with a character it does not take (here '@').
        row("sign_up_username_invalid", {422}, {QStringLiteral("form_username_invalid_character")});
        row("me_phone_number_invalid", {422}, {QStringLiteral("form_param_format_invalid")});
        row("me_unsafe_metadata_invalid", {422}, {QStringLiteral("form_param_format_invalid")});
        row("wrong_backup_code", {422}, {QStringLiteral("form_code_incorrect")});
        row("me_attempt_without_prepare", {400}, {QStringLiteral("verification_missing")});
    }

    void errorAnswers()
    {
        QFETCH(QString, scenario);
        QFETCH(QList<int>, statuses);
        QFETCH(QStringList, codes);

        FapiResponse r;
        if (scenario == QLatin1String("wrong_password")) {
            const QString id = createSignIn(Seed::janeEmail);
            r = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(id),
                       {{QStringLiteral("strategy"), QStringLiteral("password")},
                        {QStringLiteral("password"), QStringLiteral("definitely wrong")}});
        } else if (scenario == QLatin1String("unknown_identifier")) {
            r = c.post(QStringLiteral("/v1/client/sign_ins"),
                       {{QStringLiteral("identifier"), QStringLiteral("nobody+clerk_test@example.com")}});
        } else if (scenario == QLatin1String("wrong_code")) {
            const QString id = preparedEmailCodeSignIn(nullptr);
            r = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(id),
                       {{QStringLiteral("strategy"), QStringLiteral("email_code")},
                        {QStringLiteral("code"), QStringLiteral("000000")}});
        } else if (scenario == QLatin1String("wrong_totp")) {
            FlowResult flow = signInWithPassword(c, Seed::bobEmail, Seed::bobPassword,
                                                 QStringLiteral("needs_second_factor"));
            EMU_EXPECT_FLOW(flow);
            // A code that is valid for no step near now.
            const QByteArray key = base32Decode(Seed::bobTotpSecret);
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QString wrong = QStringLiteral("000000");
            for (int i = 0; i < 1000000; ++i) {
                wrong = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
                bool clash = false;
                for (int step = -3; step <= 3; ++step)
                    clash = clash || totp(key, now + step * 30) == wrong;
                if (!clash)
                    break;
            }
            r = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_second_factor").arg(flow.signInId),
                       {{QStringLiteral("strategy"), QStringLiteral("totp")}, {QStringLiteral("code"), wrong}});
        } else if (scenario == QLatin1String("expired_verification")) {
            QJsonObject verification;
            const QString id = preparedEmailCodeSignIn(&verification);
            const qint64 expireAt = qint64(verification.value(QLatin1String("expire_at")).toDouble());
            QVERIFY2(expireAt > 0, qPrintable(compactJson(verification)));
            // Move the server clock one minute past the verification's expire_at.
            const qint64 offset = expireAt - QDateTime::currentMSecsSinceEpoch() + 60 * 1000;
            FapiResponse s = c.control("POST", QStringLiteral("/__emulator/settings"),
                                       {{QStringLiteral("clock_offset_ms"), double(offset)}});
            EMU_EXPECT_STATUS(s, 200);
            r = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(id),
                       {{QStringLiteral("strategy"), QStringLiteral("email_code")},
                        {QStringLiteral("code"), Seed::testCode}});
        } else if (scenario == QLatin1String("unknown_session")) {
            FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
            EMU_EXPECT_FLOW(flow);
            r = c.post(QStringLiteral("/v1/client/sessions/sess_2doesNotExist000000000000/tokens"));
        } else if (scenario == QLatin1String("unknown_sign_in")) {
            createSignIn(Seed::janeEmail);
            r = c.post(QStringLiteral("/v1/client/sign_ins/sia_2doesNotExist0000000000000/attempt_first_factor"),
                       {{QStringLiteral("strategy"), QStringLiteral("password")},
                        {QStringLiteral("password"), Seed::janePassword}});
        } else if (scenario == QLatin1String("missing_identifier")) {
            r = c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("strategy"), QStringLiteral("password")}});
        } else if (scenario == QLatin1String("missing_password")) {
            const QString id = createSignIn(Seed::janeEmail);
            r = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(id),
                       {{QStringLiteral("strategy"), QStringLiteral("password")}});
        } else if (scenario == QLatin1String("missing_strategy")) {
            const QString id = createSignIn(Seed::janeEmail);
            r = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(id),
                       {{QStringLiteral("password"), Seed::janePassword}});
        } else if (scenario == QLatin1String("missing_code")) {
            const QString id = preparedEmailCodeSignIn(nullptr);
            r = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(id),
                       {{QStringLiteral("strategy"), QStringLiteral("email_code")}});
        } else if (scenario == QLatin1String("garbage_form_body") || scenario == QLatin1String("json_body_as_form")
                   || scenario == QLatin1String("bad_percent_encoding") || scenario == QLatin1String("non_utf8_body")) {
            const QString id = createSignIn(Seed::janeEmail);
            RequestOptions o;
            o.rawBody = true;
            if (scenario == QLatin1String("garbage_form_body"))
                o.body = QByteArrayLiteral("==&=x&strategy=password&password");
            else if (scenario == QLatin1String("json_body_as_form"))
                o.body = QByteArrayLiteral(R"({"strategy":"password","password":"correct horse battery staple"})");
            else if (scenario == QLatin1String("bad_percent_encoding"))
                o.body = QByteArrayLiteral("strategy=password&password=%%%zz%G1");
            else
                o.body = QByteArray("strategy=password&password=").append(char(0xff)).append(char(0xfe)).append('\0');
            r = c.request("POST", QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(id), {}, o);
        } else if (scenario == QLatin1String("oversized_body")) {
            RequestOptions o;
            o.rawBody = true;
            o.body = "identifier=" + QByteArray(70 * 1024, 'a');
            r = c.request("POST", QStringLiteral("/v1/client/sign_ins"), {}, o);
        } else if (scenario == QLatin1String("wrong_method_environment")) {
            r = c.request("PUT", QStringLiteral("/v1/environment"), {{QStringLiteral("x"), QStringLiteral("y")}});
        } else if (scenario == QLatin1String("wrong_method_client")) {
            // The spec has GET, PUT, POST and DELETE on /v1/client; not PATCH.
            r = c.request("PATCH", QStringLiteral("/v1/client"), {{QStringLiteral("x"), QStringLiteral("y")}});
        } else if (scenario == QLatin1String("rate_limit")) {
            FapiResponse first = c.get(QStringLiteral("/v1/client")); // obtain a client before limiting
            EMU_EXPECT_STATUS(first, 200);
            FapiResponse s = c.control(
                "POST", QStringLiteral("/__emulator/settings"),
                {{QStringLiteral("rate_limit"),
                  QJsonObject{{QStringLiteral("requests"), 3}, {QStringLiteral("window_seconds"), 60}}}});
            EMU_EXPECT_STATUS(s, 200);
            for (int i = 0; i < 3; ++i) {
                FapiResponse allowed = c.get(QStringLiteral("/v1/environment"));
                EMU_EXPECT_STATUS(allowed, 200);
            }
            r = c.get(QStringLiteral("/v1/environment"));
            bool ok = false;
            const int retryAfter = r.header("Retry-After").trimmed().toInt(&ok);
            QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 60, qPrintable(r.describe()));
            // Control requests are never rate limited.
            FapiResponse control = c.control("GET", QStringLiteral("/__emulator/settings"));
            EMU_EXPECT_STATUS(control, 200);
        } else if (scenario == QLatin1String("unknown_client_token")) {
            c.setClientToken(unknownClientToken());
            r = c.get(QStringLiteral("/v1/client"));
        } else if (scenario == QLatin1String("unknown_path")) {
            r = c.get(QStringLiteral("/v1/no_such_resource"));
        } else if (scenario == QLatin1String("identifier_already_signed_in")) {
            FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
            EMU_EXPECT_FLOW(flow);
            r = c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("identifier"), Seed::janeEmail}});
        } else if (scenario == QLatin1String("session_exists_single_session_mode")) {
            QJsonObject seed = ClerkEmulator::Server::defaultSeed();
            QJsonObject instance = seed.value(QLatin1String("instance")).toObject();
            instance.insert(QStringLiteral("single_session_mode"), true);
            seed.insert(QStringLiteral("instance"), instance);
            QString error;
            QVERIFY2(server.loadSeed(seed, &error), qPrintable(error));
            FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
            EMU_EXPECT_FLOW(flow);
            r = c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("identifier"), Seed::adaEmail}});
        } else if (scenario == QLatin1String("attempt_without_prepare")) {
            const QString id = createSignIn(Seed::janeEmail);
            r = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(id),
                       {{QStringLiteral("strategy"), QStringLiteral("email_code")},
                        {QStringLiteral("code"), Seed::testCode}});
        } else if (scenario == QLatin1String("sign_up_already_verified")) {
            FapiResponse su = c.post(QStringLiteral("/v1/client/sign_ups"),
                                     {{QStringLiteral("email_address"), QStringLiteral("verified-twice+clerk_test@example.com")},
                                      {QStringLiteral("password"), QStringLiteral("a-fine-password-42")}});
            EMU_EXPECT_STATUS(su, 200);
            const QString id = su.response().value(QLatin1String("id")).toString();
            FapiResponse prep = c.post(QStringLiteral("/v1/client/sign_ups/%1/prepare_verification").arg(id),
                                       {{QStringLiteral("strategy"), QStringLiteral("email_code")}});
            EMU_EXPECT_STATUS(prep, 200);
            const FormFields attempt{{QStringLiteral("strategy"), QStringLiteral("email_code")},
                                     {QStringLiteral("code"), Seed::testCode}};
            FapiResponse done = c.post(QStringLiteral("/v1/client/sign_ups/%1/attempt_verification").arg(id), attempt);
            EMU_EXPECT_STATUS(done, 200);
            QCOMPARE(done.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
            r = c.post(QStringLiteral("/v1/client/sign_ups/%1/attempt_verification").arg(id), attempt);
        } else if (scenario == QLatin1String("strategy_for_user_invalid")) {
            // Ada has no phone number: phone_code is not a first factor of hers.
            const QString id = createSignIn(Seed::adaEmail);
            r = c.post(QStringLiteral("/v1/client/sign_ins/%1/prepare_first_factor").arg(id),
                       {{QStringLiteral("strategy"), QStringLiteral("phone_code")}});
        } else if (scenario == QLatin1String("sign_up_identifier_exists")) {
            r = c.post(QStringLiteral("/v1/client/sign_ups"),
                       {{QStringLiteral("email_address"), Seed::janeEmail},
                        {QStringLiteral("password"), QStringLiteral("a-fine-password-42")}});
        } else if (scenario == QLatin1String("sign_up_password_too_short")) {
            r = c.post(QStringLiteral("/v1/client/sign_ups"),
                       {{QStringLiteral("email_address"), QStringLiteral("shortpw+clerk_test@example.com")},
                        {QStringLiteral("password"), QStringLiteral("short")}});
        } else if (scenario == QLatin1String("sign_up_email_invalid")) {
            r = c.post(QStringLiteral("/v1/client/sign_ups"),
                       {{QStringLiteral("email_address"), QStringLiteral("not-an-email-address")},
                        {QStringLiteral("password"), QStringLiteral("a-fine-password-42")}});
        } else if (scenario == QLatin1String("sign_up_username_invalid")) {
            r = c.post(QStringLiteral("/v1/client/sign_ups"),
                       {{QStringLiteral("email_address"), QStringLiteral("bad-username+clerk_test@example.com")},
                        {QStringLiteral("username"), QStringLiteral("me@home")},
                        {QStringLiteral("password"), QStringLiteral("a-fine-password-42")}});
        } else if (scenario == QLatin1String("me_phone_number_invalid")) {
            FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
            EMU_EXPECT_FLOW(flow);
            r = c.post(QStringLiteral("/v1/me/phone_numbers"), {{QStringLiteral("phone_number"), QStringLiteral("12")}});
        } else if (scenario == QLatin1String("me_unsafe_metadata_invalid")) {
            FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
            EMU_EXPECT_FLOW(flow);
            r = c.request("PATCH", QStringLiteral("/v1/me/metadata"),
                          {{QStringLiteral("unsafe_metadata"), QStringLiteral("[\"not\", \"an object\"]")}});
        } else if (scenario == QLatin1String("wrong_backup_code")) {
            FlowResult flow = signInWithPassword(c, Seed::bobEmail, Seed::bobPassword,
                                                 QStringLiteral("needs_second_factor"));
            EMU_EXPECT_FLOW(flow);
            r = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_second_factor").arg(flow.signInId),
                       {{QStringLiteral("strategy"), QStringLiteral("backup_code")},
                        {QStringLiteral("code"), QStringLiteral("bkp-not-a-code")}});
        } else if (scenario == QLatin1String("me_attempt_without_prepare")) {
            FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
            EMU_EXPECT_FLOW(flow);
            FapiResponse me = c.get(QStringLiteral("/v1/me"));
            EMU_EXPECT_STATUS(me, 200);
            const QString emailId = me.response().value(QLatin1String("email_addresses")).toArray().first()
                                        .toObject().value(QLatin1String("id")).toString();
            QVERIFY2(!emailId.isEmpty(), qPrintable(me.describe()));
            // Jane's seeded address was never sent a code: there is nothing to attempt.
            r = c.post(QStringLiteral("/v1/me/email_addresses/%1/attempt_verification").arg(emailId),
                       {{QStringLiteral("code"), Seed::testCode}});
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown scenario ") + scenario));
        }

        QVERIFY2(statuses.contains(r.status),
                 qPrintable(QStringLiteral("expected HTTP %1; got ").arg(statuses.constFirst()) + r.describe()));
        QVERIFY2(codes.contains(r.errorCode()),
                 qPrintable(QStringLiteral("expected code %1; got ").arg(codes.join(QLatin1Char('|'))) + r.describe()));
        const QString problem = envelopeProblem(r);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + r.describe()));
        QVERIFY2(r.header("Content-Type").contains("application/json"), qPrintable(r.describe()));
        if (r.status == 429)
            QVERIFY2(r.hasHeader("Retry-After"), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorErrors)
#include "tst_emulator_errors.moc"
