// Every public operation called while Auth is still Loading (the stored session being restored) waits for the
// restore and then acts on the restored state — never "signed out" because it came too early.
#include "testhelpers.h"

#include <functional>

using namespace Clerk;
using namespace TestHelpers;

using Operation = std::function<Reply *(Auth &)>;
Q_DECLARE_METATYPE(Operation)

class tst_AuthLoading : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    QString service;
    QString key;
    QString sessionId;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        service = uniqueService("loading");
        key = keychainKey(service, server.publishableKey());
    }
    void init()
    {
        server.reset();
        deleteKeychain(service, key);
        // A stored session, as the previous run of the app left it.
        SpyNam nam;
        Auth auth(configFor(server, service, &nam));
        QVERIFY(waitLoaded(auth));
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
        sessionId = auth.session().id;
        QTRY_COMPARE_WITH_TIMEOUT(storedClientToken(service, key), nam.lastClientToken, 20000);
    }
    void cleanupTestCase() { deleteKeychain(service, key); }

    void operationDuringLoading_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QString>("errorCode"); // "" = succeeds
        QTest::addColumn<Auth::Status>("statusAfter");
        const auto row = [](const char *name, Operation op, const QString &code = {},
                            Auth::Status after = Auth::Status::SignedIn) {
            QTest::newRow(name) << op << code << after;
        };
        row("getToken", [](Auth &a) { return a.getToken(); });
        row("getToken template", [](Auth &a) {
            GetTokenOptions o;
            o.organizationId = kAcme;
            return a.getToken(o);
        });
        row("reloadUser", [](Auth &a) { return a.reloadUser(); });
        row("updateUser", [](Auth &a) {
            UserUpdate u;
            u.firstName = QStringLiteral("Janet");
            return a.updateUser(u);
        });
        row("touchSession", [](Auth &a) { return a.touchSession(); });
        row("setActiveOrganization", [](Auth &a) { return a.setActiveOrganization(kAcme); });
        row("setActive", [this](Auth &a) { return a.setActive(sessionId); });
        row("signIn another user", [](Auth &a) { return a.signIn(kAda, kAdaPassword); });
        row("startSignIn", [](Auth &a) { return a.startSignIn(kBob); }, {}, Auth::Status::SigningIn);
        row("endSession", [](Auth &a) { return a.endSession(); }, {}, Auth::Status::SignedOut);
        row("removeSession", [](Auth &a) { return a.removeSession(); }, {}, Auth::Status::SignedOut);
        row("signOut session", [this](Auth &a) { return a.signOut(sessionId); }, {}, Auth::Status::SignedOut);
        row("signOut", [](Auth &a) { return a.signOut(); }, {}, Auth::Status::SignedOut);
        // State checks run on the restored state: there really is no sign-in in progress.
        row("attemptFirstFactor", [](Auth &a) { return a.attemptFirstFactor(Factor::Strategy::EmailCode, kTestCode); },
            QStringLiteral("clerkqt_no_sign_in"));
        row("attemptSignUpVerification",
            [](Auth &a) { return a.attemptSignUpVerification(Factor::Strategy::EmailCode, kTestCode); },
            QStringLiteral("clerkqt_no_sign_up"));
    }
    void operationDuringLoading()
    {
        QFETCH(Operation, operation);
        QFETCH(QString, errorCode);
        QFETCH(Auth::Status, statusAfter);
        Auth auth(configFor(server, service));
        QCOMPARE(auth.status(), Auth::Status::Loading);
        const Outcome o = await(operation(auth));
        QVERIFY2(o.error.code() == errorCode, qPrintable(o.error.code() + QLatin1Char(' ') + o.error.message()));
        QCOMPARE(auth.status(), statusAfter);
        if (errorCode.isEmpty() && statusAfter == Auth::Status::SignedIn)
            QVERIFY(!auth.sessionToken().isEmpty());
    }

    // The restore itself fails (the server is down): operations say so instead of "signed out".
    void operationDuringFailingRestore()
    {
        server.addFault({QString(), QStringLiteral("GET /v1/client"), ClerkEmulator::Fault::Kind::Status, 503});
        Auth auth(configFor(server, service));
        const Outcome o = await(auth.getToken());
        QCOMPARE(o.error.kind(), Error::Kind::Server);
        QCOMPARE(auth.status(), Auth::Status::Loading);
        server.clearFaults();
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QVERIFY(await(auth.getToken()).ok());
    }

    void oauthDuringLoadingOpensTheBrowserOnce()
    {
        AuthConfig config = configFor(server, service);
        QList<QUrl> opened;
        config.openUrl = [&opened](const QUrl &url) {
            opened << url;
            return true;
        };
        Auth auth(config);
        Reply *reply = auth.signInWithOAuth(QStringLiteral("oauth_google"));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        QCOMPARE(auth.status(), Auth::Status::SigningIn);
        QVERIFY(!reply->isFinished()); // waiting for the browser, not superseded by the restore
        auth.cancelOAuth();
        QCOMPARE(await(reply).error.code(), QStringLiteral("clerkqt_oauth_canceled"));
    }

    void oauthWithBadKeyIsAConfigurationError()
    {
        AuthConfig config;
        config.publishableKey = QStringLiteral("pk_test_not-a-key");
        config.keychainService = service;
        bool opened = false;
        config.openUrl = [&opened](const QUrl &) { return opened = true; };
        Auth auth(config);
        const Outcome o = await(auth.signInWithOAuth(QStringLiteral("oauth_google")));
        QCOMPARE(o.error.kind(), Error::Kind::Configuration);
        QVERIFY(!opened);
    }
};

QTEST_GUILESS_MAIN(tst_AuthLoading)
#include "tst_auth_loading.moc"
