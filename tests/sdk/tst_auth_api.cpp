// Auth's 1.0 surface against the emulator: abort() and delete of a real in-flight operation, the chained
// signInWithCode, backgroundError's set/clear rules, default construction with setConfig() and the restart a
// configuration change causes, and JS objects reaching the typed Q_INVOKABLEs through a QQmlEngine.
#include "testhelpers.h"

#include <QJSValue>
#include <QQmlEngine>

using namespace Clerk;
using namespace TestHelpers;

namespace {

const QString kSignInsRoute = QStringLiteral("POST /v1/client/sign_ins");

/// Hits of the emulator's fault `id` so far: a hit means the request reached the server.
int faultHits(const ClerkEmulator::Server &server, const QString &id)
{
    const QList<ClerkEmulator::Fault> faults = server.faults();
    for (const ClerkEmulator::Fault &f : faults) {
        if (f.id == id)
            return f.hits;
    }
    return -1;
}

ClerkEmulator::Fault latency(const QString &pattern, int ms)
{
    ClerkEmulator::Fault f;
    f.pattern = pattern;
    f.kind = ClerkEmulator::Fault::Kind::Latency;
    f.latencyMs = ms;
    return f;
}

} // namespace

class tst_AuthApi : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    QString service;

    AuthConfig inMemory() const
    {
        AuthConfig config = configFor(server, service);
        config.persistSession = false;
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        service = uniqueService("api");
    }
    void init() { server.reset(); }
    void cleanup() { deleteKeychain(service, keychainKey(service, server.publishableKey())); }

    void abortStopsAnOperationInFlight_data()
    {
        QTest::addColumn<bool>("byDelete");
        QTest::newRow("abort()") << false;
        QTest::newRow("delete") << true;
    }
    void abortStopsAnOperationInFlight()
    {
        QFETCH(bool, byDelete);
        Auth auth(inMemory());
        QVERIFY(waitLoaded(auth));
        // Every request waits a second at the server; it answers only if the connection is still open then.
        const QString slow = server.addFault(latency(QStringLiteral("*"), 1000));
        ReplyOf<Auth::Status> *reply = auth.signIn(kJane, kJanePassword);
        QSignalSpy errors(reply, &Reply::errorOccurred);
        QTRY_COMPARE_WITH_TIMEOUT(faultHits(server, slow), 1, 10000); // on the wire
        if (byDelete)
            delete reply;
        else
            reply->abort();

        // A request sent after it waits as long, so once it is answered the sign-in's delay is over too.
        const Outcome later = await(auth.reload());
        QVERIFY2(later.ok(), qPrintable(later.error.toString()));
        // The server never handled the sign-in: the connection was gone when its delay ended.
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/client/sign_ins")), 0);
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QVERIFY(!auth.isSignedIn());
        if (byDelete) {
            QCOMPARE(errors.size(), 0);
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().first().value<Error>().kind(), Error::Kind::Canceled);
            QCOMPARE(errors.first().first().value<Error>().code(), QStringLiteral("clerkqt_aborted"));
        }
        QVERIFY(auth.backgroundError().isNull());
    }

    void signInWithCodeIsAChain()
    {
        Auth auth(inMemory());
        QVERIFY(waitLoaded(auth));
        const Outcome o = await(auth.signInWithCode(kJane, Factor::Strategy::EmailCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SigningIn);
        QCOMPARE(server.requestCount(kSignInsRoute), 1);
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/client/sign_ins/{sign_in_id}/prepare_first_factor")), 1);

        // Only code strategies: anything else fails before a request.
        server.resetCounters();
        const Outcome wrong = await(auth.signInWithCode(kJane, Factor::Strategy::Totp));
        QCOMPARE(wrong.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(wrong.error.code(), QStringLiteral("clerkqt_strategy_not_supported"));
        QCOMPARE(server.totalRequestCount(), 0);
    }

    void abortingTheChainAbortsItsSecondStep()
    {
        Auth auth(inMemory());
        QVERIFY(waitLoaded(auth));
        const QString slow = server.addFault(latency(QStringLiteral("POST /v1/client/sign_ins/*/prepare_first_factor"), 1000));
        ReplyOf<Auth::Status> *chain = auth.signInWithCode(kJane, Factor::Strategy::EmailCode);
        QSignalSpy errors(chain, &Reply::errorOccurred);
        QTRY_COMPARE_WITH_TIMEOUT(faultHits(server, slow), 1, 10000); // first step done, second on the wire
        QCOMPARE(server.requestCount(kSignInsRoute), 1);
        chain->abort();
        QVERIFY(errors.wait(10000));
        QCOMPARE(errors.first().first().value<Error>().code(), QStringLiteral("clerkqt_aborted"));

        // A prepare sent after it waits as long at the server: once it is answered, the aborted one never was.
        server.resetCounters();
        const Outcome again = await(auth.prepareFirstFactor(Factor::Strategy::EmailCode));
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/client/sign_ins/{sign_in_id}/prepare_first_factor")), 1);
    }

    void failingRefreshSetsBackgroundErrorAndTheNextSuccessClearsIt()
    {
        server.setTokenTtl(4);
        Auth auth(inMemory());
        QVERIFY(waitLoaded(auth));
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
        const QString token = auth.sessionToken();
        QVERIFY(!token.isEmpty());
        // What backgroundError became at each change. Under load the retry can come after the 4 s token ran out:
        // then the engine withdraws it and says so (a third change, still an error) before the retry clears it.
        QList<Error> seen;
        connect(&auth, &Auth::backgroundErrorChanged, this, [&] { seen << auth.backgroundError(); });

        ClerkEmulator::Fault down;
        down.pattern = QStringLiteral("POST /v1/client/sessions/*/tokens");
        down.status = 503;
        down.count = 1; // the background refresh fails once, its retry succeeds
        server.addFault(down);

        QTRY_COMPARE_WITH_TIMEOUT(auth.backgroundError().kind(), Error::Kind::Server, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(auth.backgroundError().isNull(), 20000);
        QVERIFY(!auth.sessionToken().isEmpty());
        QVERIFY(auth.sessionToken() != token);
        QVERIFY2(seen.size() == 2 || seen.size() == 3, qPrintable(QString::number(seen.size())));
        QCOMPARE(seen.first().kind(), Error::Kind::Server);
        QVERIFY(seen.last().isNull());
        for (qsizetype i = 0; i + 1 < seen.size(); ++i) // never cleared before the retry succeeded
            QVERIFY2(!seen.at(i).isNull(), qPrintable(QString::number(i)));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
    }

    void signOutClearsBackgroundError()
    {
        server.setTokenTtl(4);
        Auth auth(inMemory());
        QVERIFY(waitLoaded(auth));
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
        ClerkEmulator::Fault down;
        down.pattern = QStringLiteral("POST /v1/client/sessions/*/tokens");
        down.status = 503;
        server.addFault(down);
        QTRY_COMPARE_WITH_TIMEOUT(auth.backgroundError().kind(), Error::Kind::Server, 20000);
        QVERIFY(await(auth.signOut()).ok());
        QVERIFY(auth.backgroundError().isNull());
    }

    void defaultConstructedAndConfiguredByProperties()
    {
        Auth auth;
        QSignalSpy configChanges(&auth, &Auth::configChanged);
        // Before the event loop runs: in time for the start, as QML bindings during creation are.
        QVERIFY(auth.setProperty("publishableKey", server.publishableKey()));
        QVERIFY(auth.setProperty("keychainService", service));
        QVERIFY(auth.setProperty("refreshLeadTime", 5000));
        QCOMPARE(configChanges.size(), 3);
        QCOMPARE(auth.config().refreshLeadTime, std::chrono::milliseconds(5000));
        QCOMPARE(auth.refreshLeadTime(), std::chrono::milliseconds(5000));
        QCOMPARE(auth.property("refreshLeadTime").toInt(), 5000);
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QVERIFY2(auth.backgroundError().isNull(), qPrintable(auth.backgroundError().toString()));
        QVERIFY(auth.isPersistent());
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
    }

    void configurationErrorStaysUntilTheConfigurationChanges()
    {
        Auth auth;
        QTRY_COMPARE_WITH_TIMEOUT(auth.backgroundError().kind(), Error::Kind::Configuration, 10000);
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        const Outcome o = await(auth.signIn(kJane, kJanePassword));
        QCOMPARE(o.error.kind(), Error::Kind::Configuration);
        QCOMPARE(auth.backgroundError().kind(), Error::Kind::Configuration);
        QVERIFY(await(auth.signOut()).error.kind() == Error::Kind::Configuration);
        QCOMPARE(auth.backgroundError().kind(), Error::Kind::Configuration); // not even sign-out clears it

        QSignalSpy statuses(&auth, &Auth::statusChanged);
        auth.setConfig(inMemory());
        QTRY_VERIFY_WITH_TIMEOUT(auth.backgroundError().isNull(), 10000);
        QVERIFY(waitLoaded(auth));
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
    }

    void configChangeRestarts()
    {
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(readKeychain(service, keychainKey(service, server.publishableKey())).first, 20000);
        const QString janeId = auth.user().id;

        // An operation in flight when the configuration changes fails with Canceled and is never served.
        const QString slow = server.addFault(latency(QStringLiteral("GET /v1/me"), 1000));
        ReplyOf<User> *pending = auth.reloadUser();
        QSignalSpy pendingErrors(pending, &Reply::errorOccurred);
        QTRY_COMPARE_WITH_TIMEOUT(faultHits(server, slow), 1, 10000);

        QSignalSpy signedIn(&auth, &Auth::signedInChanged);
        QSignalSpy users(&auth, &Auth::userChanged);
        const QString other = uniqueService("api-other");
        auth.setKeychainService(other); // nothing stored under it: a restart there is signed out
        QCOMPARE(auth.keychainService(), other);
        QVERIFY(pendingErrors.wait(10000));
        QCOMPARE(pendingErrors.first().first().value<Error>().kind(), Error::Kind::Canceled);
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QVERIFY(auth.user().isNull());
        QCOMPARE(signedIn.size(), 1);
        QVERIFY(users.size() >= 1);
        server.removeFault(slow);

        // Back to the first service: the stored session is read again from the keychain.
        auth.setKeychainService(service);
        QTRY_COMPARE_WITH_TIMEOUT(auth.status(), Auth::Status::SignedIn, 20000);
        QCOMPARE(auth.user().id, janeId);
        QCOMPARE(signedIn.size(), 2);
        deleteKeychain(other, keychainKey(other, server.publishableKey()));
    }

    void javaScriptObjectsConvertToTypedArguments()
    {
        // The engine first, as in a QML app: the Auth finds QtQml's QJSValue type registered.
        QQmlEngine engine;
        Auth auth(inMemory());
        QVERIFY(waitLoaded(auth));
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
        QVERIFY(await(auth.setActiveOrganization(kAcme)).ok());
        QQmlEngine::setObjectOwnership(&auth, QQmlEngine::CppOwnership);
        engine.globalObject().setProperty(QStringLiteral("auth"), engine.newQObject(&auth));

        // AuthorizationCheck from {role} / {permission}.
        const QJSValue admin = engine.evaluate(QStringLiteral("auth.checkAuthorization({role: 'org:admin'})"));
        QVERIFY2(!admin.isError(), qPrintable(admin.toString()));
        QCOMPARE(admin.toBool(), true);
        const QJSValue member = engine.evaluate(QStringLiteral("auth.checkAuthorization({role: 'org:member'})"));
        QVERIFY2(!member.isError(), qPrintable(member.toString()));
        QCOMPARE(member.toBool(), false);

        // UserUpdate: only the keys present are sent — firstName stays.
        QJSValue r = engine.evaluate(QStringLiteral("auth.updateUser({lastName: 'Roe'})"));
        QVERIFY2(!r.isError(), qPrintable(r.toString()));
        auto *reply = qobject_cast<Reply *>(r.toQObject());
        QVERIFY(reply);
        Outcome o = await(reply);
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.user().lastName, QStringLiteral("Roe"));
        QCOMPARE(auth.user().firstName, QStringLiteral("Jane"));

        // GetTokenOptions: `leeway` in ms, `skipCache` fetches a new token.
        server.resetCounters();
        r = engine.evaluate(QStringLiteral("auth.getToken({skipCache: true, leeway: 1000})"));
        QVERIFY2(!r.isError(), qPrintable(r.toString()));
        o = await(qobject_cast<Reply *>(r.toQObject()));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(jwtClaims(o.result.toString()).value(QLatin1String("sid")).toString(), auth.session().id);
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/client/sessions/{session_id}/tokens")), 1);

        // A strategy arrives as the number QML's Factor.EmailCode is.
        QVERIFY(await(auth.signOut()).ok());
        r = engine.evaluate(QStringLiteral("auth.signInWithCode('%1', %2)")
                                .arg(kJane)
                                .arg(int(Factor::Strategy::EmailCode)));
        QVERIFY2(!r.isError(), qPrintable(r.toString()));
        o = await(qobject_cast<Reply *>(r.toQObject()));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.signInAttempt().firstFactorVerification.strategy, Factor::Strategy::EmailCode);

        // SignUpParams.
        r = engine.evaluate(QStringLiteral("auth.signUp({emailAddress: 'new+clerk_test@example.com', "
                                           "password: 'a-long-enough-password-1'})"));
        QVERIFY2(!r.isError(), qPrintable(r.toString()));
        o = await(qobject_cast<Reply *>(r.toQObject()));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.signUpAttempt().emailAddress, QStringLiteral("new+clerk_test@example.com"));
        QCOMPARE(auth.status(), Auth::Status::SigningUp);
    }
};

QTEST_MAIN(tst_AuthApi)
#include "tst_auth_api.moc"
