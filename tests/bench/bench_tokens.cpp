// Token engine benchmark: what keeping a session token fresh costs the network, the CPU wake-ups and the app.
//
//   bench_tokens [--ttl 4] [--seconds 24] [--calls 20000]
//
// Prints `figure:` / `ratio:` lines. Requests per signed-in hour at 60 s tokens are simulated with short
// tokens: the engine refreshes once per (ttl − lead(ttl)) window, so the measured requests per window, times the
// 3600 / (60 − 10) windows of an hour of 60 s tokens, is the hourly figure; the limit is one request per window.
#include "tokenengine_p.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Clerk;
using namespace std::chrono;

namespace {

const QString kTokens = QStringLiteral("POST /v1/client/sessions/{session_id}/tokens");
const QString kTemplateTokens = QStringLiteral("POST /v1/client/sessions/{session_id}/tokens/{template_name}");

void figure(const char *name, double value, const char *unit)
{
    std::printf("figure: %s = %.6g %s\n", name, value, unit);
}

void ratio(const char *name, double value)
{
    std::printf("ratio: %s = %.4g\n", name, value);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

std::unique_ptr<Auth> signIn(const ClerkEmulator::Server &server, bool polling)
{
    AuthConfig config;
    config.publishableKey = server.publishableKey();
    config.persistSession = false;
    config.tokenPolling = polling;
    auto auth = std::make_unique<Auth>(config);
    waitFor([&] { return auth->status() != Auth::Status::Loading; }, 10000);
    Reply *r = auth->signIn(QStringLiteral("jane+clerk_test@example.com"), QStringLiteral("correct horse battery staple"));
    waitFor([&] { return auth->isSignedIn(); }, 10000);
    Q_UNUSED(r);
    return auth;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ttlOpt(QStringLiteral("ttl"), QStringLiteral("Token lifetime (s)."), QStringLiteral("s"), QStringLiteral("4"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Signed-in time simulated (s)."),
                                        QStringLiteral("s"), QStringLiteral("24"));
    const QCommandLineOption callsOpt(QStringLiteral("calls"), QStringLiteral("Cached getToken() calls timed."),
                                      QStringLiteral("n"), QStringLiteral("20000"));
    parser.addOptions({ttlOpt, secondsOpt, callsOpt});
    parser.addHelpOption();
    parser.process(app);
    const int ttl = parser.value(ttlOpt).toInt();
    const int seconds = parser.value(secondsOpt).toInt();
    const int calls = parser.value(callsOpt).toInt();

    ClerkEmulator::Server server;
    server.setTokenTtl(ttl);
    if (!server.listen()) {
        std::fprintf(stderr, "cannot start the emulator\n");
        return 1;
    }

    // 1. A signed-in hour, compressed.
    {
        auto auth = signIn(server, true);
        auto *engine = auth->findChild<TokenEngine *>();
        if (!auth->isSignedIn() || !engine) {
            std::fprintf(stderr, "sign-in failed\n");
            return 1;
        }
        server.resetCounters();
        const TokenEngine::Stats before = engine->stats();
        int changes = 0;
        QObject::connect(auth.get(), &Auth::sessionTokenChanged, [&] { ++changes; });
        QElapsedTimer t;
        t.start();
        wait(seconds * 1000);
        const double elapsed = double(t.elapsed()) / 1000.0;
        const TokenEngine::Stats after = engine->stats();
        const double window = double(ttl) - double(engine->leadFor(milliseconds(ttl * 1000)).count()) / 1000.0;
        const double windows = elapsed / window;
        const double requestsPerWindow = double(server.requestCount(kTokens)) / windows;
        const double wakeupsPerWindow = double(after.timerWakeups - before.timerWakeups) / windows;
        const double hourWindows = 3600.0 / (60.0 - 10.0);
        std::printf("info: simulated %.1f s of %d s tokens (lead %.2f s): %d token requests, %d timer wake-ups, "
                    "%d new tokens, %d other FAPI requests\n",
                    elapsed, ttl, double(ttl) - window, server.requestCount(kTokens),
                    after.timerWakeups - before.timerWakeups, changes,
                    server.totalRequestCount() - server.requestCount(kTokens));
        figure("token_requests_per_signed_in_hour_at_60s", requestsPerWindow * hourWindows, "1/h");
        figure("timer_wakeups_per_signed_in_hour_at_60s", wakeupsPerWindow * hourWindows, "1/h");
        figure("limit_requests_per_signed_in_hour_at_60s", hourWindows, "1/h");
        figure("other_fapi_requests_per_signed_in_hour", double(server.totalRequestCount() - server.requestCount(kTokens)) * 3600.0 / elapsed, "1/h");
        ratio("token_requests_vs_limit", requestsPerWindow);
        ratio("timer_wakeups_vs_limit", wakeupsPerWindow);
    }

    // 2. Cached getToken(): the whole round trip an app sees (call → Reply finished) and the engine's own cost.
    {
        auto auth = signIn(server, false);
        auto *engine = auth->findChild<TokenEngine *>();
        std::vector<double> replyUs, engineUs;
        replyUs.reserve(size_t(calls));
        engineUs.reserve(size_t(calls));
        const int requestsBefore = server.totalRequestCount();
        QElapsedTimer t;
        for (int i = 0; i < calls; ++i) {
            t.start();
            Reply *r = auth->getToken();
            r->setAutoDelete(false);
            while (!r->isFinished())
                QCoreApplication::processEvents();
            replyUs.push_back(double(t.nsecsElapsed()) / 1000.0);
            delete r;
        }
        for (int i = 0; i < calls; ++i) {
            t.start();
            bool hit = false;
            engine->getToken({}, engine, [&](const QString &jwt, const Error &) { hit = !jwt.isEmpty(); });
            engineUs.push_back(double(t.nsecsElapsed()) / 1000.0);
            if (!hit)
                std::fprintf(stderr, "cache miss\n");
        }
        figure("cached_get_token_reply_median", percentile(replyUs, 0.5), "us");
        figure("cached_get_token_reply_p99", percentile(replyUs, 0.99), "us");
        figure("cached_get_token_engine_median", percentile(engineUs, 0.5), "us");
        figure("cached_get_token_engine_p99", percentile(engineUs, 0.99), "us");
        figure("fapi_requests_for_cached_calls", double(server.totalRequestCount() - requestsBefore), "requests");
    }

    // 3. 1 000 concurrent callers for a token nobody has yet.
    {
        auto auth = signIn(server, false);
        server.resetCounters();
        GetTokenOptions options;
        options.templateName = QStringLiteral("api");
        int done = 0;
        for (int i = 0; i < 1000; ++i)
            QObject::connect(auth->getToken(options), &Reply::finished, [&] { ++done; });
        waitFor([&] { return done == 1000; }, 30000);
        figure("requests_for_1000_concurrent_get_token", double(server.requestCount(kTemplateTokens)), "requests");
        ratio("concurrent_requests_vs_limit", double(server.requestCount(kTemplateTokens)) / 1.0);
    }
    return 0;
}
