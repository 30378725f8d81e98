// Fault injection through the control API (POST /__emulator/faults) and the request counters.
//
// The control API is the emulator's own (Clerk's reference has nothing to say about it): the statuses pinned
// for it here are the ones it sends, 200 for every success.
//
// Faults that cut the connection (reset, truncate, timeout) target POST routes: Qt resends idempotent
// requests (GET, HEAD, …) once on an unexpected EOF, which would consume a second hit.
#include "fapitestclient.h"

#include <QtTest>

using namespace EmuTest;

class tst_EmulatorFaults : public QObject
{
    Q_OBJECT

private:
    ClerkEmulator::Server server;
    FapiTestClient c;

    /// POST /__emulator/faults → the fault id ("" and a warning on failure).
    QString addFault(const QJsonObject &fault)
    {
        FapiResponse r = c.control("POST", QStringLiteral("/__emulator/faults"), fault);
        if (r.status != 200)
            qWarning("adding fault failed: %s", qPrintable(r.describe()));
        return r.object().value(QLatin1String("id")).toString();
    }

    /// `hits` of fault `id` per GET /__emulator/faults (-1 if not listed).
    int hitsOf(const QString &id)
    {
        FapiResponse r = c.control("GET", QStringLiteral("/__emulator/faults"));
        const QJsonArray list = r.object().value(QLatin1String("faults")).toArray();
        for (const QJsonValue &f : list)
            if (f.toObject().value(QLatin1String("id")).toString() == id)
                return f.toObject().value(QLatin1String("hits")).toInt(-1);
        qWarning("fault %s not listed: %s", qPrintable(id), qPrintable(r.describe()));
        return -1;
    }

    QJsonArray faultList()
    {
        FapiResponse r = c.control("GET", QStringLiteral("/__emulator/faults"));
        return r.object().value(QLatin1String("faults")).toArray();
    }

