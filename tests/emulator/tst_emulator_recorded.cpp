// Replays every recorded real-Clerk scenario (shared/reference/recorded-fapi-responses/<test>/<scenario>/NNN.json)
// against a fresh emulator state and checks that each emulator answer carries at least the keys of the recorded
// body, at every level.
#include "fapitestclient.h"
#include "referenceset.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace EmuTest;

namespace {

QString referenceDir()
{
    return ReferenceSet::recordedResponses();
}

/// The `object` or `strategy` of a recorded array element, to find its counterpart when the order differs.
QString discriminator(const QJsonObject &o)
{
    if (o.contains(QLatin1String("strategy")))
        return QStringLiteral("strategy=") + o.value(QLatin1String("strategy")).toString();
    if (o.contains(QLatin1String("object")))
        return QStringLiteral("object=") + o.value(QLatin1String("object")).toString();
    return {};
}

bool isPlaceholderKey(const QString &key)
{
    static const QStringList placeholders{QStringLiteral("SIGN_IN_ID"), QStringLiteral("SIGN_UP_ID"),
                                          QStringLiteral("SESSION_ID"), QStringLiteral("CLIENT_ID"),
                                          QStringLiteral("USER_ID"),    QStringLiteral("IDENTIFIER_ID"),
                                          QStringLiteral("IMAGE_ID")};
    return placeholders.contains(key) || key.startsWith(QLatin1String("%%"));
}

void collectMissing(const QJsonValue &recorded, const QJsonValue &actual, const QString &path, QStringList *missing);

QStringList missingIn(const QJsonValue &recorded, const QJsonValue &actual, const QString &path)
{
    QStringList m;
    collectMissing(recorded, actual, path, &m);
    return m;
}

/// Every key of `recorded` must be in `actual` (recursively). A recorded object/array where the emulator has
/// something else (null included) is reported with its JSON path.
void collectMissing(const QJsonValue &recorded, const QJsonValue &actual, const QString &path, QStringList *missing)
{
    if (recorded.isObject()) {
        if (!actual.isObject()) {
            missing->append(QStringLiteral("%1 (recorded an object, emulator gave %2)")
                                .arg(path, actual.isNull() ? QStringLiteral("null")
                                           : actual.isUndefined() ? QStringLiteral("nothing")
                                           : QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact))));
            return;
        }
        const QJsonObject r = recorded.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = r.begin(); it != r.end(); ++it) {
            // The scrubber replaced some keys themselves with placeholders (e.g. "USER_ID" in
            // api_keys_settings): such a key names nothing that could be looked for.
            if (isPlaceholderKey(it.key()))
                continue;
            const QString sub = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (!a.contains(it.key())) {
                missing->append(sub);
                continue;
            }
            collectMissing(it.value(), a.value(it.key()), sub, missing);
        }
    } else if (recorded.isArray()) {
        if (!actual.isArray()) {
            missing->append(QStringLiteral("%1 (recorded an array, emulator gave %2)")
                                .arg(path, actual.isNull() ? QStringLiteral("null") : QStringLiteral("no array")));
            return;
        }
        const QJsonArray r = recorded.toArray();
        const QJsonArray a = actual.toArray();
        for (int i = 0; i < r.size(); ++i) {
            if (!r.at(i).isObject() && !r.at(i).isArray())
                continue; // scalars carry no keys
            const QString sub = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (a.isEmpty()) {
                missing->append(QStringLiteral("%1 (emulator array is empty)").arg(sub));
                continue;
            }
            // The element of the same index, or the first one if the emulator's array is shorter.
            const QJsonValue counterpart = i < a.size() ? a.at(i) : a.at(0);
            QStringList m = missingIn(r.at(i), counterpart, sub);
            if (!m.isEmpty() && r.at(i).isObject()) {
                // Same element in another position (e.g. factor lists in a different order)?
                const QString d = discriminator(r.at(i).toObject());
                for (int j = 0; j < a.size() && !d.isEmpty(); ++j) {
                    if (discriminator(a.at(j).toObject()) == d) {
                        m = missingIn(r.at(i), a.at(j), sub);
                        break;
                    }
                }
            }
            missing->append(m);
        }
    }
}

struct Step
{
    QString file;
    QByteArray method;
    QString path;          ///< with query
    QList<QPair<QString, QString>> body; ///< value null = to be filled in (scrubbed in the recording)
    QJsonValue recorded;
};

} // namespace

