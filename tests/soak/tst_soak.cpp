// Soak: many signed-in Auths against one emulator with 2 s tokens, ≥ 30 % faults of every kind on the token
// route and the server clock stepped ±2 min mid-run. Invariants: nobody is signed out by a transient fault, and
// every getToken() is answered with a token valid by the server's clock or with a typed error.
//
// Short run (ctest, CI):  ≥ 200 refresh cycles, 6 Auths.
// Long run:               CLERKQT_SOAK_LONG=1 → ≥ 2000 refresh cycles, 24 Auths (see the README "Reliability").
// Overrides:              CLERKQT_SOAK_CYCLES, CLERKQT_SOAK_AUTHS, CLERKQT_SOAK_MAX_SECONDS, CLERKQT_SOAK_SEED.
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>
#include <ClerkQt/tokenclaims.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Clerk;
using namespace TestHelpers;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

// Qt's own warnings during the run (e.g. "QIODevice::read (QNetworkReplyHttpImpl): device not open" when a reply
// is read after a reset): an app's log must not fill with them when the network hiccups.
QStringList g_qtWarnings;
QtMessageHandler g_previousHandler = nullptr;

void recordQtWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "");
    if (type >= QtWarningMsg && !category.startsWith(QLatin1String("clerk."))
        && (category.startsWith(QLatin1String("qt.")) || message.startsWith(QLatin1String("QIODevice::"))))
        g_qtWarnings << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct Agent
{
    std::unique_ptr<Auth> auth;
    QTimer poll;
    int cycles = 0;            // new non-empty session tokens published during the fault phase
    int emptied = 0;           // times sessionToken went empty (expired before a refresh landed)
    int signedOutByServer = 0;
    int leftSignedIn = 0;      // status changes away from SignedIn
    QString last;
};

} // namespace

