// Instance profiles (issue #18): the emulator ships seeds whose instance settings exercise one sign-in or sign-up
// path each, selectable with `--seed <name>`, the control API, or Server::profileSeed(). Every profile must load
// and answer /v1/environment; the source directory is the list, so a profile missing from the build is caught.
#include "fapitestclient.h"

#include <QDir>
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
};

QTEST_GUILESS_MAIN(tst_EmulatorProfiles)
#include "tst_emulator_profiles.moc"
