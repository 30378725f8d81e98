// The processes bench_idle measures. Each prints `ready` once it is idle and, when its time is up, what it saw
// (`token <iat> <exp>` per token it held, in order; `changed <n>`), then exits. Between the two it does nothing
// of its own — no timers, no polling — so every wake-up the orchestrator counts is the SDK's (or Qt's).
#include "bench_idle.h"

#include <ClerkQt/auth.h>
#include <ClerkQt/tokenclaims.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cstdio>

namespace Bench {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    // Sleeps in the event loop between checks: processEvents() with a time limit would spin, and a spinning
    // orchestrator would take a core from the processes it measures.
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start(50);
    if (!done())
        loop.exec();
    return done();
}

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The orchestrator passes `seconds` = its settle time + its window and closes the window that long after `ready`;
// staying a little longer keeps the last refresh's wake-ups inside what it samples and the role's exit outside.
constexpr int kTailMs = 6000;

} // namespace

int runAppRole(const QString &publishableKey, const QString &keychainService, int seconds)
{
    using namespace Clerk;
    AuthConfig config;
    config.publishableKey = publishableKey;
    config.keychainService = keychainService;
    config.persistSession = !keychainService.isEmpty();
    Auth auth(config);
    if (!waitFor([&] { return auth.status() != Auth::Status::Loading; }, 20000)) {
        say(QStringLiteral("error: Auth stayed Loading"));
        return 1;
    }
    auth.signIn(QStringLiteral("jane+clerk_test@example.com"), QStringLiteral("correct horse battery staple"));
    if (!waitFor([&] { return auth.isSignedIn() && !auth.sessionToken().isEmpty()
                              && (!config.persistSession || auth.isPersistent()); }, 20000)) {
        say(QStringLiteral("error: sign-in did not complete"));
        return 1;
    }
    QStringList tokens;
    int changed = 0;
    const auto record = [&] {
        const TokenClaims claims = TokenClaims::fromJwt(auth.sessionToken());
        if (claims.isValid())
            tokens.append(QStringLiteral("token %1 %2").arg(claims.issuedAtSecs()).arg(claims.expiresAtSecs()));
    };
    record();
    QObject::connect(&auth, &Auth::sessionTokenChanged, &auth, [&] {
        ++changed;
        record();
    });
    say(QStringLiteral("ready persistent=%1").arg(auth.isPersistent()));
    QTimer::singleShot(seconds * 1000 + kTailMs, Qt::PreciseTimer, &auth, [&] {
        for (const QString &t : std::as_const(tokens))
            say(t);
        say(QStringLiteral("changed %1").arg(changed));
        say(QStringLiteral("error-code %1").arg(auth.backgroundError().code()));
        QCoreApplication::quit();
    });
    const int rc = QCoreApplication::exec();
    if (config.persistSession) {
        // Leave nothing in the keychain: the next run signs in again.
        auth.signOut();
        waitFor([&] { return !auth.isSignedIn(); }, 10000);
    }
    return rc;
}

int runControlRole(int seconds)
{
    say(QStringLiteral("ready"));
    QTimer::singleShot(seconds * 1000 + kTailMs, Qt::PreciseTimer, qApp, [] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

int runQnamPeerRole(const QString &url, int intervalMs, int seconds)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    const QByteArray clientToken = in.readLine().trimmed();
    QNetworkAccessManager nam;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &nam, [&] {
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("Authorization", clientToken);
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        QNetworkReply *reply = nam.sendCustomRequest(request, "POST");
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply] {
            reply->readAll();
            reply->deleteLater();
        });
    });
    timer.start(intervalMs);
    say(QStringLiteral("ready"));
    QTimer::singleShot(seconds * 1000 + kTailMs, Qt::PreciseTimer, qApp, [] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

} // namespace Bench
