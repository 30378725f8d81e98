// A fresh token after sleep on every platform (issue #21, item 3). On macOS timers stand still while the machine
// sleeps and no clock notice comes: these tests take the clock source away (a silent one, as there) and let the
// test's clock jump past expiry, so only the read-time check and the other "the token may be stale" sources —
// application activation, network reachability — can notice. Each source is driven through the engine's seam,
// the activation one through this QGuiApplication's own signal; the host's clock, sleep state and network are
// never touched. Everything runs against the emulator over real HTTP.
#include "clockwatcher_p.h"
#include "testclock.h"
#include "recordingserver.h"
#include "stalesources_p.h"
#include "testhelpers.h"
#include "tokenengine_p.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>
#include <ClerkQt/authorizednetworkaccessmanager.h>

#include <QGuiApplication>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Clerk;
using namespace TestHelpers;

namespace {

const QString kTokens = QStringLiteral("POST /v1/client/sessions/{session_id}/tokens");
constexpr qint64 kTenMinutes = 10 * 60 * 1000;


bool expiresAfter(const QString &jwt, qint64 serverNowMs)
{
    return TokenClaims::fromJwt(jwt).expiresAtSecs() * 1000 > serverNowMs;
}

} // namespace

class tst_TokenWake : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClerkEmulator::Server> server;
    TestClock clock;
    ClockChangeSource silent; ///< stands in for the clock watcher of a platform without clock notices

    /// Signed in on the test's clock, with a token of `ttl` seconds, on a platform without clock notices.
    std::unique_ptr<Auth> signedIn(int ttl, bool polling = true)
    {
        server->setTokenTtl(ttl);
        AuthConfig config = configFor(*server, uniqueService("wake"));
        config.persistSession = false;
        config.tokenPolling = polling;
        config.clock = clock.fn();
        auto auth = std::make_unique<Auth>(config);
        if (!waitLoaded(*auth) || !await(auth->signIn(kJane, kJanePassword)).ok() || !auth->isSignedIn())
            return nullptr;
        engineOf(*auth)->setClockChangeSource(&silent);
        server->resetCounters();
        return auth;
    }

    static TokenEngine *engineOf(Auth &auth) { return auth.findChild<TokenEngine *>(); }

    /// As after a sleep of `ms`: real time went on for us and for the server; no timer fired meanwhile.
    void sleepFor(qint64 ms)
    {
        clock.offset->store(ms);
        server->setClockOffset(ms);
    }

    /// A round trip sent now has completed: a token request caused before it would have been counted by then.
    static bool roundTrip(Auth &auth) { return await(auth.loadEnvironment()).ok(); }

    static void activate()
    {
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    }

