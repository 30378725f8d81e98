// The token engine end to end: Clerk::Auth against the emulator with short-lived tokens.
#include "clocksource_p.h"
#include "testclock.h"
#include "testhelpers.h"
#include "tokenengine_p.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace Clerk;
using namespace TestHelpers;

namespace {

const QString kTokens = QStringLiteral("POST /v1/client/sessions/{session_id}/tokens");
const QString kTemplateTokens = QStringLiteral("POST /v1/client/sessions/{session_id}/tokens/{template_name}");
const QString kGetClient = QStringLiteral("GET /v1/client");
constexpr qint64 kTenMinutes = 10 * 60 * 1000;


} // namespace

class tst_TokenEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClerkEmulator::Server> server;

    std::unique_ptr<Auth> signedIn(AuthConfig config, const QString &who = kJane, const QString &pw = kJanePassword)
    {
        config.persistSession = false; // tokens, not the keychain, are under test here
        auto auth = std::make_unique<Auth>(config);
        if (!waitLoaded(*auth))
            return nullptr;
        const Outcome o = await(auth->signIn(who, pw));
        if (!o.ok() || !auth->isSignedIn())
            return nullptr;
        return auth;
    }

    /// config() on the test's own clock (never the host's).
    AuthConfig onClock(const TestClock &clock)
    {
        AuthConfig c = config();
        c.clock = clock.fn();
        return c;
    }

    AuthConfig config(bool polling = true)
    {
        AuthConfig c = configFor(*server, uniqueService("token"));
        c.tokenPolling = polling;
        return c;
    }

    static TokenEngine *engineOf(Auth &auth) { return auth.findChild<TokenEngine *>(); }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<ClerkEmulator::Server>();
        QVERIFY(server->listen());
    }
    void cleanup() { server.reset(); }

    void tokensKeepFlowing()
    {
        server->setTokenTtl(2);
        auto auth = signedIn(config());
        QVERIFY(auth);
        const int clientReadsBefore = server->requestCount(kGetClient);
        server->resetCounters();
        QStringList seen{auth->sessionToken()};
        connect(auth.get(), &Auth::sessionTokenChanged, this, [&](const QString &token) { seen << token; });
        const int refreshes = 6;
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() > refreshes, 30000);
        const int fetched = server->requestCount(kTokens);
        // Once per new token: every emission is a different, valid token, and each one cost one request.
        for (int i = 1; i < seen.size(); ++i) {
            QVERIFY(!seen[i].isEmpty());
            QVERIFY(seen[i] != seen[i - 1]);
            QVERIFY(TokenClaims::fromJwt(seen[i]).expiresAtSecs() > TokenClaims::fromJwt(seen[i - 1]).expiresAtSecs());
        }
        QVERIFY2(fetched >= seen.size() - 1 && fetched <= seen.size(),
                 qPrintable(QStringLiteral("%1 token requests for %2 new tokens").arg(fetched).arg(seen.size() - 1)));
        // No /v1/client polling loop behind the refreshes.
        QCOMPARE(server->requestCount(kGetClient), 0);
        Q_UNUSED(clientReadsBefore);
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
    }

    void concurrentCallersShareOneRequest_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("route");
        QTest::newRow("template") << QStringLiteral("api") << QString() << kTemplateTokens;
        QTest::newRow("organization") << QString() << kAcme << kTokens;
    }
    void concurrentCallersShareOneRequest()
    {
        QFETCH(QString, templateName);
        QFETCH(QString, organization);
        QFETCH(QString, route);
        auto auth = signedIn(config(false));
        QVERIFY(auth);
        server->resetCounters();
        GetTokenOptions options;
        options.templateName = templateName;
        if (!organization.isEmpty())
            options.organizationId = organization;
        QList<QPointer<Reply>> replies;
        int done = 0, failed = 0;
        QSet<QString> tokens;
        for (int i = 0; i < 1000; ++i) {
            Reply *r = auth->getToken(options);
            connect(r, &Reply::finished, this, [&, r] {
                ++done;
                if (r->hasError())
                    ++failed;
                else
                    tokens.insert(r->result().toString());
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 1000, 30000);
        QCOMPARE(failed, 0);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(server->requestCount(route), 1);

        // And now it is cached: no I/O at all.
        const Outcome again = await(auth->getToken(options));
        QVERIFY(again.ok());
        QCOMPARE(again.result.toString(), *tokens.begin());
        QCOMPARE(server->totalRequestCount(), 1);
    }

    void skipCacheFetchesAgain()
    {
        auto auth = signedIn(config(false));
        QVERIFY(auth);
        server->resetCounters();
        const Outcome cached = await(auth->getToken());
        QVERIFY(cached.ok());
        QCOMPARE(server->requestCount(kTokens), 0); // the sign-in answer already carried it
        GetTokenOptions fresh;
        fresh.skipCache = true;
        const Outcome o = await(auth->getToken(fresh));
        QVERIFY(o.ok());
        QCOMPARE(server->requestCount(kTokens), 1);
    }

    void skewedLocalClock_data()
    {
        QTest::addColumn<qint64>("skewMs");
        QTest::newRow("local clock 5 min behind") << qint64(-5 * 60 * 1000);
        QTest::newRow("local clock 5 min ahead") << qint64(5 * 60 * 1000);
    }
    void skewedLocalClock()
    {
        QFETCH(qint64, skewMs);
        server->setTokenTtl(3);
        TestClock clock;
        clock.offset->store(skewMs);
        auto auth = signedIn(onClock(clock));
        QVERIFY(auth);
        server->resetCounters();
        QStringList seen;
        QList<qint64> serverNowAtEmission;
        connect(auth.get(), &Auth::sessionTokenChanged, this, [&](const QString &token) {
            seen << token;
            serverNowAtEmission << server->now();
        });
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 4, 30000);
        // Exactly one fetch per TTL window: as many requests as new tokens (±1 for one in flight now).
        const int fetched = server->requestCount(kTokens);
        QVERIFY2(fetched >= 4 && fetched <= seen.size() + 1,
                 qPrintable(QStringLiteral("%1 requests for %2 tokens").arg(fetched).arg(seen.size())));
        for (int i = 0; i < seen.size(); ++i) {
            const TokenClaims claims = TokenClaims::fromJwt(seen[i]);
            QVERIFY(!seen[i].isEmpty());
            // Each arrived while it was fresh by the server's clock (not discarded as "expired" locally).
            QVERIFY(claims.expiresAtSecs() * 1000 > serverNowAtEmission[i]);
        }
        // Nothing was dropped as expired in between: no empty token was published.
        QVERIFY(!seen.contains(QString()));
        QVERIFY(qAbs(engineOf(*auth)->serverOffset() + skewMs) < 2000);
    }

    void faultsRecoverWithoutSignOut_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::newRow("503 twice") << QStringLiteral("status") << 503 << 2;
        QTest::newRow("500 once") << QStringLiteral("status") << 500 << 1;
        QTest::newRow("429 with Retry-After") << QStringLiteral("status") << 429 << 1;
        QTest::newRow("connection reset twice") << QStringLiteral("reset") << 0 << 2;
        QTest::newRow("malformed body") << QStringLiteral("malformed") << 0 << 1;
        QTest::newRow("timeout") << QStringLiteral("timeout") << 0 << 1;
    }
    void faultsRecoverWithoutSignOut()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(int, count);
        server->setTokenTtl(4);
        auto auth = signedIn(config());
        QVERIFY(auth);
        QSignalSpy serverSignOut(auth.get(), &Auth::signedOutByServer);
        QStringList seen;
        connect(auth.get(), &Auth::sessionTokenChanged, this, [&](const QString &t) { seen << t; });

        ClerkEmulator::Fault fault;
        fault.pattern = QStringLiteral("POST /v1/client/sessions/*/tokens");
        QVERIFY(ClerkEmulator::Fault::kindFromString(kind, &fault.kind));
        fault.status = status;
        fault.retryAfterSeconds = 1;
        fault.latencyMs = 10000; // for "timeout": longer than the token request's own timeout (2 s for 4 s tokens)
        fault.count = count;
        server->resetCounters();
        server->addFault(fault);

        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty() && !seen.last().isEmpty(), 40000);
        QCOMPARE(server->faults().first().hits, count);
        // A reset POST is retried once by Qt itself; every other failure costs exactly one request.
        const int requests = server->requestCount(kTokens);
        const int expected = count + 1;
        QVERIFY2(requests >= expected && requests <= (kind == QLatin1String("reset") ? 2 * count + 1 : expected),
                 qPrintable(QStringLiteral("%1 token requests, expected %2").arg(requests).arg(expected)));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QCOMPARE(serverSignOut.count(), 0);
        QVERIFY(auth->isSignedIn());
    }

    // A 4 s token is refreshed 1 s before it runs out, with a 2 s request timeout: the slow rows answer only
    // after the token has expired, which must empty it just the same.
    void expiredTokenGoesEmptyButUserStaysSignedIn_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("latencyMs");
        QTest::addColumn<Error::Kind>("expected");
        QTest::newRow("503 at once") << QStringLiteral("status") << 0 << Error::Kind::Server;
        QTest::newRow("503 after the token ran out") << QStringLiteral("status") << 1800 << Error::Kind::Server;
        QTest::newRow("timeout after the token ran out") << QStringLiteral("timeout") << 10000 << Error::Kind::Network;
    }
    void expiredTokenGoesEmptyButUserStaysSignedIn()
    {
        QFETCH(QString, kind);
        QFETCH(int, latencyMs);
        QFETCH(Error::Kind, expected);
        server->setTokenTtl(4);
        AuthConfig c = config();
        c.requestTimeout = std::chrono::seconds(3); // how long getToken() waits for the network while offline
        auto auth = signedIn(c);
        QVERIFY(auth);
        QSignalSpy errors(auth.get(), &Auth::backgroundErrorChanged);
        ClerkEmulator::Fault down;
        down.pattern = QStringLiteral("POST /v1/client/sessions/*/tokens");
        QVERIFY(ClerkEmulator::Fault::kindFromString(kind, &down.kind));
        down.status = 503;
        down.latencyMs = latencyMs;
        const QString id = server->addFault(down);

        QTRY_VERIFY_WITH_TIMEOUT(auth->sessionToken().isEmpty(), 20000);
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QVERIFY(auth->isSignedIn());
        // The token is withdrawn when it runs out, even while the slow rows' refresh is still out; their error
        // comes with the answer.
        QTRY_VERIFY_WITH_TIMEOUT(!auth->backgroundError().isNull(), 20000);
        QCOMPARE(auth->backgroundError().kind(), expected);

        // getToken while down: a typed error, not a hang and not a sign-out. With no answer at all the Auth is
        // offline, and getToken() waits for the network (requestTimeout) before it fails.
        const Outcome o = await(auth->getToken());
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), expected);
        QCOMPARE(auth->isOffline(), expected == Error::Kind::Network);
        if (auth->isOffline())
            QCOMPARE(o.error.code(), QStringLiteral("clerkqt_offline"));

        server->removeFault(id);
        QTRY_VERIFY_WITH_TIMEOUT(!auth->sessionToken().isEmpty(), 40000);
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
    }

    void revokedSessionEndsIt()
    {
        server->setTokenTtl(2);
        auto auth = signedIn(config());
        QVERIFY(auth);
        QVERIFY(server->revokeSession(auth->session().id));
        // The token endpoint says signed_out (401); Auth confirms with GET /v1/client and signs out.
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Auth::Status::SignedOut, 20000);
        QVERIFY(auth->sessionToken().isEmpty());
    }

    // The clock-change path is driven through the engine's notice source, never by setting the host's clock:
    // every other process on the machine would see that step (and without the capability it cannot be done).
    void resumeNoticeRefreshesAtOnce()
    {
        server->setTokenTtl(60);
        TestClock clock;
        auto auth = signedIn(onClock(clock));
        QVERIFY(auth);
        TokenEngine *engine = engineOf(*auth);
        // Production listens to the platform (ClockWatcher); once replaced, this process no longer listens to
        // the host's clock at all.
        QVERIFY(engine->findChild<ClockChangeSource *>());
        ClockChangeSource notices;
        engine->setClockChangeSource(&notices);
        QVERIFY(!engine->findChild<ClockChangeSource *>());
        server->resetCounters();
        const QString before = auth->sessionToken();
        QSignalSpy changed(auth.get(), &Auth::sessionTokenChanged);
        // As after a 10-minute suspend: real time went on for us and for the server, while the monotonic clock
        // (and so every QTimer) stood still.
        clock.offset->store(kTenMinutes);
        server->setClockOffset(kTenMinutes);
        Q_EMIT notices.clockChanged();
        // The token ran out while we slept: withdrawn at once, not served until the refresh answers.
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.first().first().toString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(server->requestCount(kTokens), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!auth->sessionToken().isEmpty(), 10000);
        QVERIFY(auth->sessionToken() != before);
        QVERIFY(TokenClaims::fromJwt(auth->sessionToken()).expiresAtSecs() * 1000 > server->now());
        QVERIFY(engine->stats().clockJumps >= 1);
        QCOMPARE(engine->stats().clockNotices, 1);
    }

    void clockJumpSeenAtNextWakeUp()
    {
        server->setTokenTtl(60);
        TestClock clock;
        auto auth = signedIn(onClock(clock));
        QVERIFY(auth);
        TokenEngine *engine = engineOf(*auth);
        ClockChangeSource silent; // a platform without notices
        engine->setClockChangeSource(&silent);
        server->resetCounters();
        const QString before = auth->sessionToken();
        clock.offset->store(kTenMinutes);
        server->setClockOffset(kTenMinutes);
        // No notice: the app asking for a token is the first wake-up. The cached token ran out while we were
        // away, so it must not be served.
        const Outcome o = await(auth->getToken());
        QVERIFY(o.ok());
        QVERIFY(o.result.toString() != before);
        QVERIFY(TokenClaims::fromJwt(o.result.toString()).expiresAtSecs() * 1000 > server->now());
        QCOMPARE(server->requestCount(kTokens), 1);
        QVERIFY(engine->stats().clockJumps >= 1);
    }

    void clockStepRefreshesOnlyIntoLeadWindow_data()
    {
        QTest::addColumn<qint64>("stepMs");       // the local wall clock's step
        QTest::addColumn<qint64>("serverStepMs"); // the server's, when real time passed unseen (a resume)
        QTest::addColumn<bool>("refresh");
        QTest::newRow("nudged 300 ms forward") << qint64(300) << qint64(0) << false;
        QTest::newRow("set 3 s forward") << qint64(3000) << qint64(0) << false;
        QTest::newRow("set 10 min back") << -kTenMinutes << qint64(0) << false;
        QTest::newRow("set 55 s forward, into the lead window") << qint64(55000) << qint64(0) << true;
        QTest::newRow("resumed after 10 min, expired") << kTenMinutes << kTenMinutes << true;
    }
    void clockStepRefreshesOnlyIntoLeadWindow()
    {
        QFETCH(qint64, stepMs);
        QFETCH(qint64, serverStepMs);
        QFETCH(bool, refresh);
        server->setTokenTtl(60); // lead 10 s: the refresh is due ~50 s after sign-in
        TestClock clock;
        auto auth = signedIn(onClock(clock));
        QVERIFY(auth);
        TokenEngine *engine = engineOf(*auth);
        ClockChangeSource notices;
        engine->setClockChangeSource(&notices);
        server->resetCounters();
        const QString token = auth->sessionToken();
        const TokenEngine::Stats before = engine->stats();
        const qint64 dueBefore = engine->refreshDueIn().count();
        QVERIFY2(dueBefore > 40000, qPrintable(QString::number(dueBefore)));

        clock.offset->store(stepMs);
        server->setClockOffset(serverStepMs);
        Q_EMIT notices.clockChanged();
        // The notice is judged before the emission returns; a refresh would be under way by now.
        QCOMPARE(engine->stats().clockNotices, before.clockNotices + 1);
        if (refresh) {
            QCOMPARE(engine->stats().fetches, before.fetches + 1);
            QTRY_COMPARE_WITH_TIMEOUT(server->requestCount(kTokens), 1, 10000);
            // The answer is judged by the clock as it is now: the next refresh is a lead ahead of the new
            // expiry, not another one at once.
            QTRY_VERIFY_WITH_TIMEOUT(engine->refreshDueIn().count() > 30000, 10000);
            QCOMPARE(server->requestCount(kTokens), 1);
            QVERIFY(!auth->sessionToken().isEmpty());
            return;
        }
        QCOMPARE(engine->stats().fetches, before.fetches);
        // Re-armed for the corrected expiry. A forward step may be time that passed unseen (a resume), so it
        // counts against the token; a step back cannot be one, and moves nothing.
        const qint64 expected = dueBefore - std::max<qint64>(stepMs, 0);
        const qint64 due = engine->refreshDueIn().count();
        QVERIFY2(qAbs(due - expected) < 750,
                 qPrintable(QStringLiteral("refresh due in %1 ms, expected %2 ms").arg(due).arg(expected)));
        // The server saw no token request either: a round trip sent after the notice has completed.
        QVERIFY(await(auth->loadEnvironment()).ok());
        QCOMPARE(server->requestCount(kTokens), 0);
        QCOMPARE(auth->sessionToken(), token);
    }

    // The refresh is aimed at the moment the server's clock has surely reached exp − lead. Every clock sample
    // here (Date headers, iat) is stamped just after a second boundary, so the offset is known only to within
    // [true − ε, true + 1 s): aiming at its middle fired ~0.5 s early — and, since a token minted then carries
    // the previous second as its iat, every refresh after it came earlier again (49 s apart at a 60 s TTL).
    void refreshIsNeverEarlyByTheServerClock()
    {
        server->setTokenTtl(60); // lead 10 s
        const qint64 phase = server->now() % 1000;
        server->setClockOffset(1000 - phase + 20); // the server's second starts 20 ms from now
        auto auth = signedIn(config());
        QVERIFY(auth);
        TokenEngine *engine = engineOf(*auth);
        const TokenClaims claims = auth->sessionClaims();
        QVERIFY(claims.isValid());
        const qint64 due = engine->refreshDueIn().count();
        QVERIFY(due > 0);
        // Local and server clocks run at the same rate: when the timer fires, the server's clock reads this.
        const qint64 serverAtRefresh = server->now() + due;
        const qint64 earliest = (claims.expiresAtSecs() - 10) * 1000;
        QVERIFY2(serverAtRefresh >= earliest - 50,
                 qPrintable(QStringLiteral("refresh %1 ms before exp − lead by the server clock")
                                .arg(earliest - serverAtRefresh)));
        // Nor late by more than the offset's uncertainty (a second) and the test's own slack.
        QVERIFY2(serverAtRefresh <= earliest + 1250, qPrintable(QString::number(serverAtRefresh - earliest)));
    }

    void switchingOrganizationSwapsTokenOnce()
    {
        auto auth = signedIn(config(false));
        QVERIFY(auth);
        server->resetCounters();
        QSignalSpy changed(auth.get(), &Auth::sessionTokenChanged);
        const Outcome o = await(auth->setActive(auth->session().id, kAcme));
        QVERIFY(o.ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), auth->sessionToken());
        QCOMPARE(auth->sessionClaims().organizationId(), kAcme);
        QCOMPARE(auth->sessionClaims().organizationRole(), QStringLiteral("org:admin"));
        // The touch answer carried the new token: no extra token request.
        QCOMPARE(server->requestCount(kTokens), 0);

        const Outcome personal = await(auth->setActive(auth->session().id, QString()));
        QVERIFY(personal.ok());
        QCOMPARE(changed.count(), 2);
        QVERIFY(auth->sessionClaims().organizationId().isEmpty());
    }

    void templatesAndOrganizationsCarryClaims()
    {
        auto auth = signedIn(config(false));
        QVERIFY(auth);
        GetTokenOptions tpl;
        tpl.templateName = QStringLiteral("api");
        const Outcome t = await(auth->getToken(tpl));
        QVERIFY(t.ok());
        const TokenClaims tc = TokenClaims::fromJwt(t.result.toString());
        QCOMPARE(tc.raw().value(QStringLiteral("aud")).toString(), QStringLiteral("clerk-qt-demo-api"));
        QCOMPARE(tc.raw().value(QStringLiteral("email")).toString(), kJane);
        QCOMPARE(tc.raw().value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
        QCOMPARE(tc.expiresAtSecs() - tc.issuedAtSecs(), qint64(120));

        GetTokenOptions org;
        org.organizationId = kGlobex;
        const Outcome g = await(auth->getToken(org));
        QVERIFY(g.ok());
        const TokenClaims gc = TokenClaims::fromJwt(g.result.toString());
        QCOMPARE(gc.organizationId(), kGlobex);
        QCOMPARE(gc.organizationSlug(), QStringLiteral("globex"));
        QCOMPARE(gc.organizationRole(), QStringLiteral("org:member"));
        QCOMPARE(gc.organizationPermissions(), QStringList{QStringLiteral("org:invoices:read")});
    }

    // A refresh of the session's own organization's token names none (Clerk then uses the session's): after a
    // token for another organization — which Clerk makes the session's active one — the next default token
    // must still be the personal account's, so that request names it again.
    void defaultTokenAfterAnotherOrganizationsToken()
    {
        auto auth = signedIn(config(false));
        QVERIFY(auth);
        QVERIFY(auth->sessionClaims().organizationId().isEmpty());
        GetTokenOptions globex;
        globex.organizationId = kGlobex;
        const Outcome g = await(auth->getToken(globex));
        QVERIFY(g.ok());
        QCOMPARE(TokenClaims::fromJwt(g.result.toString()).organizationId(), kGlobex);
        GetTokenOptions fresh;
        fresh.skipCache = true;
        for (int i = 0; i < 2; ++i) { // named once, then the session's own again
            const Outcome d = await(auth->getToken(fresh));
            QVERIFY(d.ok());
            QCOMPARE(TokenClaims::fromJwt(d.result.toString()).organizationId(), QString());
        }
        QCOMPARE(auth->sessionClaims().organizationId(), QString());
    }

    // The session's organization changes on the server while a refresh that names none is on its way (the
    // switch gets there first): the answer is a token for the new organization, not the one asked for. It is
    // not handed out as the personal account's; the engine asks again, naming it, and ends on the switch.
    void organizationSwitchOvertakesARefresh()
    {
        auto auth = signedIn(config(false));
        QVERIFY(auth);
        ClerkEmulator::Fault slow;
        slow.pattern = QStringLiteral("POST /v1/client/sessions/*/tokens");
        slow.kind = ClerkEmulator::Fault::Kind::Latency;
        slow.latencyMs = 1500;
        slow.count = 1;
        server->addFault(slow);
        GetTokenOptions fresh;
        fresh.skipCache = true;
        Reply *refresh = auth->getToken(fresh);
        const Outcome s = await(auth->setActive(auth->session().id, kAcme));
        QVERIFY(s.ok());
        const Outcome r = await(refresh);
        QVERIFY(r.ok());
        QCOMPARE(TokenClaims::fromJwt(r.result.toString()).organizationId(), QString()); // what it asked for
        QTRY_COMPARE_WITH_TIMEOUT(auth->sessionClaims().organizationId(), kAcme, 10000);
        QCOMPARE(auth->organization().id, kAcme);
    }

    void signedOutGetTokenIsTypedError()
    {
        AuthConfig c = config();
        c.persistSession = false;
        Auth auth(c);
        QVERIFY(waitLoaded(auth));
        const Outcome o = await(auth.getToken());
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
    }
};

QTEST_MAIN(tst_TokenEngine)
#include "tst_token_engine.moc"