class tst_EmulatorRecorded : public QObject
{
    Q_OBJECT

private:
    ClerkEmulator::Server server;
    FapiTestClient c;
    int unique = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        c.setBaseUrl(server.baseUrl());
        CLERKQT_CHECK_REFERENCE_SET();
    }

    // The comparator itself: it must find what is missing, and only that.
    void keyComparator_data()
    {
        QTest::addColumn<QByteArray>("recorded");
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("same") << QByteArray(R"({"a":1,"b":{"c":null}})") << QByteArray(R"({"a":2,"b":{"c":3},"x":0})")
                              << QStringList();
        QTest::newRow("missing nested") << QByteArray(R"({"a":{"b":{"c":1,"d":2}}})") << QByteArray(R"({"a":{"b":{"c":1}}})")
                                        << QStringList{QStringLiteral("a.b.d")};
        QTest::newRow("object vs null") << QByteArray(R"({"a":{"b":1}})") << QByteArray(R"({"a":null})")
                                        << QStringList{QStringLiteral("a (recorded an object, emulator gave null)")};
        QTest::newRow("null vs object") << QByteArray(R"({"a":null})") << QByteArray(R"({"a":{"b":1}})") << QStringList();
        QTest::newRow("array same index") << QByteArray(R"({"l":[{"x":1},{"y":1}]})")
                                          << QByteArray(R"({"l":[{"x":1},{"z":1}]})")
                                          << QStringList{QStringLiteral("l[1].y")};
        QTest::newRow("array shorter uses first") << QByteArray(R"({"l":[{"x":1},{"x":2,"y":3}]})")
                                                  << QByteArray(R"({"l":[{"x":1}]})")
                                                  << QStringList{QStringLiteral("l[1].y")};
        QTest::newRow("array empty") << QByteArray(R"({"l":[{"x":1}]})") << QByteArray(R"({"l":[]})")
                                     << QStringList{QStringLiteral("l[0] (emulator array is empty)")};
        QTest::newRow("reordered by strategy") << QByteArray(R"({"f":[{"strategy":"a","p":1},{"strategy":"b","q":1}]})")
                                               << QByteArray(R"({"f":[{"strategy":"b","q":1},{"strategy":"a","p":1}]})")
                                               << QStringList();
        QTest::newRow("placeholder key") << QByteArray(R"({"s":{"USER_ID":false,"k":1}})") << QByteArray(R"({"s":{"k":1}})")
                                         << QStringList();
    }
    void keyComparator()
    {
        QFETCH(QByteArray, recorded);
        QFETCH(QByteArray, actual);
        QFETCH(QStringList, missing);
        QCOMPARE(missingIn(QJsonDocument::fromJson(recorded).object(), QJsonDocument::fromJson(actual).object(), QString()),
                 missing);
    }

    void replay_data()
    {
        QTest::addColumn<QString>("scenarioDir");
        CLERKQT_REQUIRE_REFERENCE_SET();
        QDir root(referenceDir());
        int rows = 0;
        for (const QString &test : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            QDir testDir(root.filePath(test));
            for (const QString &scenario : testDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                const QString name = test + QLatin1Char('/') + scenario;
                QTest::newRow(qPrintable(name)) << testDir.filePath(scenario);
                ++rows;
            }
        }
        QVERIFY2(rows >= 10, "the recorded scenarios were not found");
    }

    void replay()
    {
        QFETCH(QString, scenarioDir);
        FapiResponse reset = c.control("POST", QStringLiteral("/__emulator/reset"));
        EMU_EXPECT_STATUS(reset, 200);
        c.forgetClient();

        // Load the steps.
        QList<Step> steps;
        QDir dir(scenarioDir);
        for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(f));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QJsonParseError pe{};
            const QJsonObject rec = QJsonDocument::fromJson(file.readAll(), &pe).object();
            QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(file.fileName()));
            const QString key = rec.value(QLatin1String("key")).toString();
            Step s;
            s.file = f;
            const QStringList parts = key.split(QLatin1Char(' '));
            QVERIFY2(parts.size() >= 2, qPrintable(key));
            s.method = parts.at(0).toLatin1();
            s.path = parts.at(1);
            if (parts.size() >= 3) {
                for (const QString &kv : parts.mid(2).join(QLatin1Char(' ')).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
                    const int eq = kv.indexOf(QLatin1Char('='));
                    if (eq < 0)
                        s.body.append({kv, QString()});
                    else
                        s.body.append({kv.left(eq), kv.mid(eq + 1)});
                }
            }
            s.recorded = rec.value(QLatin1String("body"));
            steps.append(s);
        }
        QVERIFY(!steps.isEmpty());

        // Who plays the part of the recorded user.
        const bool phoneFlow = scenarioDir.contains(QLatin1String("phone_code"))
                               && scenarioDir.contains(QLatin1String("sign_in_test"));
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        auto newEmail = [&] { return QStringLiteral("rec-%1-%2+clerk_test@example.com").arg(stamp).arg(++unique); };
        auto newPhone = [&] { return QStringLiteral("+155555501%1").arg(20 + (++unique % 80), 2, 10, QLatin1Char('0')); };
        bool signUpFlow = false;
        for (const Step &s : steps)
            signUpFlow = signUpFlow || s.path.startsWith(QLatin1String("/v1/client/sign_ups"));

        QString signInId, signUpId, sessionId;
        QJsonObject lastSignIn;
        QMap<QString, QString> idnMap; // recorded idn_… → emulator id
        QStringList report;

        for (const Step &s : steps) {
            // Substitute placeholders and recorded ids in the path.
            QString path = s.path;
            static const QRegularExpression recordedIdn(QStringLiteral("idn_[A-Za-z0-9]+"));
            for (auto m = recordedIdn.globalMatch(path); m.hasNext();) {
                const QString idn = m.next().captured();
                QVERIFY2(idnMap.contains(idn), qPrintable(QStringLiteral("%1: %2 was never created in this replay")
                                                              .arg(s.file, idn)));
            }
            path.replace(QLatin1String("SIGN_IN_ID"), signInId);
            path.replace(QLatin1String("SIGN_UP_ID"), signUpId);
            path.replace(QLatin1String("SESSION_ID"), sessionId);
            for (auto it = idnMap.cbegin(); it != idnMap.cend(); ++it)
                path.replace(it.key(), it.value());
            static const QRegularExpression placeholder(QStringLiteral("SIGN_IN_ID|SIGN_UP_ID|SESSION_ID|/(?=/|\\?|$)|=(?=&|$)"));
            QVERIFY2(!path.contains(placeholder),
                     qPrintable(QStringLiteral("%1: unresolved placeholder in %2").arg(s.file, path)));

            FormFields form;
            QString strategy;
            for (const auto &kv : s.body)
                if (kv.first == QLatin1String("strategy"))
                    strategy = kv.second;
            for (const auto &kv : s.body) {
                QString value = kv.second;
                const QString &k = kv.first;
                if (value.isNull()) { // scrubbed in the recording: take it from the seed or make one up
                    if (k == QLatin1String("identifier"))
                        value = phoneFlow ? Seed::janePhone : Seed::janeEmail;
                    else if (k == QLatin1String("password"))
                        value = signUpFlow ? QStringLiteral("replayed-Passw0rd-%1").arg(stamp) : Seed::janePassword;
                    else if (k == QLatin1String("email_address"))
                        value = newEmail();
                    else if (k == QLatin1String("phone_number"))
                        value = newPhone();
                    else if (k == QLatin1String("username"))
                        value = QStringLiteral("replay%1u%2").arg(stamp).arg(++unique);
                    else if (k == QLatin1String("first_name"))
                        value = QStringLiteral("Replay");
                    else if (k == QLatin1String("last_name"))
                        value = QStringLiteral("User%1").arg(++unique);
                    else
                        QFAIL(qPrintable(QStringLiteral("%1: no value for scrubbed body key %2").arg(s.file, k)));
                } else if (value == QLatin1String("IDENTIFIER_ID")) {
                    // The seeded user's email/phone id, as the sign-in's factor list names it.
                    const QJsonObject f = factorIn(lastSignIn, strategy);
                    value = f.value(k).toString();
                    if (value.isEmpty()) {
                        const QJsonArray factors = lastSignIn.value(QLatin1String("supported_first_factors")).toArray();
                        for (const QJsonValue &v : factors)
                            if (v.toObject().contains(k)) {
                                value = v.toObject().value(k).toString();
                                break;
                            }
                    }
                    QVERIFY2(!value.isEmpty(), qPrintable(QStringLiteral("%1: no %2 in the sign-in's factors: %3")
                                                               .arg(s.file, k, compactJson(lastSignIn))));
                } else if (idnMap.contains(value)) {
                    value = idnMap.value(value);
                }
                form.append({k, value});
            }

            FapiResponse r = c.request(s.method, path, form);
            const QString where = QStringLiteral("%1 (%2 %3)").arg(s.file, QString::fromLatin1(s.method), path);
            QVERIFY2(r.status == 200, qPrintable(where + QStringLiteral(": ") + r.describe()));
            if (s.method == "HEAD")
                continue;
            QVERIFY2(r.jsonOk, qPrintable(where + QStringLiteral(": not JSON: ") + r.describe()));

            const QStringList missing = missingIn(s.recorded, r.json.isObject() ? QJsonValue(r.json.object())
                                                                                 : QJsonValue(r.json.array()),
                                                  QString());
            for (const QString &m : missing)
                report.append(where + QStringLiteral(": ") + m);

            // Remember the ids later steps refer to.
            const QJsonObject resp = r.response();
            const QString object = resp.value(QLatin1String("object")).toString();
            if (object == QLatin1String("sign_in_attempt")) {
                signInId = resp.value(QLatin1String("id")).toString();
                lastSignIn = resp;
            } else if (object == QLatin1String("sign_up_attempt")) {
                signUpId = resp.value(QLatin1String("id")).toString();
            }
            if (resp.value(QLatin1String("created_session_id")).isString())
                sessionId = resp.value(QLatin1String("created_session_id")).toString();
            const QString recordedId =
                s.recorded.toObject().value(QLatin1String("response")).toObject().value(QLatin1String("id")).toString();
            if (recordedId.startsWith(QLatin1String("idn_")) && s.method == "POST")
                idnMap.insert(recordedId, resp.value(QLatin1String("id")).toString());
        }

        QVERIFY2(report.isEmpty(),
                 qPrintable(QStringLiteral("\n%1 key path(s) of the recorded Clerk responses are missing:\n  ")
                                .arg(report.size())
                            + report.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorRecorded)
#include "tst_emulator_recorded.moc"