private Q_SLOTS:
    void init()
    {
        clock.offset->store(0);
        server = std::make_unique<ClerkEmulator::Server>();
        QVERIFY(server->listen());
    }
    void cleanup() { server.reset(); }

    void readsAfterSleepGiveNoExpiredToken_data()
    {
        QTest::addColumn<bool>("polling");
        QTest::newRow("polling") << true;
        QTest::newRow("no polling") << false;
    }
    void readsAfterSleepGiveNoExpiredToken()
    {
        QFETCH(bool, polling);
        auto auth = signedIn(60, polling);
        QVERIFY(auth);
        TokenEngine *engine = engineOf(*auth);
        const QString before = auth->sessionToken();
        QVERIFY(!before.isEmpty());
        const TokenEngine::Stats stats = engine->stats();
        QSignalSpy changed(auth.get(), &Auth::sessionTokenChanged);

        sleepFor(kTenMinutes);
        QVERIFY(auth->sessionToken().isEmpty());
        QVERIFY(!auth->sessionClaims().isValid());
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1/")));
        QVERIFY(!auth->authorize(request));
        QVERIFY(!request.hasRawHeader("Authorization"));
        // The getters emitted nothing and sent nothing: that happens once they have returned.
        QCOMPARE(changed.count(), 0);
        QCOMPARE(engine->stats().fetches, stats.fetches);

        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.first().first().toString(), QString()); // withdrawn first
        if (!polling) {
            // No background requests without polling: withdrawn only; getToken() fetches on demand.
            QVERIFY(roundTrip(*auth));
            QCOMPARE(server->requestCount(kTokens), 0);
            QCOMPARE(changed.count(), 1);
            const Outcome o = await(auth->getToken());
            QVERIFY(o.ok());
            QVERIFY(expiresAfter(o.result.toString(), server->now()));
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
        const QString fresh = changed.at(1).first().toString();
        QVERIFY(fresh != before);
        QVERIFY(expiresAfter(fresh, server->now()));
        QCOMPARE(auth->sessionToken(), fresh);
        QVERIFY(auth->authorize(request));
        QCOMPARE(request.rawHeader("Authorization"), "Bearer " + fresh.toLatin1());
        QVERIFY(roundTrip(*auth));
        QCOMPARE(server->requestCount(kTokens), 1);
        QCOMPARE(engine->stats().staleReads, stats.staleReads + 1); // three reads, one judgement
    }

    void authorizedManagerAttachesNoExpiredToken()
    {
        auto auth = signedIn(60);
        QVERIFY(auth);
        RecordingServer api;
        QVERIFY(api.start());
        AuthorizedNetworkAccessManager nam(auth.get());
        nam.setAllowedOrigins({api.url(QStringLiteral("/"))});
        sleepFor(kTenMinutes);
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(api.url(QStringLiteral("/me")))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(api.seen.size(), 1);
        QVERIFY(api.seen[0].authorization.startsWith("Bearer "));
        QVERIFY(expiresAfter(QString::fromLatin1(api.seen[0].authorization.mid(7)), server->now()));
        QVERIFY(roundTrip(*auth));
        QCOMPARE(server->requestCount(kTokens), 1);
    }

    void noticeRefreshesOnlyAStaleToken_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<qint64>("sleptMs");
        QTest::addColumn<bool>("refresh");
        for (const QString &source : {QStringLiteral("activation"), QStringLiteral("reachability")}) {
            const QByteArray s = source.toLatin1();
            QTest::addRow("%s, fresh", s.constData()) << source << qint64(0) << false;
            QTest::addRow("%s, slept 3 s, still fresh", s.constData()) << source << qint64(3000) << false;
            QTest::addRow("%s, slept into the lead", s.constData()) << source << qint64(55000) << true;
            QTest::addRow("%s, slept past expiry", s.constData()) << source << kTenMinutes << true;
        }
    }
    void noticeRefreshesOnlyAStaleToken()
    {
        QFETCH(QString, source);
        QFETCH(qint64, sleptMs);
        QFETCH(bool, refresh);
        auto auth = signedIn(60); // lead 10 s: the refresh is due ~50 s after sign-in
        QVERIFY(auth);
        TokenEngine *engine = engineOf(*auth);
        ReachabilitySource network(QNetworkInformation::Reachability::Disconnected);
        engine->addStaleSource(&network);
        const QString before = auth->sessionToken();
        const TokenEngine::Stats stats = engine->stats();

        sleepFor(sleptMs);
        if (source == QLatin1String("activation"))
            activate(); // through the ActivationSource the Auth made for this QGuiApplication
        else
            network.onReachabilityChanged(QNetworkInformation::Reachability::Online);
        QCOMPARE(engine->stats().wakeNotices, stats.wakeNotices + 1);
        QCOMPARE(engine->stats().fetches, stats.fetches + (refresh ? 1 : 0));
        if (refresh)
            QTRY_VERIFY_WITH_TIMEOUT(auth->sessionToken() != before && !auth->sessionToken().isEmpty(), 10000);
        QVERIFY(roundTrip(*auth));
        QCOMPARE(server->requestCount(kTokens), refresh ? 1 : 0);
        QVERIFY(expiresAfter(auth->sessionToken(), server->now()));
        if (!refresh)
            QCOMPARE(auth->sessionToken(), before);
    }

    void noticesTogetherRefreshOnce()
    {
        auto auth = signedIn(60);
        QVERIFY(auth);
        TokenEngine *engine = engineOf(*auth);
        ClockChangeSource clockNotices;
        engine->setClockChangeSource(&clockNotices);
        ReachabilitySource network(QNetworkInformation::Reachability::Disconnected);
        engine->addStaleSource(&network);
        const TokenEngine::Stats stats = engine->stats();

        sleepFor(kTenMinutes);
        // A wake as it may come: the clock notice, the application activated, the network back, a read.
        Q_EMIT clockNotices.clockChanged();
        activate();
        network.onReachabilityChanged(QNetworkInformation::Reachability::Online);
        QVERIFY(auth->sessionToken().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!auth->sessionToken().isEmpty(), 10000);
        QVERIFY(expiresAfter(auth->sessionToken(), server->now()));
        QVERIFY(roundTrip(*auth));
        QCOMPARE(server->requestCount(kTokens), 1);
        QCOMPARE(engine->stats().fetches, stats.fetches + 1);
    }

    void platformSources()
    {
        AuthConfig config = configFor(*server, uniqueService("wake-plain"));
        config.persistSession = false;
        Auth plain(config); // unlike signedIn(), with the platform's clock watcher
        TokenEngine *engine = engineOf(plain);
        QVERIFY(engine);
        auto *watcher = engine->findChild<ClockWatcher *>();
        QVERIFY(watcher);
        // Linux builds clockwatcher_linux.cpp (timerfd); every other platform the portable one, which is silent.
        QCOMPARE(watcher->isSupported(), QSysInfo::kernelType() == QLatin1String("linux"));
        QVERIFY(engine->findChild<ActivationSource *>()); // a QGuiApplication: its activation is followed
    }

    void sourcesMapTheirSignals()
    {
        ActivationSource activation(Qt::ApplicationActive);
        QSignalSpy activated(&activation, &StaleTokenSource::mayBeStale);
        activation.onStateChanged(Qt::ApplicationActive);
        QCOMPARE(activated.count(), 0); // active already
        activation.onStateChanged(Qt::ApplicationInactive);
        activation.onStateChanged(Qt::ApplicationSuspended);
        QCOMPARE(activated.count(), 0);
        activation.onStateChanged(Qt::ApplicationActive);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activation.kind(), StaleTokenSource::Kind::Activation);

        using R = QNetworkInformation::Reachability;
        ReachabilitySource network(R::Online);
        QSignalSpy back(&network, &StaleTokenSource::mayBeStale);
        network.onReachabilityChanged(R::Online);
        network.onReachabilityChanged(R::Disconnected);
        network.onReachabilityChanged(R::Local);
        QCOMPARE(back.count(), 0);
        network.onReachabilityChanged(R::Online);
        QCOMPARE(back.count(), 1);
        QCOMPARE(network.kind(), StaleTokenSource::Kind::Reachability);
    }
};

QTEST_MAIN(tst_TokenWake)
#include "tst_token_wake.moc"