    FapiResponse createSignIn()
    {
        return c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("identifier"), Seed::janeEmail}});
    }

    /// 20 GET /v1/environment; true where the fault hit (503).
    QList<bool> hitSequence(int n)
    {
        QList<bool> seq;
        for (int i = 0; i < n; ++i) {
            FapiResponse r = c.get(QStringLiteral("/v1/environment"));
            if (r.status != 200 && r.status != 503)
                qWarning("unexpected answer: %s", qPrintable(r.describe()));
            seq.append(r.status == 503);
        }
        return seq;
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
        QCOMPARE(faultList().size(), 0);
        c.forgetClient();
    }

    void statusFaults_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("status");
        QTest::newRow("503") << QStringLiteral("GET /v1/environment") << 503;
        QTest::newRow("500") << QStringLiteral("GET /v1/environment") << 500;
        QTest::newRow("502") << QStringLiteral("GET /v1/environment") << 502;
        QTest::newRow("glob") << QStringLiteral("GET /v1/env*") << 503;
        QTest::newRow("any method") << QStringLiteral("/v1/environment") << 503;
    }
    void statusFaults()
    {
        QFETCH(QString, pattern);
        QFETCH(int, status);
        const QString id = addFault({{QStringLiteral("pattern"), pattern},
                                     {QStringLiteral("kind"), QStringLiteral("status")},
                                     {QStringLiteral("status"), status}});
        QVERIFY(!id.isEmpty());
        FapiResponse r = c.get(QStringLiteral("/v1/environment"));
        EMU_EXPECT_STATUS(r, status);
        const QString problem = envelopeProblem(r);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + r.describe()));
        QCOMPARE(hitsOf(id), 1);

        // Other routes are untouched; the control API is never faulted.
        FapiResponse other = c.get(QStringLiteral("/v1/client"));
        EMU_EXPECT_STATUS(other, 200);
        FapiResponse control = c.control("GET", QStringLiteral("/__emulator/settings"));
        EMU_EXPECT_STATUS(control, 200);

        // Removing it by id restores normal answers.
        FapiResponse del = c.control("DELETE", QStringLiteral("/__emulator/faults/%1").arg(id));
        EMU_EXPECT_STATUS(del, 200);
        QCOMPARE(faultList().size(), 0);
        FapiResponse healed = c.get(QStringLiteral("/v1/environment"));
        EMU_EXPECT_STATUS(healed, 200);
    }

    void controlApiIsNeverFaulted()
    {
        const QString id = addFault({{QStringLiteral("pattern"), QStringLiteral("*")},
                                     {QStringLiteral("kind"), QStringLiteral("status")},
                                     {QStringLiteral("status"), 503}});
        QVERIFY(!id.isEmpty());
        FapiResponse fapi = c.get(QStringLiteral("/v1/environment"));
        EMU_EXPECT_STATUS(fapi, 503);
        for (const QString &path : {QStringLiteral("/__emulator/settings"), QStringLiteral("/__emulator/counters"),
                                    QStringLiteral("/__emulator/faults")}) {
            FapiResponse r = c.control("GET", path);
            EMU_EXPECT_STATUS(r, 200);
        }
        FapiResponse cleared = c.control("DELETE", QStringLiteral("/__emulator/faults"));
        EMU_EXPECT_STATUS(cleared, 200);
        FapiResponse healed = c.get(QStringLiteral("/v1/environment"));
        EMU_EXPECT_STATUS(healed, 200);
    }

    void tooManyRequestsWithRetryAfter()
    {
        const QString id = addFault({{QStringLiteral("pattern"), QStringLiteral("POST /v1/client/sessions/*/tokens*")},
                                     {QStringLiteral("kind"), QStringLiteral("status")},
                                     {QStringLiteral("status"), 429},
                                     {QStringLiteral("retry_after"), 7}});
        QVERIFY(!id.isEmpty());
        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        FapiResponse r = c.post(QStringLiteral("/v1/client/sessions/%1/tokens").arg(flow.sessionId));
        EMU_EXPECT_STATUS(r, 429);
        QCOMPARE(r.header("Retry-After").trimmed(), QByteArray("7"));
        QCOMPARE(r.errorCode(), QStringLiteral("too_many_requests"));
        QVERIFY2(envelopeProblem(r).isEmpty(), qPrintable(envelopeProblem(r)));
        QCOMPARE(hitsOf(id), 1);
    }

    void resetDropsConnection()
    {
        const QString id = addFault({{QStringLiteral("pattern"), QStringLiteral("POST /v1/client/sign_ins")},
                                     {QStringLiteral("kind"), QStringLiteral("reset")}});
        QVERIFY(!id.isEmpty());
        c.resetNetwork(); // a fresh connection: no keep-alive reuse semantics involved
        QSignalSpy served(&server, &ClerkEmulator::Server::requestServed);
        FapiResponse r = createSignIn();
        QVERIFY2(r.finished, "a reset must end the request, not leave it hanging");
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(r.describe()));
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        // Qt's HTTP stack resends a request once when the connection is reset before any byte of the answer
        // arrived (even a POST), so the server may see it twice: every attempt it saw must have been a hit,
        // and each one was served as dropped (status 0).
        const int hits = hitsOf(id);
        QVERIFY2(hits >= 1 && hits <= 3, qPrintable(QString::number(hits)));
        QTRY_COMPARE_WITH_TIMEOUT(served.size(), hits, 10000);
        for (const QList<QVariant> &s : served) {
            QCOMPARE(s.at(0).toString(), QStringLiteral("POST /v1/client/sign_ins"));
            QCOMPARE(s.at(1).toInt(), 0);
        }
    }

    void truncateCutsTheBody()
    {
        const QString id = addFault({{QStringLiteral("pattern"), QStringLiteral("POST /v1/client/sign_ins")},
                                     {QStringLiteral("kind"), QStringLiteral("truncate")}});
        QVERIFY(!id.isEmpty());
        c.resetNetwork();
        FapiResponse r = createSignIn();
        QVERIFY2(r.finished, "a truncated answer must end the request");
        const bool broken = r.error != QNetworkReply::NoError
                            || (r.contentLength >= 0 && r.body.size() < r.contentLength) || !r.jsonOk;
        QVERIFY2(broken, qPrintable(r.describe()));
        QVERIFY2(!r.jsonOk, qPrintable(r.describe()));
        QCOMPARE(hitsOf(id), 1);
    }

    void malformedIsNotJson()
    {
        const QString id = addFault({{QStringLiteral("pattern"), QStringLiteral("GET /v1/environment")},
                                     {QStringLiteral("kind"), QStringLiteral("malformed")}});
        QVERIFY(!id.isEmpty());
        FapiResponse r = c.get(QStringLiteral("/v1/environment"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QVERIFY2(!r.jsonOk, qPrintable(r.describe()));
        QCOMPARE(hitsOf(id), 1);
    }

    void latencyStillAnswersCorrectly()
    {
        const QString id = addFault({{QStringLiteral("pattern"), QStringLiteral("GET /v1/environment")},
                                     {QStringLiteral("kind"), QStringLiteral("latency")},
                                     {QStringLiteral("latency_ms"), 400}});
        QVERIFY(!id.isEmpty());
        FapiResponse r = c.get(QStringLiteral("/v1/environment"));
        EMU_EXPECT_STATUS(r, 200);
        QVERIFY2(r.jsonOk, qPrintable(r.describe()));
        QVERIFY2(r.object().contains(QLatin1String("auth_config")), qPrintable(r.describe()));
        QCOMPARE(hitsOf(id), 1);
    }

    // The work is done when the request arrives; only its answer is late. A request made meanwhile is answered
    // first, and the late answer still shows the client as it was.
    void slowAnswerTellsOfTheStateItWasMadeIn()
    {
        const FapiResponse first = createSignIn();
        EMU_EXPECT_STATUS(first, 200);
        const QString firstId = first.response().value(QLatin1String("id")).toString();
        QVERIFY(!firstId.isEmpty());
        const QString id = addFault({{QStringLiteral("pattern"), QStringLiteral("GET /v1/client")},
                                     {QStringLiteral("kind"), QStringLiteral("slow_answer")},
                                     {QStringLiteral("latency_ms"), 1500}});
        QVERIFY(!id.isEmpty());
        QSignalSpy served(&server, &ClerkEmulator::Server::requestServed);
        QNetworkReply *slow = c.start("GET", QStringLiteral("/v1/client"));
        QTRY_VERIFY_WITH_TIMEOUT(!served.isEmpty(), 10000);
        QCOMPARE(served.first().at(0).toString(), QStringLiteral("GET /v1/client"));
        QVERIFY2(!slow->isFinished(), "the answer waits");

        const FapiResponse second = createSignIn();
        EMU_EXPECT_STATUS(second, 200);
        const QString secondId = second.response().value(QLatin1String("id")).toString();
        QVERIFY(secondId != firstId);
        QVERIFY2(!slow->isFinished(), "the later request was answered first");

        const FapiResponse late = c.collect(slow, "GET");
        EMU_EXPECT_STATUS(late, 200);
        QCOMPARE(late.response().value(QLatin1String("object")).toString(), QStringLiteral("client"));
        QCOMPARE(late.response().value(QLatin1String("sign_in")).toObject().value(QLatin1String("id")).toString(),
                 firstId);
        QCOMPARE(hitsOf(id), 1);
    }

    void timeoutNeverAnswers()
    {
        const QString id = addFault({{QStringLiteral("pattern"), QStringLiteral("POST /v1/client/sign_ins")},
                                     {QStringLiteral("kind"), QStringLiteral("timeout")},
                                     {QStringLiteral("latency_ms"), 20000}});
        QVERIFY(!id.isEmpty());
        c.resetNetwork();
        RequestOptions o;
        o.transferTimeoutMs = 1500; // the client gives up; the server never answers
        o.waitMs = 30000;
        FapiResponse r = c.request("POST", QStringLiteral("/v1/client/sign_ins"),
                                   {{QStringLiteral("identifier"), Seed::janeEmail}}, o);
        QVERIFY2(r.finished, "the client-side transfer timeout must end the request");
        // Qt reports a transfer timeout as OperationCanceledError (TimeoutError in newer releases).
        QVERIFY2(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError,
                 qPrintable(r.describe()));
        QCOMPARE(r.status, 0);
        QCOMPARE(hitsOf(id), 1);
        c.resetNetwork(); // do not reuse the stalled connection
    }

    void countLimitsHits()
    {
        const QString id = addFault({{QStringLiteral("pattern"), QStringLiteral("GET /v1/environment")},
                                     {QStringLiteral("kind"), QStringLiteral("status")},
                                     {QStringLiteral("status"), 503},
                                     {QStringLiteral("count"), 2}});
        QVERIFY(!id.isEmpty());
        QList<int> statuses;
        for (int i = 0; i < 4; ++i)
            statuses.append(c.get(QStringLiteral("/v1/environment")).status);
        QCOMPARE(statuses, (QList<int>{503, 503, 200, 200}));
        QCOMPARE(hitsOf(id), 2);
    }

    void probabilityWithSeedIsDeterministic()
    {
        const QJsonObject fault{{QStringLiteral("pattern"), QStringLiteral("GET /v1/environment")},
                                {QStringLiteral("kind"), QStringLiteral("status")},
                                {QStringLiteral("status"), 503},
                                {QStringLiteral("probability"), 0.5},
                                {QStringLiteral("seed"), 424242}};
        const int n = 40;
        QString id = addFault(fault);
        QVERIFY(!id.isEmpty());
        const QList<bool> first = hitSequence(n);
        const int firstHits = int(std::count(first.begin(), first.end(), true));
        QCOMPARE(hitsOf(id), firstHits);
        QVERIFY2(firstHits > 0 && firstHits < n,
                 qPrintable(QStringLiteral("probability 0.5 hit %1 of %2 requests").arg(firstHits).arg(n)));

        FapiResponse reset = c.control("POST", QStringLiteral("/__emulator/reset"));
        EMU_EXPECT_STATUS(reset, 200);
        QCOMPARE(faultList().size(), 0);
        c.forgetClient();
        id = addFault(fault);
        QVERIFY(!id.isEmpty());
        const QList<bool> second = hitSequence(n);
        QCOMPARE(second, first);
    }

    void countersPerRouteKey()
    {
        FapiResponse cleared = c.control("DELETE", QStringLiteral("/__emulator/counters"));
        EMU_EXPECT_STATUS(cleared, 200);
        QSignalSpy served(&server, &ClerkEmulator::Server::requestServed);

        FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        for (int i = 0; i < 3; ++i) {
            FapiResponse t = c.post(QStringLiteral("/v1/client/sessions/%1/tokens").arg(flow.sessionId));
            EMU_EXPECT_STATUS(t, 200);
        }
        FapiResponse env = c.get(QStringLiteral("/v1/environment"));
        EMU_EXPECT_STATUS(env, 200);
        // Control requests in between are not counted.
        c.control("GET", QStringLiteral("/__emulator/settings"));

        FapiResponse counters = c.control("GET", QStringLiteral("/__emulator/counters"));
        EMU_EXPECT_STATUS(counters, 200);
        const QJsonObject routes = counters.object().value(QLatin1String("routes")).toObject();
        const QString detail = counters.describe();
        QCOMPARE(counters.object().value(QLatin1String("total")).toInt(), 6);
        QVERIFY2(routes.value(QLatin1String("POST /v1/client/sessions/{session_id}/tokens")).toInt() == 3, qPrintable(detail));
        QVERIFY2(routes.value(QLatin1String("POST /v1/client/sign_ins")).toInt() == 1, qPrintable(detail));
        QVERIFY2(routes.value(QLatin1String("POST /v1/client/sign_ins/{sign_in_id}/attempt_first_factor")).toInt() == 1,
                 qPrintable(detail));
        QVERIFY2(routes.value(QLatin1String("GET /v1/environment")).toInt() == 1, qPrintable(detail));
        int sum = 0;
        for (auto it = routes.begin(); it != routes.end(); ++it) {
            QVERIFY2(!it.key().startsWith(QLatin1String("GET /__emulator")), qPrintable(detail));
            sum += it.value().toInt();
        }
        QCOMPARE(sum, 6);

        // The in-process signal saw the same six FAPI requests.
        QTRY_COMPARE_WITH_TIMEOUT(served.size(), 6, 10000);
        QCOMPARE(served.at(0).at(0).toString(), QStringLiteral("POST /v1/client/sign_ins"));
        QCOMPARE(served.at(0).at(1).toInt(), 200);
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/client/sessions/{session_id}/tokens")), 3);

        // Faulted requests are counted too (they reached the route).
        addFault({{QStringLiteral("pattern"), QStringLiteral("GET /v1/environment")},
                  {QStringLiteral("kind"), QStringLiteral("status")},
                  {QStringLiteral("status"), 503}});
        FapiResponse faulted = c.get(QStringLiteral("/v1/environment"));
        EMU_EXPECT_STATUS(faulted, 503);
        counters = c.control("GET", QStringLiteral("/__emulator/counters"));
        QCOMPARE(counters.object().value(QLatin1String("routes")).toObject()
                     .value(QLatin1String("GET /v1/environment")).toInt(), 2);

        cleared = c.control("DELETE", QStringLiteral("/__emulator/counters"));
        EMU_EXPECT_STATUS(cleared, 200);
        counters = c.control("GET", QStringLiteral("/__emulator/counters"));
        QCOMPARE(counters.object().value(QLatin1String("total")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorFaults)
#include "tst_emulator_faults.moc"
