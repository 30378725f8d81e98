// Auth::cachedToken(): the synchronous read an app makes before each request of its own — the token getToken()
// would answer from the cache, or nothing when getToken() would have to ask Clerk. Against the emulator.
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QTest>

#include <chrono>
#include <memory>

using namespace Clerk;
using namespace TestHelpers;

namespace {
const QString kTokens = QStringLiteral("POST /v1/client/sessions/{session_id}/tokens");
const QString kTemplateTokens = QStringLiteral("POST /v1/client/sessions/{session_id}/tokens/{template_name}");
} // namespace

class tst_TokenCache : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClerkEmulator::Server> server;

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<ClerkEmulator::Server>();
        QVERIFY(server->listen());
    }
    void cleanup() { server.reset(); }

    void cachedTokenIsWhatGetTokenWouldAnswer()
    {
        auto auth = signedInAuth(*server, "tokencache", kJane, kJanePassword);
        QVERIFY(auth);
        server->resetCounters();

        // The default token came with the sign-in.
        QVERIFY(!auth->cachedToken().isEmpty());
        QCOMPARE(auth->cachedToken(), auth->sessionToken());

        // A template token: nothing until getToken() has fetched one, then that one, without a request.
        GetTokenOptions api;
        api.templateName = QStringLiteral("api");
        QVERIFY(auth->cachedToken(api).isEmpty());
        const Outcome t = await(auth->getToken(api));
        QVERIFY(t.ok());
        QCOMPARE(auth->cachedToken(api), t.result.toString());
        QCOMPARE(TokenClaims::fromJwt(auth->cachedToken(api)).raw().value(QStringLiteral("aud")).toString(),
                 QStringLiteral("clerk-qt-demo-api"));

        // Another organization's: none yet.
        GetTokenOptions globex;
        globex.organizationId = kGlobex;
        QVERIFY(auth->cachedToken(globex).isEmpty());

        // Where getToken() would ask Clerk: skipCache, or a leeway longer than the token has left (60 s).
        GetTokenOptions fresh;
        fresh.skipCache = true;
        QVERIFY(auth->cachedToken(fresh).isEmpty());
        GetTokenOptions longLeeway;
        longLeeway.leeway = std::chrono::minutes(10);
        QVERIFY(auth->cachedToken(longLeeway).isEmpty());

        // Reads cost nothing on the wire: one template request (the getToken above), no default-token request.
        QCOMPARE(server->requestCount(kTemplateTokens), 1);
        QCOMPARE(server->requestCount(kTokens), 0);

        QVERIFY(await(auth->signOut()).ok());
        QVERIFY(auth->cachedToken().isEmpty());
        QVERIFY(auth->cachedToken(api).isEmpty());
    }

    void signedOutHasNone()
    {
        AuthConfig config = configFor(*server, uniqueService("tokencache"));
        config.persistSession = false;
        Auth auth(config);
        QVERIFY(auth.cachedToken().isEmpty()); // while Loading
        QVERIFY(waitLoaded(auth));
        QVERIFY(auth.cachedToken().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TokenCache)
#include "tst_token_cache.moc"
