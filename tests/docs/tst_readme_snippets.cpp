// The README's snippets, run. extract_snippets.py writes every marked ```cpp / ```qml block of README.md to the
// build tree; each C++ snippet is its own translation unit of this executable and defines functions declared in
// readmesnippets.h (a snippet that changes a name or a signature fails the build or the link). This harness calls them
// against the in-process emulator over real HTTP and checks what a user of the SDK can observe: status, user,
// token claims, Bearer headers seen by a local server, verification results, the messages the snippets log.
// Every QML snippet is loaded with the emulator's publishable key as `clerkPublishableKey` and must load without
// a single QML warning. The README's Qt Test class (snippet emulator-qttest) runs after this one, from main().
#include "readmeharness.h"
#include "readmesnippets.h"
#include "recordingserver.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>
#include <ClerkQt/authorizednetworkaccessmanager.h>
#include <ClerkQt/tokenverifier.h>

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTcpServer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace TestHelpers;
using namespace ReadmeHarness;

class ReadmeSnippets : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;
    QStringList manifest; ///< file names of the extracted snippets
    QHash<QString, int> lines; ///< file name → README line

    /// An Auth for the flows: persistSession off (the README shows the default; this test must also pass
    /// without a keychain), loaded.
    std::unique_ptr<Clerk::Auth> newAuth()
    {
        return keychainFreeAuth(server.publishableKey(), "readme");
    }

    std::unique_ptr<Clerk::Auth> signedInAuth()
    {
        auto auth = newAuth();
        const Outcome o = await(auth->signIn(kJane, kJanePassword));
        if (!o.ok())
            qWarning("sign-in failed: %s", qPrintable(o.error.toString()));
        return auth;
    }

    QString snippetPath(const QString &file) const
    {
        return QStringLiteral(README_SNIPPETS_DIR "/") + file;
    }

    /// "README.md:<line> (snippet <file>):" and the problems, for failure messages.
    QByteArray where(const QString &file, const QStringList &problems) const
    {
        return QStringLiteral("README.md:%1 (snippet %2):\n%3")
            .arg(lines.value(file))
            .arg(file, problems.join(QLatin1Char('\n')))
            .toLocal8Bit();
    }

    /// The QML snippet `file`, loaded with the emulator's publishable key (see ReadmeHarness::loadQml).
    LoadedQml loadQml(const QString &file)
    {
        return ReadmeHarness::loadQml(snippetPath(file), server.publishableKey());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        const QString text = readFile(QStringLiteral(README_SNIPPETS_DIR "/manifest.txt"));
        QVERIFY2(!text.isEmpty(), "no manifest: the extraction step did not run");
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList parts = line.split(QLatin1Char('\t'));
            manifest << parts.value(0);
            lines.insert(parts.value(0), parts.value(1).toInt());
        }
    }
    void init() { server.reset(); }

    void everyCppSnippetIsRun()
    {
        for (const QString &file : std::as_const(manifest)) {
            if (!file.endsWith(QLatin1String(".cpp")))
                continue;
            QVERIFY2(runSnippets().contains(file),
                     qPrintable(QStringLiteral("README.md:%1: snippet %2 is compiled but nothing runs it; add it to "
                                               "tests/docs/tst_readme_snippets.cpp")
                                    .arg(lines.value(file))
                                    .arg(file)));
        }
        for (const QString &file : runSnippets())
            QVERIFY2(manifest.contains(file), qPrintable(file + QLatin1String(" is no longer in README.md")));
    }

    // ---- Sign in ------------------------------------------------------------------------------------------
    void createAuthStartsWithTheDefaults()
    {
        std::unique_ptr<Clerk::Auth> auth(createAuth(server.publishableKey(), nullptr));
        QCOMPARE(auth->config().publishableKey, server.publishableKey());
        QVERIFY(auth->config().persistSession); // the README shows the default: sessions kept in the keychain
        QCOMPARE(auth->config().keychainService, QStringLiteral("clerk-qt"));
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SignedOut, kTimeout);
        // Without a usable keychain the Auth still works, in memory, and says so.
        if (!auth->backgroundError().isNull())
            QCOMPARE(auth->backgroundError().kind(), Clerk::Error::Kind::Keychain);
        QCOMPARE(auth->isPersistent(), auth->backgroundError().isNull());
        QVERIFY(auth->sessionToken().isEmpty());
    }

    void passwordSignIn()
    {
        auto auth = newAuth();
        MessageLog log;
        signIn(auth.get(), kJane, QStringLiteral("not the password"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^sign-in failed: \"form_password_incorrect\"")),
                                 kTimeout);
        QCOMPARE(auth->status(), Clerk::Auth::Status::SignedOut);

        signIn(auth.get(), kJane, kJanePassword);
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SignedIn, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^signed in as \"Jane Doe\"$")), kTimeout);
        QCOMPARE(auth->user().id, QStringLiteral("user_2jane0000000000000000000001"));
        QCOMPARE(auth->sessionClaims().subject(), auth->user().id);
        QCOMPARE(auth->sessionClaims().sessionId(), auth->session().id);
        QCOMPARE(auth->sessionClaims().issuer(), server.issuer());
    }

    void secondFactor()
    {
        auto auth = newAuth();
        MessageLog log;
        signIn(auth.get(), kBob, kBobPassword);
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::NeedsSecondFactor, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^second factor needed: .*\"totp\"")), kTimeout);
        QVERIFY(auth->sessionToken().isEmpty());

        submitAuthenticatorCode(auth.get(), QStringLiteral("000000"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^code rejected: \"form_code_incorrect\"$")),
                                 kTimeout);
        QCOMPARE(auth->status(), Clerk::Auth::Status::NeedsSecondFactor);

        submitAuthenticatorCode(auth.get(), totp(kBobTotpSecret, server.now()));
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SignedIn, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^signed in as \"Bob Stone\"$")), kTimeout);
        QCOMPARE(auth->sessionClaims().subject(), QStringLiteral("user_2bob00000000000000000000002"));
    }

    void emailCodeSignIn()
    {
        auto auth = newAuth();
        MessageLog log;
        sendSignInCode(auth.get(), QStringLiteral("nobody+clerk_test@example.com"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^no code sent: \"form_identifier_not_found\"$")),
                                 kTimeout);

        sendSignInCode(auth.get(), kAda);
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SigningIn, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(auth->signInAttempt().firstFactorVerification.strategy, Clerk::Factor::Strategy::EmailCode,
                                  kTimeout);

        submitSignInCode(auth.get(), QStringLiteral("000000"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^code rejected: \"form_code_incorrect\"$")),
                                 kTimeout);
        QCOMPARE(auth->status(), Clerk::Auth::Status::SigningIn);

        submitSignInCode(auth.get(), kTestCode);
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SignedIn, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^signed in as \"Ada Lovelace\"$")), kTimeout);
        QCOMPARE(auth->user().primaryEmailAddress(), kAda);
    }

    void signUpWithEmailVerification()
    {
        const QString prepareRoute = QStringLiteral("POST /v1/client/sign_ups/{sign_up_id}/prepare_verification");
        auto auth = newAuth();
        MessageLog log;
        signUp(auth.get(), kJane, QStringLiteral("a-long-enough-password"), QStringLiteral("Jane"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^sign-up failed: \"form_identifier_exists\"")),
                                 kTimeout);
        QCOMPARE(server.requestCount(prepareRoute), 0);

        const QString email = QStringLiteral("grace-%1+clerk_test@example.com")
                                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        signUp(auth.get(), email, QStringLiteral("a-long-enough-password"), QStringLiteral("Grace"));
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SigningUp, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(prepareRoute), 1, kTimeout); // the code was sent
        QVERIFY(auth->signUpAttempt().unverifiedFields.contains(QStringLiteral("email_address")));

        verifySignUpEmail(auth.get(), QStringLiteral("000000"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^code rejected: \"form_code_incorrect\"$")),
                                 kTimeout);
        QCOMPARE(auth->status(), Clerk::Auth::Status::SigningUp);

        verifySignUpEmail(auth.get(), kTestCode);
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SignedIn, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^welcome, \"%1\"$").arg(QRegularExpression::escape(email))),
                                 kTimeout);
        QCOMPARE(auth->user().firstName, QStringLiteral("Grace"));
        QCOMPARE(auth->sessionClaims().subject(), auth->user().id);
    }

    void signOutEndsTheSession()
    {
        const QString route = QStringLiteral("DELETE /v1/client");
        auto auth = signedInAuth();
        QCOMPARE(auth->status(), Clerk::Auth::Status::SignedIn);
        MessageLog log;

        // Clerk cannot be reached: the reply fails, nothing is forgotten.
        ClerkEmulator::Fault fault;
        fault.pattern = route;
        fault.kind = ClerkEmulator::Fault::Kind::Status;
        fault.status = 503;
        fault.count = 1;
        server.addFault(fault);
        signOut(auth.get());
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^still signed in: ")), kTimeout);
        QCOMPARE(auth->status(), Clerk::Auth::Status::SignedIn);
        QVERIFY(!auth->sessionToken().isEmpty());

        signOut(auth.get());
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SignedOut, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^signed out$")), kTimeout);
        QVERIFY(auth->sessionToken().isEmpty());
        QVERIFY(auth->user().isNull());
        QCOMPARE(server.requestCount(route), 2); // the server was told both times
    }

    // ---- Binding to the session token -------------------------------------------------------------------
    void sessionTokenChangesReachTheConnection()
    {
        server.setTokenTtl(4); // short tokens, so that a background refresh happens within the test
        auto auth = newAuth();
        QStringList credentials;
        auto connection = std::make_unique<QObject>();
        keepConnectionAuthenticated(auth.get(), connection.get(),
                                    [&credentials](const QString &jwt) { credentials << jwt; });
        QCOMPARE(credentials, QStringList{QString()}); // signed out: the empty token, at once

        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(credentials.size(), 2, kTimeout);
        QCOMPARE(credentials.last(), auth->sessionToken());
        const Clerk::TokenClaims first = Clerk::TokenClaims::fromJwt(credentials.last());
        QCOMPARE(first.subject(), auth->user().id);

        // The token engine refreshes before expiry; the connection gets the new token.
        QTRY_VERIFY_WITH_TIMEOUT(credentials.size() >= 3, kTimeout);
        const Clerk::TokenClaims refreshed = Clerk::TokenClaims::fromJwt(credentials.at(2));
        QCOMPARE(refreshed.sessionId(), first.sessionId());
        QVERIFY(refreshed.expiresAt() > first.expiresAt());

        QVERIFY(await(auth->signOut()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(credentials.last(), QString(), kTimeout);

        // The connection's lifetime bounds the binding.
        const qsizetype seen = credentials.size();
        connection.reset();
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        QTest::qWait(100);
        QCOMPARE(credentials.size(), seen);
    }

    void getTokenAnswersFromTheCache()
    {
        const QString tokensRoute = QStringLiteral("POST /v1/client/sessions/{session_id}/tokens");
        auto auth = newAuth();
        QObject context;
        MessageLog log;
        QString token;
        withSessionToken(auth.get(), &context, [&token](const QString &jwt) { token = jwt; });
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^no session token: ")), kTimeout);
        QVERIFY(token.isEmpty());

        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        const int requests = server.requestCount(tokensRoute);
        withSessionToken(auth.get(), &context, [&token](const QString &jwt) { token = jwt; });
        QTRY_VERIFY_WITH_TIMEOUT(!token.isEmpty(), kTimeout);
        QCOMPARE(token, auth->sessionToken());            // the fresh 60 s token, from the cache …
        QCOMPARE(server.requestCount(tokensRoute), requests); // … without a request
        QCOMPARE(Clerk::TokenClaims::fromJwt(token).subject(), auth->user().id);
    }

    // ---- Authorized requests ----------------------------------------------------------------------------
    void authorizedNetworkAccessManager()
    {
        ApiServer api, other;
        QVERIFY(api.start() && other.start());
        auto auth = newAuth();
        QObject parent;
        QNetworkAccessManager *client = createApiClient(auth.get(), api.url(), &parent);
        QVERIFY(qobject_cast<Clerk::AuthorizedNetworkAccessManager *>(client));
        MessageLog log;

        // Signed out: nothing is sent.
        fetchProfile(client, api.url(QStringLiteral("/me")));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^not sent: ")), kTimeout);
        QCOMPARE(api.seen.size(), 0);

        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        fetchProfile(client, api.url(QStringLiteral("/me")));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^profile: .*Jane")), kTimeout);
        QCOMPARE(api.seen.size(), 1);
        QCOMPARE(api.seen[0].path, QStringLiteral("/me"));
        QVERIFY(api.seen[0].authorization.startsWith("Bearer "));
        const auto claims = Clerk::TokenClaims::fromJwt(QString::fromLatin1(api.seen[0].authorization.mid(7)));
        QCOMPARE(claims.subject(), auth->user().id);
        QCOMPARE(claims.sessionId(), auth->session().id);

        // Another origin never sees the token.
        fetchProfile(client, other.url(QStringLiteral("/me")));
        QTRY_COMPARE_WITH_TIMEOUT(other.seen.size(), 1, kTimeout);
        QVERIFY(other.seen[0].authorization.isEmpty());
    }

    void authorizeOwnRequest()
    {
        ApiServer api;
        QVERIFY(api.start());
        QNetworkAccessManager nam;
        QBuffer report;
        report.setData("%PDF-1.7 quarterly report");
        QVERIFY(report.open(QIODevice::ReadOnly));

        auto signedOut = newAuth();
        QCOMPARE(uploadReport(&nam, signedOut.get(), api.url(QStringLiteral("/reports")), &report), nullptr);

        auto auth = signedInAuth();
        std::unique_ptr<QNetworkReply> reply(
            waitFinished(uploadReport(&nam, auth.get(), api.url(QStringLiteral("/reports")), &report)));
        QVERIFY(reply);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(api.seen.size(), 1);
        QCOMPARE(api.seen[0].method, QByteArray("Post"));
        QCOMPARE(api.seen[0].authorization, "Bearer " + auth->sessionToken().toLatin1());
        QCOMPARE(api.seen[0].contentType, QByteArray("application/pdf"));
        QCOMPARE(api.seen[0].body, QByteArray("%PDF-1.7 quarterly report"));
    }

    // ---- Backend verification ---------------------------------------------------------------------------
    void backendRoute()
    {
        // The JWKS answers slowly, so that a request can arrive before the keys do.
        ClerkEmulator::Fault slowJwks;
        slowJwks.pattern = QStringLiteral("GET /v1/jwks");
        slowJwks.kind = ClerkEmulator::Fault::Kind::Latency;
        slowJwks.latencyMs = 3000;
        server.addFault(slowJwks);

        QObject parent;
        Clerk::TokenVerifier *verifier =
            createTokenVerifier(server.baseUrl().resolved(QUrl(QStringLiteral("/v1/jwks"))), &parent);
        QVERIFY(verifier);
        QCOMPARE(verifier->config().authorizedParties, QStringList{QStringLiteral("https://app.example.com")});
        QVERIFY(verifier->isFetchingKeys()); // refreshKeys() started the fetch

        QHttpServer http;
        addProtectedRoute(http, verifier);
        auto *tcp = new QTcpServer(&http);
        QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
        const quint16 port = tcp->serverPort();
        http.bind(tcp);
        const QUrl me(QStringLiteral("http://127.0.0.1:%1/api/me").arg(port));
        QNetworkAccessManager nam;
        const auto get = [&nam, &me](const QByteArray &authorization) {
            QNetworkRequest request(me);
            if (!authorization.isEmpty())
                request.setRawHeader("Authorization", authorization);
            std::unique_ptr<QNetworkReply> reply(waitFinished(nam.get(request)));
            return qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             QJsonDocument::fromJson(reply->readAll()).object());
        };

        auto auth = signedInAuth();
        const QString token = auth->sessionToken();
        QVERIFY(!verifier->hasKeys()); // the JWKS is 3 s away
        auto [status, body] = get("Bearer " + token.toLatin1());
        QCOMPARE(status, 401);
        QCOMPARE(body.value(QLatin1String("error")).toString(), QStringLiteral("jwks_unavailable"));
        QTRY_VERIFY_WITH_TIMEOUT(verifier->hasKeys(), kTimeout);
        QVERIFY(verifier->keyIds().contains(server.keyId()));

        std::tie(status, body) = get("Bearer " + token.toLatin1());
        QCOMPARE(status, 200);
        QCOMPARE(body.value(QLatin1String("user_id")).toString(), auth->user().id);

        std::tie(status, body) = get(QByteArray());
        QCOMPARE(status, 401);
        QCOMPARE(body.value(QLatin1String("error")).toString(), QStringLiteral("token_malformed"));

        QString tampered = token;
        tampered[tampered.size() - 3] = tampered.at(tampered.size() - 3) == QLatin1Char('A') ? QLatin1Char('B')
                                                                                            : QLatin1Char('A');
        std::tie(status, body) = get("Bearer " + tampered.toLatin1());
        QCOMPARE(status, 401);
        QCOMPARE(body.value(QLatin1String("error")).toString(), QStringLiteral("token_invalid_signature"));
    }

    void backendVerifyAsync()
    {
        Clerk::TokenVerifierConfig config;
        config.jwksUrl = server.baseUrl().resolved(QUrl(QStringLiteral("/v1/jwks")));
        Clerk::TokenVerifier verifier(config); // a cold cache: verifyAsync() fetches the keys first
        auto auth = signedInAuth();
        MessageLog log;

        QPointer<QObject> good = new QObject(this);
        authenticateConnection(&verifier, auth->sessionToken(), good);
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(QtInfoMsg, QStringLiteral("^connection of user \"%1\"$").arg(auth->user().id)), kTimeout);
        QVERIFY(verifier.hasKeys());
        QTest::qWait(50);
        QVERIFY(good); // kept
        delete good.data();

        QPointer<QObject> bad = new QObject(this);
        authenticateConnection(&verifier, QStringLiteral("not-a-jwt"), bad);
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^rejected: \"token_malformed\"$")), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!bad, kTimeout); // dropped
    }

    // ---- QML ----------------------------------------------------------------------------------------------
    void qmlSnippetsLoadCleanly_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : std::as_const(manifest)) {
            if (file.endsWith(QLatin1String(".qml")))
                QTest::newRow(qPrintable(file)) << file;
        }
    }
    void qmlSnippetsLoadCleanly()
    {
        QFETCH(QString, file);
        LoadedQml loaded = loadQml(file);
        QVERIFY2(loaded.root, where(file, loaded.problems).constData());
        QVERIFY2(loaded.problems.isEmpty(), where(file, loaded.problems).constData());
        // Every Auth got the key the snippet names and reaches SignedOut (nobody is signed in yet).
        QVERIFY(!loaded.auths.isEmpty());
        for (Clerk::Auth *auth : std::as_const(loaded.auths)) {
            QCOMPARE(auth->publishableKey(), server.publishableKey());
        }
        MessageLog log;
        for (Clerk::Auth *auth : std::as_const(loaded.auths))
            QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SignedOut, kTimeout);
        QVERIFY2(log.qmlProblems().isEmpty(), where(file, log.qmlProblems()).constData());
    }

    void qmlAppSignsIn()
    {
        const QString file = QStringLiteral("qml-app.qml");
        LoadedQml loaded = loadQml(file);
        QVERIFY2(loaded.root && loaded.problems.isEmpty(), where(file, loaded.problems).constData());
        QVERIFY(qobject_cast<QQuickWindow *>(loaded.root.get()));
        QVERIFY(isOfType(loaded.root.get(), QStringLiteral("QQuickApplicationWindow")));
        QCOMPARE(loaded.auths.size(), 1);
        Clerk::Auth *auth = loaded.auths.first();
        const QList<QObject *> signedInGates = objectsOfType(loaded.root.get(), QStringLiteral("SignedIn"));
        const QList<QObject *> signedOutGates = objectsOfType(loaded.root.get(), QStringLiteral("SignedOut"));
        QCOMPARE(signedInGates.size(), 1);
        QCOMPARE(signedOutGates.size(), 1);
        // AuthProvider.auth = auth: the components use it without being given one.
        for (QObject *component : {signedInGates[0], signedOutGates[0]})
            QCOMPARE(component->property("auth").value<Clerk::Auth *>(), auth);

        MessageLog log;
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SignedOut, kTimeout);
        QVERIFY(signedOutGates[0]->property("visible").toBool());
        QVERIFY(!signedInGates[0]->property("visible").toBool());
        // What a gate holds exists only while it applies.
        const QList<QObject *> signInForms = objectsOfType(loaded.root.get(), QStringLiteral("SignIn"));
        QCOMPARE(signInForms.size(), 1);
        QCOMPARE(signInForms[0]->property("auth").value<Clerk::Auth *>(), auth);
        QVERIFY(objectsOfType(loaded.root.get(), QStringLiteral("UserButton")).isEmpty());

        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        QCOMPARE(auth->status(), Clerk::Auth::Status::SignedIn);
        QTRY_VERIFY(signedInGates[0]->property("visible").toBool());
        QVERIFY(!signedOutGates[0]->property("visible").toBool());
        const QList<QObject *> userButtons = objectsOfType(loaded.root.get(), QStringLiteral("UserButton"));
        QCOMPARE(userButtons.size(), 1);
        QCOMPARE(userButtons[0]->property("auth").value<Clerk::Auth *>(), auth);
        QCOMPARE(userButtons[0]->property("displayName").toString(), QStringLiteral("Jane Doe"));
        QTRY_VERIFY(objectsOfType(loaded.root.get(), QStringLiteral("SignIn")).isEmpty());
        bool greeted = false;
        for (QObject *o : allObjects(loaded.root.get()))
            greeted = greeted || o->property("text").toString() == QLatin1String("Hello, Jane");
        QVERIFY(greeted);
        QVERIFY2(log.qmlProblems().isEmpty(), where(file, log.qmlProblems()).constData());
    }

    void qmlBindsTheSessionToken()
    {
        ApiServer api;
        QVERIFY(api.start());
        const QString file = QStringLiteral("session-token-binding.qml");
        LoadedQml loaded = loadQml(file);
        QVERIFY2(loaded.root && loaded.problems.isEmpty(), where(file, loaded.problems).constData());
        QVERIFY(qobject_cast<QQuickItem *>(loaded.root.get()));
        QCOMPARE(loaded.auths.size(), 1);
        Clerk::Auth *auth = loaded.auths.first();
        QObject *root = loaded.root.get();
        MessageLog log;
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SignedOut, kTimeout);
        QCOMPARE(root->property("authorization").toString(), QString());
        const QList<QObject *> labels = objectsOfType(root, QStringLiteral("QQuickLabel"));
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels[0]->property("text").toString(), QStringLiteral("Signed out"));

        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        const QString token = auth->sessionToken();
        QVERIFY(!token.isEmpty());
        QTRY_COMPARE(root->property("authorization").toString(), QStringLiteral("Bearer ") + token);
        QVERIFY(labels[0]->property("text").toString().startsWith(
            QStringLiteral("Signed in as user_2jane0000000000000000000001, token valid until ")));

        QVERIFY(QMetaObject::invokeMethod(root, "loadProfile", Q_ARG(QVariant, api.url(QStringLiteral("/me")))));
        QTRY_VERIFY_WITH_TIMEOUT(!root->property("profile").toString().isEmpty(), kTimeout);
        QCOMPARE(api.seen.size(), 1);
        QCOMPARE(api.seen[0].authorization, "Bearer " + token.toLatin1());
        QVERIFY(root->property("profile").toString().contains(QLatin1String("Jane")));

        QVERIFY2(log.qmlProblems().isEmpty(), where(file, log.qmlProblems()).constData());
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    int result = 0;
    {
        ReadmeSnippets harness;
        result = QTest::qExec(&harness, argc, argv);
    }
    // The snippet classes of their own, then the README's Qt Test class as its QTEST_MAIN runs it; first failure wins.
    for (const auto run :
         {runReadmeAccountSnippets, runReadmeSignUpSnippets, runReadmeTicketSnippets,
          runReadmeOrgProfileSnippets,
          runReadmeOrgMembersSnippets,
          runReadmeOrgDomainsSnippets,
          runReadmeOrgInvitationsSnippets,
          runReadmeQtTest}) {
        const int r = run(1, argv);
        result = result != 0 ? result : r;
    }
    return result;
}

#include "tst_readme_snippets.moc"
