// Instance profiles (issue #18): the emulator ships seeds whose instance settings exercise one sign-in or sign-up
// path each, selectable with `--seed <name>`, the control API, or Server::profileSeed(). Every profile must load
// and answer /v1/environment; the source directory is the list, so a profile missing from the build is caught.
#include "fapitestclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

using namespace EmuTest;

class tst_EmulatorProfiles : public QObject
{
    Q_OBJECT

private:
    ClerkEmulator::Server server;
    FapiTestClient c;

    static QStringList profilesInSource()
    {
        QStringList names{QStringLiteral("default")};
        for (const QString &file : QDir(QStringLiteral(CLERKQT_PROFILE_DIR)).entryList({QStringLiteral("*.json")}))
            names.append(file.chopped(5));
        names.sort();
        return names;
    }

    static QJsonObject attributesOf(const FapiResponse &env)
    {
        if (env.status != 200)
            qWarning("GET /v1/environment: %s", qPrintable(env.describe()));
        return env.object().value(QLatin1String("user_settings")).toObject().value(QLatin1String("attributes")).toObject();
    }
    QJsonObject attributes() { return attributesOf(c.get(QStringLiteral("/v1/environment"))); }

private slots:
    void initTestCase()
    {
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        c.setBaseUrl(server.baseUrl());
    }

    void init()
    {
        QVERIFY(server.loadSeed(ClerkEmulator::Server::defaultSeed()));
        c.forgetClient();
    }

    void everySourceProfileIsBuiltIn() { QCOMPARE(ClerkEmulator::Server::profiles(), profilesInSource()); }