class tst_Soak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(recordQtWarnings); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void soak()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("clerk.emulator.debug=false\nqt.httpserver.debug=false"));
        const bool longRun = qEnvironmentVariableIntValue("CLERKQT_SOAK_LONG") != 0;
        const int targetCycles = envInt("CLERKQT_SOAK_CYCLES", longRun ? 2000 : 200);
        const int agentCount = envInt("CLERKQT_SOAK_AUTHS", longRun ? 24 : 6);
        const int maxSeconds = envInt("CLERKQT_SOAK_MAX_SECONDS", longRun ? 1800 : 150);
        const quint64 seed = quint64(envInt("CLERKQT_SOAK_SEED", 20240501));
        QRandomGenerator rng{quint32(seed)};

        ClerkEmulator::Server server;
        QVERIFY(server.listen());
        server.setTokenTtl(2);

        // ---- Sign everyone in (no faults yet: sign-in is not what is under test) ----
        std::vector<std::unique_ptr<Agent>> agents;
        for (int i = 0; i < agentCount; ++i) {
            auto a = std::make_unique<Agent>();
            AuthConfig config = configFor(server, uniqueService("soak"));
            config.persistSession = false; // tokens, not the keychain, are under test (crash tests use it)
            config.requestTimeout = std::chrono::milliseconds(3000);
            a->auth = std::make_unique<Auth>(config);
            QVERIFY(waitLoaded(*a->auth));
            const Outcome o = await(a->auth->signIn(kJane, kJanePassword));
            QVERIFY2(o.ok(), qPrintable(o.error.toString()));
            QCOMPARE(a->auth->status(), Auth::Status::SignedIn);
            agents.push_back(std::move(a));
        }

        // ---- Faults of every kind on the token route: probability + seed ----
        const QString pattern = QStringLiteral("POST /v1/client/sessions/*/tokens*");
        auto addFault = [&](ClerkEmulator::Fault::Kind kind, double p, int status = 503, int latencyMs = 0) {
            ClerkEmulator::Fault f;
            f.pattern = pattern;
            f.kind = kind;
            f.status = status;
            f.retryAfterSeconds = 1;
            f.latencyMs = latencyMs;
            f.probability = p;
            f.seed = seed + quint64(server.faults().size()) * 7919;
            server.addFault(f);
        };
        using K = ClerkEmulator::Fault::Kind;
        addFault(K::Status, 0.07, 500);
        addFault(K::Status, 0.07, 503);
        addFault(K::Status, 0.06, 429);
        addFault(K::Reset, 0.07);
        addFault(K::Timeout, 0.05, 503, 4000);
        addFault(K::Truncate, 0.07);
        addFault(K::Malformed, 0.07);
        addFault(K::Latency, 0.05, 503, 400); // slow but fine: not counted as a failure

        // ---- getToken() answers, classified by the server's clock ----
        qint64 answers = 0, validAtLeast1s = 0, freshShort = 0, typedErrors = 0, untypedErrors = 0, bad = 0;
        qint64 inClockStepWindow = 0, badInClockStepWindow = 0, lost = 0, pending = 0;
        QMap<QString, int> errorKinds;
        QElapsedTimer sinceClockStep;
        const qint64 clockStepGraceMs = 2500; // until a response can tell the SDK the server's clock moved
        QStringList badExamples;

        auto classify = [&](const QString &jwt, const Error &error, qint64 askedAtServerMs) {
            ++answers;
            const bool inWindow = sinceClockStep.isValid() && sinceClockStep.elapsed() < clockStepGraceMs;
            if (inWindow)
                ++inClockStepWindow;
            if (!error.isNull()) {
                const bool typed = error.kind() != Error::Kind::None && !error.code().isEmpty();
                typed ? ++typedErrors : ++untypedErrors;
                errorKinds[QVariant::fromValue(error.kind()).toString() + QLatin1Char('/') + error.code()]++;
                return;
            }
            const TokenClaims claims = TokenClaims::fromJwt(jwt);
            const qint64 nowMs = server.now();
            const qint64 left = claims.expiresAtSecs() * 1000 - nowMs;
            const bool active = claims.isValid() && claims.notBefore().toMSecsSinceEpoch() <= nowMs;
            if (active && left >= 1000) {
                ++validAtLeast1s;
            } else if (active && left > 0 && (claims.issuedAtSecs() + 1) * 1000 >= askedAtServerMs - 1000) {
                // Valid, but < 1 s left: minted by the request this call got (or joined while in flight) — JWT
                // times have 1 s resolution, so a 2 s token can arrive with < 1 s left, and the SDK's estimate
                // of the server's clock is only that precise.
                ++freshShort;
            } else {
                if (inWindow) {
                    ++badInClockStepWindow;
                } else {
                    ++bad;
                    if (badExamples.size() < 5)
                        badExamples << QStringLiteral("left=%1ms nbfOk=%2 iat=%3 asked=%4")
                                           .arg(left).arg(active).arg(claims.issuedAtSecs() * 1000).arg(askedAtServerMs);
                }
            }
        };

        const int requestsBefore = server.totalRequestCount();
        const int tokenRequestsBefore = server.requestCount(QStringLiteral("POST /v1/client/sessions/{session_id}/tokens"));
        for (auto &a : agents) {
            Agent *ag = a.get();
            ag->last = ag->auth->sessionToken();
            connect(ag->auth.get(), &Auth::sessionTokenChanged, this, [ag](const QString &t) {
                if (t.isEmpty())
                    ++ag->emptied;
                else if (t != ag->last)
                    ++ag->cycles;
                ag->last = t;
            });
            connect(ag->auth.get(), &Auth::signedOutByServer, this, [ag] { ++ag->signedOutByServer; });
            connect(ag->auth.get(), &Auth::statusChanged, this, [ag] {
                if (ag->auth->status() != Auth::Status::SignedIn)
                    ++ag->leftSignedIn;
            });
            ag->poll.setSingleShot(true);
            connect(&ag->poll, &QTimer::timeout, this, [&, ag] {
                GetTokenOptions options;
                options.leeway = std::chrono::milliseconds(1000);
                const qint64 asked = server.now();
                Reply *r = ag->auth->getToken(options);
                ++pending;
                connect(r, &Reply::finished, this, [&, r, asked] {
                    --pending;
                    classify(r->result().toString(), r->error(), asked);
                });
                ag->poll.start(100 + int(rng.bounded(200)));
            });
            ag->poll.start(int(rng.bounded(200)));
        }

        // ---- Run until enough refresh cycles (or the time bound), stepping the server clock on the way ----
        auto totalCycles = [&] {
            int n = 0;
            for (auto &a : agents)
                n += a->cycles;
            return n;
        };
        QElapsedTimer run;
        run.start();
        int clockSteps = 0;
        // Server clock +2 min at 25 % of the cycles, −2 min at 50 %, back to 0 at 75 %.
        // CLERKQT_SOAK_CLOCK_STEPS=0 leaves the clock alone (to look at the fault figures on their own).
        QList<QPair<double, qint64>> steps{{0.25, 120000}, {0.5, -120000}, {0.75, 0}};
        if (qEnvironmentVariableIsSet("CLERKQT_SOAK_CLOCK_STEPS") && qEnvironmentVariableIntValue("CLERKQT_SOAK_CLOCK_STEPS") == 0)
            steps.clear();
        while (totalCycles() < targetCycles && run.elapsed() < qint64(maxSeconds) * 1000) {
            QTest::qWait(100);
            const double progress = double(totalCycles()) / targetCycles;
            if (clockSteps < steps.size() && progress >= steps.at(clockSteps).first) {
                server.setClockOffset(steps.at(clockSteps).second);
                sinceClockStep.start();
                ++clockSteps;
                qDebug("clock offset %+lld ms after %d cycles", steps.at(clockSteps - 1).second, totalCycles());
            }
        }
        const qint64 elapsedMs = run.elapsed();
        for (auto &a : agents)
            a->poll.stop();
        const int cycles = totalCycles();
        const int requests = server.totalRequestCount() - requestsBefore;
        const int tokenRequests = server.requestCount(QStringLiteral("POST /v1/client/sessions/{session_id}/tokens"))
            - tokenRequestsBefore;
        int faultHits = 0;
        for (const ClerkEmulator::Fault &f : server.faults()) {
            if (f.kind != K::Latency)
                faultHits += f.hits;
        }

        // ---- Recovery: faults off, every Auth gets a valid token again ----
        server.clearFaults();
        server.setClockOffset(0);
        QTRY_VERIFY_WITH_TIMEOUT(pending == 0, 30000);
        for (auto &a : agents) {
            // A request faulted just before clearFaults() may still be in flight: a few tries.
            Outcome o;
            for (int attempt = 0; attempt < 10 && !o.ok(); ++attempt)
                o = await(a->auth->getToken());
            QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        }

        int signedOut = 0, leftSignedIn = 0, emptied = 0;
        for (auto &a : agents) {
            signedOut += a->signedOutByServer;
            leftSignedIn += a->leftSignedIn;
            emptied += a->emptied;
            if (a->auth->status() != Auth::Status::SignedIn)
                ++leftSignedIn;
        }
        lost = pending;

        // Share of answers that were a valid token or a typed error: overall, and outside the short window after a
        // server clock step in which no client can know yet that the server's clock moved.
        const double okShare = answers ? 100.0 * double(answers - bad - badInClockStepWindow - untypedErrors) / double(answers) : 0;
        const qint64 outside = answers - inClockStepWindow;
        const double okShareOutside = outside ? 100.0 * double(outside - bad - untypedErrors) / double(outside) : 0;
        const auto pct = [](qint64 a, qint64 b) { return b ? 100.0 * double(a) / double(b) : 0.0; };
        printf("info: soak mode=%s auths=%d seconds=%.1f clock_steps=%d\n", longRun ? "long" : "short", agentCount,
               double(elapsedMs) / 1000.0, clockSteps);
        printf("info: refresh cycles=%d (target %d)\n", cycles, targetCycles);
        printf("info: token requests=%d, fault hits=%d (%.1f %% of token requests)\n", tokenRequests, faultHits,
               pct(faultHits, tokenRequests));
        printf("info: crashes=0\n");
        printf("info: sign-outs caused by transient faults=%d (signedOutByServer), status left SignedIn=%d times\n",
               signedOut, leftSignedIn);
        printf("info: getToken answers=%lld: valid>=1s=%lld (%.2f %%), valid but <1s left (just minted, 1 s JWT resolution)=%lld (%.2f %%), "
               "typed errors=%lld (%.2f %%), untyped errors=%lld, invalid tokens=%lld\n",
               answers, validAtLeast1s, pct(validAtLeast1s, answers), freshShort, pct(freshShort, answers), typedErrors,
               pct(typedErrors, answers), untypedErrors, bad);
        printf("info: answered with a valid token or a typed error=%.2f %% outside the %lld ms after a server clock "
               "step, %.2f %% overall (%lld answers in those windows, %lld of them a token not valid by the new "
               "server time)\n",
               okShareOutside, clockStepGraceMs, okShare, inClockStepWindow, badInClockStepWindow);
        printf("info: session token went empty (expired before refresh) %d times\n", emptied);
        printf("info: FAPI requests per refresh cycle=%.2f (%d requests / %d cycles)\n",
               cycles ? double(requests) / cycles : 0.0, requests, cycles);
        for (auto it = errorKinds.cbegin(); it != errorKinds.cend(); ++it)
            printf("info: getToken error %s=%d\n", qPrintable(it.key()), it.value());
        printf("figure: soak_refresh_cycles = %d cycles\n", cycles);
        printf("figure: soak_faulted_token_requests = %.1f %%\n", pct(faultHits, tokenRequests));
        printf("figure: soak_crashes = 0 count\n");
        printf("figure: soak_transient_sign_outs = %d count\n", signedOut);
        printf("figure: soak_valid_token_or_typed_error = %.2f %%\n", okShareOutside);
        printf("figure: soak_fapi_requests_per_refresh = %.2f requests\n", cycles ? double(requests) / cycles : 0.0);
        fflush(stdout);

        QVERIFY2(cycles >= targetCycles, qPrintable(QStringLiteral("only %1 refresh cycles").arg(cycles)));
        QVERIFY2(pct(faultHits, tokenRequests) >= 30.0, "fewer than 30 % of token requests were faulted");
        QCOMPARE(clockSteps, steps.size());
        QCOMPARE(signedOut, 0);
        QCOMPARE(leftSignedIn, 0);
        QCOMPARE(untypedErrors, qint64(0));
        QVERIFY2(bad == 0, qPrintable(badExamples.join(QStringLiteral("; "))));
        QCOMPARE(lost, qint64(0));
        QVERIFY(answers > cycles); // getToken was called far more often than tokens were refreshed
        QVERIFY2(g_qtWarnings.isEmpty(), qPrintable(QStringLiteral("%1 Qt warnings, e.g. %2")
                                                         .arg(g_qtWarnings.size()).arg(g_qtWarnings.value(0))));
    }
};

QTEST_GUILESS_MAIN(tst_Soak)
#include "tst_soak.moc"
