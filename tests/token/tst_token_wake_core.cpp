// A QCoreApplication (a CLI, a service) has no application state to follow: Auth makes no activation source,
// and the read-time check and the other sources still bring a fresh token after a sleep. Against the emulator
// over real HTTP, on the test's clock.
#include "stalesources_p.h"
#include "testhelpers.h"
#include "tokenengine_p.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Clerk;
using namespace TestHelpers;

class tst_TokenWakeCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noActivationSourceWithoutGui()
    {
        QCOMPARE(ActivationSource::forApplication(this), nullptr);

        ClerkEmulator::Server server;
        QVERIFY(server.listen());
        server.setTokenTtl(60);
        auto offset = std::make_shared<std::atomic<qint64>>(0);
        AuthConfig config = configFor(server, uniqueService("wake-core"));
        config.persistSession = false;
        config.clock = [offset] { return QDateTime::currentDateTimeUtc().addMSecs(offset->load()); };
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
        TokenEngine *engine = auth.findChild<TokenEngine *>();
        QVERIFY(engine);
        QVERIFY(!engine->findChild<ActivationSource *>());
        ClockChangeSource silent;
        engine->setClockChangeSource(&silent);
        server.resetCounters();

        offset->store(10 * 60 * 1000); // a sleep: no timer fired, no notice came
        server.setClockOffset(10 * 60 * 1000);
        QVERIFY(auth.sessionToken().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!auth.sessionToken().isEmpty(), 10000);
        QVERIFY(TokenClaims::fromJwt(auth.sessionToken()).expiresAtSecs() * 1000 > server.now());
        QVERIFY(await(auth.loadEnvironment()).ok());
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/client/sessions/{session_id}/tokens")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_TokenWakeCore)
#include "tst_token_wake_core.moc"