    void everyProfileLoads_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : profilesInSource())
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyProfileLoads()
    {
        QFETCH(QString, name);
        QString error;
        const QJsonObject seed = ClerkEmulator::Server::profileSeed(name, &error);
        QVERIFY2(!seed.isEmpty(), qPrintable(error));
        QVERIFY2(server.loadSeed(seed, &error), qPrintable(error));
        QVERIFY(!ClerkEmulator::Server::profileDescription(name).isEmpty());
        QVERIFY(!attributes().isEmpty());
    }

    void aProfileKeepsWhatItDoesNotSay()
    {
        const QJsonObject seed = ClerkEmulator::Server::profileSeed(QStringLiteral("username-phone"));
        const QJsonObject instance = seed.value(QLatin1String("instance")).toObject();
        QCOMPARE(instance.value(QLatin1String("sign_up")).toObject().value(QLatin1String("required")).toArray(),
                 QJsonArray({QStringLiteral("phone_number"), QStringLiteral("username"), QStringLiteral("password")}));
        // Not named by the profile: the default seed's users and providers stay.
        QCOMPARE(seed.value(QLatin1String("users")), ClerkEmulator::Server::defaultSeed().value(QLatin1String("users")));
        QCOMPARE(instance.value(QLatin1String("oauth_providers")).toArray().size(), 2);
    }

    void unknownProfileSaysWhichExist()
    {
        QString error;
        QVERIFY(ClerkEmulator::Server::profileSeed(QStringLiteral("no-such-profile"), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("username-phone")), qPrintable(error));
        QVERIFY(ClerkEmulator::Server::profileDescription(QStringLiteral("no-such-profile")).isEmpty());
    }

    void controlApiSwitchesProfile()
    {
        QCOMPARE(attributes().value(QLatin1String("username")).toObject().value(QLatin1String("required")).toBool(), false);
        FapiResponse r = c.control("POST", QStringLiteral("/__emulator/seed"), {{QStringLiteral("profile"), QStringLiteral("username-phone")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(attributes().value(QLatin1String("username")).toObject().value(QLatin1String("required")).toBool(), true);
        r = c.control("POST", QStringLiteral("/__emulator/seed"), {{QStringLiteral("profile"), QStringLiteral("nope")}});
        EMU_EXPECT_STATUS(r, 400);
        r = c.control("POST", QStringLiteral("/__emulator/seed"), {});
        EMU_EXPECT_STATUS(r, 400);
    }

    void commandLineTakesAProfileName()
    {
        QProcess list;
        list.start(QStringLiteral(CLERKQT_EMULATOR_BIN), {QStringLiteral("--profiles")});
        QVERIFY(list.waitForFinished(30000));
        const QString listed = QString::fromUtf8(list.readAllStandardOutput());
        for (const QString &name : profilesInSource())
            QVERIFY2(listed.contains(name + QLatin1String(": ")), qPrintable(listed));

        QProcess emulator;
        emulator.start(QStringLiteral(CLERKQT_EMULATOR_BIN),
                       {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("username-phone")});
        QTRY_VERIFY_WITH_TIMEOUT(emulator.canReadLine(), 30000);
        const QString first = QString::fromUtf8(emulator.readLine()).trimmed();
        QVERIFY2(first.startsWith(QLatin1String("base_url=")), qPrintable(first));
        FapiTestClient other;
        other.setBaseUrl(QUrl(first.mid(9)));
        const FapiResponse env = other.get(QStringLiteral("/v1/environment"));
        emulator.kill();
        emulator.waitForFinished();
        QCOMPARE(attributesOf(env).value(QLatin1String("phone_number")).toObject().value(QLatin1String("required")).toBool(), true);

        QProcess wrong;
        wrong.start(QStringLiteral(CLERKQT_EMULATOR_BIN), {QStringLiteral("--seed"), QStringLiteral("nope")});
        QVERIFY(wrong.waitForFinished(30000));
        QCOMPARE(wrong.exitCode(), 2);
        QVERIFY(wrong.readAllStandardError().contains("username-phone"));
    }

    // ---- Sign-up from the instance's settings (issue #18, item 1) ------------------------------------------

    void legalConsentIsAMissingFieldUntilAccepted()
    {
        const QJsonObject profile = readProfile(QStringLiteral("legal-consent"));
        const QJsonObject instance = profile.value(QLatin1String("instance")).toObject();
        QVERIFY(server.loadSeed(ClerkEmulator::Server::profileSeed(QStringLiteral("legal-consent"))));
        const FapiResponse env = c.get(QStringLiteral("/v1/environment"));
        EMU_EXPECT_STATUS(env, 200);
        QCOMPARE(env.object().value(QLatin1String("user_settings")).toObject().value(QLatin1String("sign_up"))
                     .toObject().value(QLatin1String("legal_consent_enabled")).toBool(), true);
        const QJsonObject display = env.object().value(QLatin1String("display_config")).toObject();
        QCOMPARE(display.value(QLatin1String("terms_url")), instance.value(QLatin1String("terms_url")));
        QCOMPARE(display.value(QLatin1String("privacy_policy_url")), instance.value(QLatin1String("privacy_policy_url")));

        FapiResponse r = c.post(QStringLiteral("/v1/client/sign_ups"),
                                {{QStringLiteral("email_address"), QStringLiteral("consent+clerk_test@example.com")},
                                 {QStringLiteral("password"), QStringLiteral("a-long-enough-password")}});
        EMU_EXPECT_STATUS(r, 200);
        QVERIFY(r.response().value(QLatin1String("required_fields")).toArray().contains(QStringLiteral("legal_accepted")));
        QCOMPARE(r.response().value(QLatin1String("missing_fields")).toArray(), QJsonArray{QStringLiteral("legal_accepted")});
        QVERIFY(r.response().value(QLatin1String("legal_accepted_at")).isNull());
        const QString id = r.response().value(QLatin1String("id")).toString();
        // "false" is no consent.
        r = c.request("PATCH", QStringLiteral("/v1/client/sign_ups/") + id, {{QStringLiteral("legal_accepted"), QStringLiteral("false")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("missing_fields")).toArray(), QJsonArray{QStringLiteral("legal_accepted")});
        r = c.request("PATCH", QStringLiteral("/v1/client/sign_ups/") + id, {{QStringLiteral("legal_accepted"), QStringLiteral("true")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("missing_fields")).toArray(), QJsonArray());
        QVERIFY(r.response().value(QLatin1String("legal_accepted_at")).toInteger() > 0);
        QCOMPARE(r.response().value(QLatin1String("unverified_fields")).toArray(), QJsonArray{QStringLiteral("email_address")});
    }

    void legalConsentIsOffByDefault()
    {
        const QJsonObject env = c.get(QStringLiteral("/v1/environment")).object();
        QCOMPARE(env.value(QLatin1String("user_settings")).toObject().value(QLatin1String("sign_up")).toObject()
                     .value(QLatin1String("legal_consent_enabled")).toBool(true), false);
        QCOMPARE(env.value(QLatin1String("display_config")).toObject().value(QLatin1String("terms_url")).toString(), QString());
    }

    void usernameRulesHaveClerksCodes_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("code");
        QTest::newRow("too short") << "abc" << "form_username_invalid_length";
        QTest::newRow("too long") << QString(65, QLatin1Char('a')) << "form_username_invalid_length";
        QTest::newRow("space") << "grace hopper" << "form_username_invalid_character";
        QTest::newRow("at sign") << "grace@home" << "form_username_invalid_character";
        QTest::newRow("taken") << "jane" << "form_identifier_exists";
    }
    void usernameRulesHaveClerksCodes()
    {
        QFETCH(QString, username);
        QFETCH(QString, code);
        QVERIFY(server.loadSeed(ClerkEmulator::Server::profileSeed(QStringLiteral("username-phone"))));
        FapiResponse r = c.post(QStringLiteral("/v1/client/sign_ups"), {{QStringLiteral("password"), QStringLiteral("a-long-enough-password")}});
        EMU_EXPECT_STATUS(r, 200);
        const QString id = r.response().value(QLatin1String("id")).toString();
        QCOMPARE(r.response().value(QLatin1String("missing_fields")).toArray(),
                 QJsonArray({QStringLiteral("phone_number"), QStringLiteral("username")}));
        r = c.request("PATCH", QStringLiteral("/v1/client/sign_ups/") + id, {{QStringLiteral("username"), username}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.firstError().value(QLatin1String("meta")).toObject().value(QLatin1String("param_name")).toString(),
                 QStringLiteral("username"));
        // The sign-up keeps what it had.
        r = c.get(QStringLiteral("/v1/client/sign_ups/") + id);
        QVERIFY(r.response().value(QLatin1String("username")).isNull());
        r = c.request("PATCH", QStringLiteral("/v1/client/sign_ups/") + id, {{QStringLiteral("phone_number"), QStringLiteral("not a phone")}});
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_format_invalid"));
    }

    void transferWithoutAnOAuthSignUpIsRefused()
    {
        const FapiResponse r = c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("transfer"), QStringLiteral("true")}});
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("account_transfer_invalid"));
    }

    void oauthSignUpPointsTheBrowserAtTheProvider()
    {
        FapiResponse r = c.post(QStringLiteral("/v1/client/sign_ups"), {{QStringLiteral("strategy"), QStringLiteral("oauth_google")}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_missing"));
        r = c.post(QStringLiteral("/v1/client/sign_ups"), {{QStringLiteral("strategy"), QStringLiteral("oauth_google")},
                                                          {QStringLiteral("redirect_url"), QStringLiteral("http://127.0.0.1:9/callback")}});
        EMU_EXPECT_STATUS(r, 200);
        const QJsonObject external = r.response().value(QLatin1String("verifications")).toObject()
                                         .value(QLatin1String("external_account")).toObject();
        QCOMPARE(external.value(QLatin1String("status")).toString(), QStringLiteral("unverified"));
        QCOMPARE(external.value(QLatin1String("strategy")).toString(), QStringLiteral("oauth_google"));
        const QUrl provider(external.value(QLatin1String("external_verification_redirect_url")).toString());
        QVERIFY2(provider.path().endsWith(QLatin1String("/oauth/authorize/oauth_google")), qPrintable(provider.toString()));
        r = c.post(QStringLiteral("/v1/client/sign_ups"), {{QStringLiteral("strategy"), QStringLiteral("oauth_apple")},
                                                          {QStringLiteral("redirect_url"), QStringLiteral("http://127.0.0.1:9/callback")}});
        QCOMPARE(r.errorCode(), QStringLiteral("strategy_for_user_invalid"));
    }

private:
    static QJsonObject readProfile(const QString &name)
    {
        QFile file(QStringLiteral(CLERKQT_PROFILE_DIR "/") + name + QStringLiteral(".json"));
        if (!file.open(QIODevice::ReadOnly))
            qWarning("cannot read profile %s", qPrintable(name));
        return QJsonDocument::fromJson(file.readAll()).object();
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorProfiles)
#include "tst_emulator_profiles.moc"
